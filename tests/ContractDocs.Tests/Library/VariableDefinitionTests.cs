using ContractDocs.Library;

namespace ContractDocs.Tests.Library;

/// <summary>Two texts in one plan declaring the same variable: the merged declaration is the stricter of the two.</summary>
public sealed class VariableDefinitionTests
{
    [Fact]
    public void Merge_RequiredWithOptional_IsRequiredWithTheRequiredOnesWords()
    {
        var optional = new VariableDefinition("handoverRestrictionMonths", VariableType.Integer, false, "For how many months before expiry staff may not change, for example 6. Leave empty for six months.", min: 1);
        var required = new VariableDefinition("handoverRestrictionMonths", VariableType.Integer, true, "Months before expiry during which staff may not change.", min: 3, max: 24);

        foreach (var merged in new[] { optional.Merge(required), required.Merge(optional) })
        {
            Assert.True(merged.Required);
            Assert.Equal(required.Description, merged.Description);
            Assert.Equal((3m, 24m), (merged.Min, merged.Max));
        }
    }

    [Fact]
    public void Merge_TwoOptional_KeepsTheFullerDescription()
    {
        var short_ = new VariableDefinition("x", VariableType.Text, false, "Short.");
        var longer = new VariableDefinition("x", VariableType.Text, false, "A longer description.");

        Assert.Equal("A longer description.", short_.Merge(longer).Description);
        Assert.False(short_.Merge(longer).Required);
    }
}
