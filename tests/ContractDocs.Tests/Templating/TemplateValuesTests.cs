using System.Text.Json;
using ContractDocs.Library;
using ContractDocs.Templating;

namespace ContractDocs.Tests.Templating;

public sealed class TemplateValuesTests
{
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
