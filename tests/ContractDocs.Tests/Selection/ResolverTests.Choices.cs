using System.Text.Json.Nodes;
using ContractDocs.Selection;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Selection;

public sealed partial class ResolverTests
{
    [Fact]
    public void Resolve_UnknownRelease_NamesItAndTheKnownOnes()
    {
        var selection = ValidSelection();
        selection["release"] = "2019.1";

        var problem = Single(Resolve(selection), ProblemCodes.UnknownRelease);

        Assert.Equal("$.release", problem.Path);
        Assert.Equal(["2019.1"], problem.Ids.ToArray());
        Assert.Contains("2026.1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownModel_AndUnknownIds_AreAllReportedAtOnce()
    {
        var selection = ValidSelection();
        selection["model"] = "prime-contractor";
        selection["criteria"] = new JsonArray("O1", "Z9");
        selection["specifications"] = new JsonArray("F1.pooled", "F1.nothing");

        var result = Resolve(selection);

        Assert.Null(result.Plan);
        Assert.Equal("$.model", Single(result, ProblemCodes.UnknownModel).Path);
        Assert.Equal(["Z9"], Single(result, ProblemCodes.UnknownCriterion).Ids.ToArray());
        var specification = Single(result, ProblemCodes.UnknownSpecification);
        Assert.Equal("$.specifications[1]", specification.Path);
        Assert.Equal(["F1.nothing"], specification.Ids.ToArray());
    }

    [Fact]
    public void Resolve_SpecificationForAnotherModel_IsNotForModel()
    {
        var selection = ValidSelection("lead-provider");
        selection["specifications"] = new JsonArray("F1.pooled", "O1.alliance-only");

        var problem = Single(Resolve(selection), ProblemCodes.NotForModel);

        Assert.Equal("$.specifications[1]", problem.Path);
        Assert.Equal(["O1.alliance-only", "lead-provider"], problem.Ids.ToArray());
    }

    [Fact]
    public void Resolve_DuplicateChoices_AreReportedWithTheirPositions()
    {
        var selection = ValidSelection();
        selection["specifications"] = new JsonArray("F1.pooled", "F1.pooled");
        selection["criteria"] = new JsonArray("O1", "O1");

        var result = Resolve(selection);

        var duplicates = result.Problems.Where(p => p.Code == ProblemCodes.DuplicateChoice).ToList();
        Assert.Equal(["$.criteria[1]", "$.specifications[1]"], duplicates.Select(d => d.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_ExcludedPair_NamesBothClausesAndTheChoicesThatCausedThem()
    {
        var selection = ValidSelection();
        selection["specifications"] = new JsonArray("F1.capitated", "F1.pbr");

        var problem = Single(Resolve(selection), ProblemCodes.ExcludedPair);

        Assert.Contains("capitated", problem.Ids.ToArray());
        Assert.Contains("pbr", problem.Ids.ToArray());
        Assert.Contains("F1.capitated", problem.Ids.ToArray());
        Assert.Contains("F1.pbr", problem.Ids.ToArray());
        Assert.Matches(@"from your choice '[^']+' \(F1\.pbr\)", problem.Message);
    }

    [Fact]
    public void Resolve_AnyOfNotChosen_IsUnmetRequirementListingTheAlternatives()
    {
        var selection = ValidSelection();
        selection["specifications"] = new JsonArray("F1.gain-share");

        var problem = Single(Resolve(selection), ProblemCodes.UnmetRequirement);

        Assert.Equal(["gain-share", "F1.pooled", "F1.capitated"], problem.Ids.ToArray());
    }

    [Fact]
    public void Resolve_AnyOfSatisfied_Succeeds()
    {
        var selection = ValidSelection();
        selection["specifications"] = new JsonArray("F1.gain-share", "F1.capitated");

        Assert.True(Resolve(selection).Succeeded);
    }

    [Fact]
    public void Resolve_RequiredSpecificationWithoutClauseInRelease_IsNoClause()
    {
        using var library = TestLibrary.Create(null, ("releases/2026.1.yaml", File.ReadAllText(Path.Combine(TestLibrary.CasesFolder, "_base", "releases", "2026.1.yaml")).Replace("  baseline: 1.0.0\n", string.Empty, StringComparison.Ordinal)));

        var result = Resolve(ValidSelection(), library);

        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.NoClause && p.Ids.Contains("O1.baseline"));
    }

    [Fact]
    public void Resolve_RequiredClauseNotInRelease_IsUnmetRequirement()
    {
        var baseFolder = Path.Combine(TestLibrary.CasesFolder, "_base");
        using var library = TestLibrary.Create(
            null,
            ("clauses/joint/1.0.0.md", File.ReadAllText(Path.Combine(baseFolder, "clauses", "joint", "1.0.0.md")).Replace("  - O1.baseline\n", "  - O1.baseline\n  - capitated\n", StringComparison.Ordinal)),
            ("releases/2026.1.yaml", File.ReadAllText(Path.Combine(baseFolder, "releases", "2026.1.yaml")).Replace("  capitated: 1.0.0\n", string.Empty, StringComparison.Ordinal)));

        var problem = Single(Resolve(ValidSelection(), library), ProblemCodes.UnmetRequirement);

        Assert.Equal(["joint", "capitated"], problem.Ids.ToArray());
        Assert.Matches(@"the default for criterion '[^']+' \(O1\)", problem.Message);
    }

    [Fact]
    public void Resolve_ReleasePinningARetiredVersion_IsRetiredClause()
    {
        using var library = TestLibrary.Create("pins-retired");
        var selection = ValidSelection();
        selection["specifications"] = new JsonArray("F1.pooled", "F1.pbr");

        var problem = Single(Resolve(selection, library), ProblemCodes.RetiredClause);

        Assert.Equal(["pbr", "F1.pbr", "2026.1"], problem.Ids.ToArray());
    }

    [Fact]
    public void Resolve_SpecificationWithNoClauseInRelease_IsNoClause()
    {
        using var library = TestLibrary.Create("uncovered-specification");

        var problem = Single(Resolve(ValidSelection(), library), ProblemCodes.NoClause);

        Assert.Equal(["F1.pooled", "2026.1"], problem.Ids.ToArray());
    }

    [Fact]
    public void Resolve_ReferenceToClauseNotInPlan_IsUnknownReference()
    {
        var joint = File.ReadAllText(Path.Combine(TestLibrary.CasesFolder, "_base", "clauses", "joint", "1.0.0.md"))
            .Replace("requires:\n  - O1.baseline\n", string.Empty, StringComparison.Ordinal);
        using var library = TestLibrary.Create(null, ("clauses/joint/1.0.0.md", joint));

        var problem = Single(Resolve(ValidSelection(), library), ProblemCodes.UnknownReference);

        Assert.Equal(["joint", "baseline"], problem.Ids.ToArray());
    }

    [Fact]
    public void Resolve_TermDefinedOnlyByAClauseNotInPlan_IsUndefinedTerm()
    {
        using var library = TestLibrary.Create(null, ("clauses/pbr/1.0.0.md", File.ReadAllText(Path.Combine(TestLibrary.CasesFolder, "_base", "clauses", "pbr", "1.0.0.md"))
            .Replace("each unit of activity.", "each unit of activity outside the {{term \"Pooled Fund\"}}.", StringComparison.Ordinal)));
        var selection = ValidSelection();
        selection["specifications"] = new JsonArray("F1.pbr");

        var problem = Single(Resolve(selection, library), ProblemCodes.UndefinedTerm);

        Assert.Equal(["pbr", "Pooled Fund"], problem.Ids.ToArray());
    }
}
