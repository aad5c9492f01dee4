using System.Text.Json.Nodes;
using ContractDocs.Selection;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Selection;

/// <summary>Every field of every record type (party, person, outcome, payment-at-risk year, contribution) given a
/// value of the wrong JSON type is an <c>invalid-variable</c> at that field, never an exception; and numbers at the
/// edges of decimal are refused as values, not summed into an overflow.</summary>
public sealed class RecordValueTests
{
    private const string Example = "lead-provider-ltc";

    /// <summary>Field of a list variable of <see cref="Example"/>, and the JSON values of the wrong type for it.</summary>
    public static TheoryData<string, string, string> WrongTypes()
    {
        var data = new TheoryData<string, string, string>();
        void Add(string variable, string field, params string[] wrong)
        {
            foreach (var value in wrong)
            {
                data.Add(variable, field, value);
            }
        }

        string[] notText = ["15", "null", "true", "{}", "[]"];
        string[] notOptionalText = ["15", "true", "{}", "[]"];
        string[] notNumber = ["\"15\"", "null", "true", "{}", "[]", "1e400"];
        string[] notTextOrNumber = ["null", "true", "{}", "[]", "1e400"];
        Add("parties", "name", notText);
        Add("parties", "kind", notText);
        Add("parties", "identifier", notOptionalText);
        Add("parties", "address", notOptionalText);
        Add("governanceMembers", "name", notText);
        Add("governanceMembers", "role", notText);
        Add("governanceMembers", "organisation", notOptionalText);
        foreach (var field in new[] { "indicator", "baseline", "target", "source", "frequency" })
        {
            Add("outcomes", field, notTextOrNumber);
        }

        Add("outcomes", "weight", notNumber);
        Add("paymentAtRisk", "year", notNumber);
        Add("paymentAtRisk", "percentage", notNumber);
        Add("contributions", "party", notText);
        Add("contributions", "amount", notNumber);
        return data;
    }

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void Resolve_RecordFieldOfTheWrongType_IsInvalidVariableAtThatField(string variable, string field, string json)
    {
        var selection = RealLibrary.Example(Example);
        selection["variables"]![variable]![1]![field] = JsonNode.Parse(json);

        var result = RealLibrary.Resolve(selection);

        Assert.False(result.Succeeded);
        Assert.All(result.Problems, p => Assert.Equal((ProblemCodes.InvalidVariable, variable), (p.Code, Assert.Single(p.Ids))));
        Assert.Contains(result.Problems, p => p.Path == $"$.variables.{variable}[1].{field}");
    }

    [Theory]
    [InlineData("\"15\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("{\"value\":15}")]
    public void Resolve_OutcomeWeightOfTheWrongType_IsRefusedAtThatWeightAndNotSummed(string json)
    {
        var selection = RealLibrary.Example(Example);
        selection["variables"]!["outcomes"]![0]!["weight"] = JsonNode.Parse(json);

        var problem = Assert.Single(RealLibrary.Resolve(selection).Problems);

        Assert.Equal("$.variables.outcomes[0].weight", problem.Path);
        Assert.Contains("must be a percentage from 0 to 100", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1e28")]
    [InlineData("-79228162514264337593543950335")]
    public void Resolve_OutcomeWeightsWhoseSumWouldOverflowDecimal_AreEachRefused(string literal)
    {
        var selection = RealLibrary.Example(Example);
        var outcomes = selection["variables"]!["outcomes"]!.AsArray();
        foreach (var outcome in outcomes)
        {
            outcome!["weight"] = JsonNode.Parse(literal);
        }

        var result = RealLibrary.Resolve(selection);

        Assert.Equal(
            Enumerable.Range(0, outcomes.Count).Select(i => $"$.variables.outcomes[{i}].weight"),
            result.Problems.Select(p => p.Path));
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("null")]
    [InlineData("false")]
    [InlineData("[1]")]
    public void Resolve_PaymentAtRiskYearOfTheWrongType_IsRefusedAtThatYear(string json)
    {
        var selection = RealLibrary.Example(Example);
        selection["variables"]!["paymentAtRisk"]![0]!["year"] = JsonNode.Parse(json);

        var problem = Assert.Single(RealLibrary.Resolve(selection).Problems);

        Assert.Equal("$.variables.paymentAtRisk[0].year", problem.Path);
    }

    [Theory]
    [InlineData("annualBudget", "1e308")]
    [InlineData("annualBudget", "-1e308")]
    [InlineData("annualBudget", "1e400")]
    [InlineData("annualBudget", "79228162514264337593543950336")]
    [InlineData("annualBudget", "1000000000000.01")]
    [InlineData("annualBudget", "\"NaN\"")]
    [InlineData("annualBudget", "\"Infinity\"")]
    [InlineData("annualBudget", "-1")]
    [InlineData("termYears", "7.5")]
    [InlineData("termYears", "2147483648")]
    [InlineData("managementFeePercentage", "100.001")]
    public void Resolve_ExtremeNumber_IsInvalidVariableAtIt(string variable, string json)
    {
        var selection = RealLibrary.Example(Example);
        selection["variables"]![variable] = JsonNode.Parse(json);

        var problem = Assert.Single(RealLibrary.Resolve(selection).Problems);

        Assert.Equal((ProblemCodes.InvalidVariable, $"$.variables.{variable}"), (problem.Code, problem.Path));
    }

    [Theory]
    [InlineData("-0")]
    [InlineData("1e-400")]
    [InlineData("0.0000000000000000000000000000001")]
    public void Generate_NegativeZeroOrAnUnderflowingNumber_IsReadAsZero(string json)
    {
        var selection = RealLibrary.Example(Example);
        selection["variables"]!["managementFeePercentage"] = JsonNode.Parse(json);

        var document = Rendering.GeneratedDocumentTests.Parts(RealLibrary.Generate(selection))["word/document.xml"];

        Assert.Contains("Management Fee for each Contract Year equal to 0% of the sums", System.Xml.Linq.XDocument.Parse(document).Root!.Value, StringComparison.Ordinal);
    }
}
