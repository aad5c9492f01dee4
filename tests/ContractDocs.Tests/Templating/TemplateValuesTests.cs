using System.Text.Json;
using ContractDocs.Library;
using ContractDocs.Templating;
using ContractDocs.Model;

namespace ContractDocs.Tests.Templating;

public sealed class TemplateValuesTests
{
    private static object? From(string json)
    {
        using var document = JsonDocument.Parse(json);
        return TemplateValues.From(document.RootElement);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("79228162514264337593543950336")]
    public void From_NumberTooLargeForDecimal_StaysAsTyped_NeverInfinity(string literal) =>
        Assert.Equal(literal, From(literal));

    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData("-0", "0")]
    [InlineData("1e-400", "0")]
    public void From_NumberDecimalCanHold_IsADecimal(string literal, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<decimal>(From(literal)));

    [Fact]
    public void From_RecordWithAFieldGivenTwice_KeepsTheFirst_InsteadOfThrowing()
    {
        using var document = JsonDocument.Parse("[{\"name\":\"A\",\"kind\":\"nhs-trust\",\"name\":\"B\"}]");

        var parties = Assert.IsType<List<object?>>(TemplateValues.From(document.RootElement, VariableType.Parties));

        var party = Assert.IsType<Dictionary<string, object?>>(Assert.Single(parties));
        Assert.Equal("A", party["name"]);
        Assert.Null(party["address"]);
    }
}
