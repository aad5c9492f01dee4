using System.Text.Json.Nodes;
using ContractDocs.Selection;

namespace ContractDocs.Tests.Selection;

public sealed partial class ResolverTests
{
    [Fact]
    public void Resolve_MissingRequiredVariables_AreAllListedAtOnce()
    {
        var selection = ValidSelection();
        var variables = selection["variables"]!.AsObject();
        variables.Remove("startDate");
        variables.Remove("outcomes");
        variables["contractTitle"] = "   ";

        var missing = Resolve(selection).Problems.Where(p => p.Code == ProblemCodes.MissingVariable).ToList();

        Assert.Equal(["$.variables.contractTitle", "$.variables.outcomes", "$.variables.startDate"], missing.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(missing, p => Assert.Single(p.Ids));
    }

    [Fact]
    public void Resolve_OptionalVariableAbsent_IsFine()
    {
        var result = Resolve(ValidSelection());

        Assert.True(result.Succeeded);
        Assert.DoesNotContain("share", result.Plan!.Values.Keys);
    }

    public static TheoryData<string, string, string> WrongValues() => new()
    {
        { "startDate", "\"1 April 2027\"", "$.variables.startDate" },
        { "startDate", "\"2027-02-30\"", "$.variables.startDate" },
        { "budget", "\"£38m\"", "$.variables.budget" },
        { "budget", "-5", "$.variables.budget" },
        { "budget", "12.345", "$.variables.budget" },
        { "share", "101", "$.variables.share" },
        { "years", "7.5", "$.variables.years" },
        { "years", "4", "$.variables.years" },
        { "years", "11", "$.variables.years" },
        { "decisionRule", "\"whoever shouts\"", "$.variables.decisionRule" },
        { "services", "\"reablement\"", "$.variables.services" },
        { "services", "[\"reablement\", 7]", "$.variables.services[1]" },
        { "parties", "[{\"name\":\"A\",\"kind\":\"bank\"}]", "$.variables.parties[0].kind" },
        { "parties", "[{\"kind\":\"nhs-trust\"}]", "$.variables.parties[0].name" },
        { "parties", "[{\"name\":\"A\",\"kind\":\"nhs-trust\",\"ceo\":\"B\"}]", "$.variables.parties[0].ceo" },
        { "leads", "[{\"name\":\"Dr A\"}]", "$.variables.leads[0].role" },
        { "outcomes", "[{\"indicator\":\"x\",\"baseline\":1,\"target\":2,\"weight\":100,\"source\":\"s\"}]", "$.variables.outcomes[0].frequency" },
        { "outcomes", "[{\"indicator\":\"x\",\"baseline\":1,\"target\":2,\"weight\":90,\"source\":\"s\",\"frequency\":\"q\"}]", "$.variables.outcomes" },
        { "paymentAtRisk", "[{\"year\":1,\"percentage\":5}]", "$.variables.paymentAtRisk[0]" },
        { "paymentAtRisk", "[{\"year\":1,\"percentage\":0},{\"year\":3,\"percentage\":8}]", "$.variables.paymentAtRisk" },
        { "paymentAtRisk", "[{\"year\":1,\"percentage\":0},{\"year\":2,\"percentage\":180}]", "$.variables.paymentAtRisk[1].percentage" },
        { "contributions", "[{\"party\":\"ICB\",\"amount\":\"lots\"}]", "$.variables.contributions[0].amount" },
        { "openBook", "\"yes\"", "$.variables.openBook" },
        { "contractTitle", "42", "$.variables.contractTitle" },
    };

    [Theory]
    [MemberData(nameof(WrongValues))]
    public void Resolve_WrongValue_IsInvalidVariableAtItsPath(string name, string json, string path)
    {
        var selection = ValidSelection();
        selection["variables"]![name] = JsonNode.Parse(json);

        var problem = Single(Resolve(selection), ProblemCodes.InvalidVariable);

        Assert.Equal(path, problem.Path);
        Assert.Equal([name], problem.Ids.ToArray());
    }

    [Fact]
    public void Resolve_PartiesWithoutALocalAuthority_FailsTheJointOutcomesRule()
    {
        var selection = ValidSelection("alliance");
        selection["variables"]!["parties"] = new JsonArray(new JsonObject { ["name"] = "NHS Anyshire ICB", ["kind"] = "health-commissioner" });

        var problem = Single(Resolve(selection), ProblemCodes.InvalidVariable);

        Assert.Contains("local-authority", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_BeddingInYearAtZero_IsAccepted()
    {
        var selection = ValidSelection();
        selection["variables"]!["paymentAtRisk"] = JsonNode.Parse("[{\"year\":1,\"percentage\":0},{\"year\":2,\"percentage\":8},{\"year\":3,\"percentage\":12}]");

        Assert.True(Resolve(selection).Succeeded);
    }
}
