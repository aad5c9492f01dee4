using System.Text.Json.Nodes;
using ContractDocs.Selection;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Selection;

/// <summary>The resolver against the small test library (Library/Cases/_base). Split by concern into partial files.</summary>
public sealed partial class ResolverTests
{
    /// <summary>A selection the base library builds without problems; tests change one thing at a time.</summary>
    private static JsonObject ValidSelection(string model = "accountable-care") => new()
    {
        ["release"] = "2026.1",
        ["model"] = model,
        ["criteria"] = new JsonArray("O1"),
        ["specifications"] = new JsonArray("F1.pooled"),
        ["variables"] = new JsonObject
        {
            ["contractTitle"] = "Frailty services for Anyshire",
            ["parties"] = new JsonArray(
                new JsonObject { ["name"] = "NHS Anyshire ICB", ["kind"] = "health-commissioner", ["identifier"] = "QXY" },
                new JsonObject { ["name"] = "Anyshire County Council", ["kind"] = "local-authority" }),
            ["startDate"] = "2027-04-01",
            ["budget"] = 38000000,
            ["years"] = 7,
            ["decisionRule"] = "unanimous",
            ["services"] = new JsonArray("community nursing", "reablement"),
            ["outcomes"] = new JsonArray(
                new JsonObject { ["indicator"] = "Emergency admissions 65+", ["baseline"] = "2,410", ["target"] = "2,200", ["weight"] = 60, ["source"] = "SUS", ["frequency"] = "quarterly" },
                new JsonObject { ["indicator"] = "At home 91 days after reablement", ["baseline"] = "81%", ["target"] = "85%", ["weight"] = 40, ["source"] = "ASCOF", ["frequency"] = "annual" }),
        },
    };

    private static ResolveResult Resolve(JsonObject selection, TestLibrary? library = null)
    {
        using var owned = library is null ? TestLibrary.Create() : null;
        var loaded = (library ?? owned!).Load();
        var read = SelectionReader.Read(System.Text.Encoding.UTF8.GetBytes(selection.ToJsonString()));
        Assert.True(read.Selection is not null, string.Join("; ", read.Problems));
        return new Resolver(loaded.Library).Resolve(read.Selection);
    }

    private static SelectionProblem Single(ResolveResult result, string code)
    {
        var matching = result.Problems.Where(p => p.Code == code).ToList();
        Assert.True(matching.Count == 1, $"Expected one {code}; got: {string.Join(" | ", result.Problems)}");
        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(matching[0].Message));
        return matching[0];
    }

    [Fact]
    public void Resolve_ValidSelection_OrdersCoreFrontThenSpecificationsThenCoreBack()
    {
        var result = Resolve(ValidSelection());

        Assert.True(result.Succeeded, string.Join(" | ", result.Problems));
        Assert.Equal(
            ["definitions", "joint", "baseline", "pooled", "governing-law"],
            result.Plan!.Clauses.Select(c => c.Clause.Id));
    }

    [Fact]
    public void Resolve_CriterionDefaultsAndRequires_AreExplained()
    {
        var plan = Resolve(ValidSelection()).Plan!;

        Assert.Equal(InclusionKind.Default, plan.Specifications.Single(s => s.Id == "O1.joint").Reason.Kind);
        Assert.Equal(new InclusionReason(InclusionKind.Required, "joint"), plan.Specifications.Single(s => s.Id == "O1.baseline").Reason);
        Assert.Equal(InclusionKind.Chosen, plan.Specifications.Single(s => s.Id == "F1.pooled").Reason.Kind);
        Assert.Equal(InclusionKind.Core, plan.Clauses[0].Reason.Kind);
    }

    [Fact]
    public void Resolve_AlliancePicksItsAlternativeClause()
    {
        var plan = Resolve(ValidSelection("alliance")).Plan!;

        Assert.Contains(plan.Clauses, c => c.Clause.Id == "joint-alliance");
        Assert.DoesNotContain(plan.Clauses, c => c.Clause.Id == "joint");
    }

    [Fact]
    public void Resolve_PlanCarriesHashesVariablesAndDefinitions()
    {
        var plan = Resolve(ValidSelection()).Plan!;

        Assert.All(plan.Clauses, c => Assert.Matches("^[0-9a-f]{64}$", c.Clause.Sha256));
        Assert.Matches("^[0-9a-f]{64}$", plan.SelectionSha256);
        Assert.Equal(["contractTitle", "parties"], plan.Variables.Take(2).Select(v => v.Name));
        Assert.Contains(plan.Variables, v => v.Name == "outcomes");
        Assert.Equal(["Agreement", "Pooled Fund"], plan.Definitions.Select(d => d.Term));
    }

    [Fact]
    public void Resolve_SameSelectionTwice_GivesTheSameHashAndOrder()
    {
        var first = Resolve(ValidSelection()).Plan!;
        var second = Resolve(ValidSelection()).Plan!;

        Assert.Equal(first.SelectionSha256, second.SelectionSha256);
        Assert.Equal(first.Clauses.Select(c => c.Clause.Key), second.Clauses.Select(c => c.Clause.Key));
    }

    [Fact]
    public void Resolve_DifferentValue_ChangesTheSelectionHash()
    {
        var changed = ValidSelection();
        changed["variables"]!["budget"] = 38000001;

        Assert.NotEqual(Resolve(ValidSelection()).Plan!.SelectionSha256, Resolve(changed).Plan!.SelectionSha256);
    }

    [Fact]
    public void Resolve_SameChoicesInAnotherOrder_GivesTheSameHash_AndAnotherChoiceAnother()
    {
        var reordered = ValidSelection();
        reordered["specifications"] = new JsonArray("F1.pooled", "O1.joint");
        var inOrder = ValidSelection();
        inOrder["specifications"] = new JsonArray("O1.joint", "F1.pooled");
        var fewer = ValidSelection();
        fewer["specifications"] = new JsonArray("F1.pooled");

        Assert.Equal(Resolve(inOrder).Plan!.SelectionSha256, Resolve(reordered).Plan!.SelectionSha256);
        Assert.NotEqual(Resolve(inOrder).Plan!.SelectionSha256, Resolve(fewer).Plan!.SelectionSha256);
    }
}
