using ContractDocs.Library;
using ContractDocs.Tests.Support;
using static ContractDocs.Tests.Support.LibraryFiles;

namespace ContractDocs.Tests.Library;

/// <summary>The rules of release 2026.3 for schedules, the pins of a release and the essential topics.</summary>
public sealed class ReleaseRulesTests
{
    private static List<string> Found(TestLibrary library, string? code = null) =>
        [.. LibraryLinter.Lint(library.Load()).Where(p => code is null || p.Code == code).Select(p => $"{p.File}:{p.Line}: {p.Code}")];

    private static readonly Dictionary<string, string> ServicesSchedule = new() { ["services-schedule"] = "1.0.0" };

    [Theory]
    [InlineData("next")]
    [InlineData("26.1")]
    public void Lint_RulesSinceThatIsNotAReleaseId_ReportsItInsteadOfSilentlyApplyingOrSkippingTheRules(string since)
    {
        using var library = TestLibrary.Create(null, Rules(since));

        var problems = LibraryLinter.Lint(library.Load());

        var problem = Assert.Single(problems, p => p.Code == "invalid-release-id");
        Assert.Equal(("model.yaml", AppendedModelLine + 1), (problem.File, problem.Line));
        Assert.Contains(since, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_HeldReleaseWithALayoutForEveryModel_IsClean()
    {
        using var library = TestLibrary.Create(null, Held());

        var problems = LibraryLinter.Lint(library.Load());

        Assert.Empty(problems);
        Assert.Equal("clean: 2 elements, 2 criteria, 7 specifications, 10 clauses, 0 schedules, 10 versions, 4 layouts, 2 releases", LibraryLinter.Summary(library.Load().Library));
    }

    [Fact]
    public void Lint_ScheduleThatImplementsNothingAndIsNotCore_IsClean()
    {
        using var library = TestLibrary.Create(
            null,
            ("schedules/services-schedule/1.0.0.md", Text("services-schedule", "The services are listed here.")),
            Release("2026.1", schedules: ServicesSchedule, layouts: false));

        var loaded = library.Load();

        Assert.Empty(LibraryLinter.Lint(loaded));
        Assert.Contains("1 schedules, 11 versions", LibraryLinter.Summary(loaded.Library), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ScheduleThatIsCoreAndImplements_ReportsScheduleImplementsNotCoreImplements()
    {
        using var library = TestLibrary.Create(
            null,
            ("schedules/services-schedule/1.0.0.md", Text("services-schedule", "The services are listed here.", "implements: [F1.pbr]\ncore: true\n")),
            Release("2026.1", schedules: ServicesSchedule, layouts: false));

        var found = Found(library);

        Assert.Equal(["schedules/services-schedule/1.0.0.md:6: schedule-implements"], found);
    }

    [Fact]
    public void Lint_ClausePinnedUnderSchedules_ReportsPinnedAsWrongKindOnThePin()
    {
        var release = Release("2026.1", clauses: new Dictionary<string, string?> { ["pbr"] = null }, schedules: new Dictionary<string, string> { ["pbr"] = "1.0.0" }, layouts: false);
        using var library = TestLibrary.Create(null, release);

        var problems = LibraryLinter.Lint(library.Load()).Where(p => p.Code == "pinned-as-wrong-kind").ToList();

        var problem = Assert.Single(problems);
        Assert.Equal(("releases/2026.1.yaml", 15), (problem.File, problem.Line));
        Assert.Contains("pin it under 'clauses'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_SchedulePinnedUnderSchedules_IsNotPinnedAsWrongKind()
    {
        using var library = TestLibrary.Create(
            null,
            ("schedules/services-schedule/1.0.0.md", Text("services-schedule", "The services are listed here.")),
            Release("2026.1", schedules: ServicesSchedule, layouts: false));

        Assert.Empty(Found(library, "pinned-as-wrong-kind"));
    }

    [Fact]
    public void Lint_ScheduleVersionThatDoesNotExist_ReportsMissingVersionInSchedulesFolder()
    {
        using var library = TestLibrary.Create(
            null,
            ("schedules/services-schedule/1.0.0.md", Text("services-schedule", "The services are listed here.")),
            Release("2026.1", schedules: new Dictionary<string, string> { ["services-schedule"] = "2.0.0" }, layouts: false));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("releases/2026.1.yaml", 16, "missing-version"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("not in schedules/services-schedule/", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schedules/services-schedule.md")]
    [InlineData("schedules/services-schedule/1.0.0.txt")]
    [InlineData("schedules/services-schedule/drafts/1.0.0.md")]
    public void Lint_ScheduleFileOutsideIdAndVersion_ReportsMisplacedFile(string path)
    {
        using var library = TestLibrary.Create(null, (path, Text("services-schedule", "The services are listed here.")));

        Assert.Equal([$"{path}:0: misplaced-file"], Found(library));
    }

    [Fact]
    public void Lint_LayoutFileOutsideModelAndVersion_ReportsMisplacedFile()
    {
        using var library = TestLibrary.Create(null, ("layouts/alliance.yaml", Layout("alliance")));

        Assert.Equal(["layouts/alliance.yaml:0: misplaced-file"], Found(library));
    }

    [Fact]
    public void Lint_SameIdAsClauseAndSchedule_ReportsDuplicateId()
    {
        using var library = TestLibrary.Create(null, ("schedules/pbr/1.0.0.md", Text("pbr", "A schedule with a clause's id.")));

        Assert.Equal(["clauses/pbr/1.0.0.md:2: duplicate-id"], Found(library));
    }

    [Fact]
    public void Lint_ReleaseBeforeTheRules_IsNotHeldToLayoutsOrEssentials()
    {
        using var library = TestLibrary.Create(null, Rules("2026.2", "    - id: outcomes\n      title: the outcomes\n      models: [alliance]\n      suppliedBy: [F1.pbr]\n"), Release("2026.1", clauses: new Dictionary<string, string?> { ["pbr"] = null }, layouts: false));

        var codes = LibraryLinter.Lint(library.Load()).Select(p => p.Code).Distinct().ToList();

        Assert.Equal(["uncovered-specification"], codes);
    }

    [Fact]
    public void Lint_ReleaseAfterTheRulesByNumberNotByText_IsHeldToTheRules()
    {
        // "2026.10" sorts before "2026.2" as text; as a release it comes after.
        using var library = TestLibrary.Create(null, Rules("2026.2"), Release("2026.10", layouts: false));

        Assert.Equal(4, Found(library, "missing-layout").Count(l => l == "releases/2026.10.yaml:1: missing-layout"));
    }

    [Fact]
    public void Lint_HeldReleaseWithoutALayoutForOneModel_ReportsMissingLayoutForThatModel()
    {
        var release = Release("2026.2");
        release.Content = release.Content!.Replace("  outcomes-based: 1.0.0\n", string.Empty, StringComparison.Ordinal);
        using var library = TestLibrary.Create(null, Held(release));

        var problems = LibraryLinter.Lint(library.Load());

        var problem = Assert.Single(problems);
        Assert.Equal(("releases/2026.2.yaml", 1, "missing-layout"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("outcomes-based", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ReleasePinningALayoutVersionThatDoesNotExist_ReportsMissingLayoutOnThePin()
    {
        var release = Release("2026.2");
        release.Content = release.Content!.Replace("  alliance: 1.0.0\n", "  alliance: 1.1.0\n", StringComparison.Ordinal);
        using var library = TestLibrary.Create(null, Held(release));

        Assert.Equal(["releases/2026.2.yaml:17: missing-layout"], Found(library));
    }

    [Fact]
    public void Lint_ReleasePinningALayoutForAnUnknownModel_ReportsUnknownModelOnThePin()
    {
        var release = Release("2026.2");
        release.Content += "  prime-contractor: 1.0.0\n";
        using var library = TestLibrary.Create(null, Held(release));

        Assert.Equal(["releases/2026.2.yaml:20: unknown-model"], Found(library));
    }

    private const string AllianceOnlyEssential = "    - id: alliance-outcomes\n      title: the outcomes of the alliance\n      models: [alliance, lead-provider]\n      suppliedBy: [alliance-only]\n";

    [Fact]
    public void Lint_EssentialSuppliedByAClauseThatDoesNotApplyToAModel_ReportsEssentialUnsuppliedForThatModel()
    {
        using var library = TestLibrary.Create(null, [.. Held(), Rules("2026.2", AllianceOnlyEssential)]);

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("releases/2026.2.yaml", 1, "essential-unsupplied"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("'alliance-outcomes' for the lead-provider model", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[alliance]", "[alliance-only]")]
    [InlineData("[alliance]", "[O1.alliance-only]")]
    [InlineData("[alliance, lead-provider]", "[alliance-only, pbr]")]
    [InlineData("[accountable-care, alliance, lead-provider, outcomes-based]", "[F1.pooled]")]
    public void Lint_EssentialSuppliedForEveryModel_IsClean(string models, string suppliedBy)
    {
        var essential = $"    - id: money\n      title: the money\n      models: {models}\n      suppliedBy: {suppliedBy}\n";
        using var library = TestLibrary.Create(null, [.. Held(), Rules("2026.2", essential)]);

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Fact]
    public void Lint_EssentialSuppliedOnlyByADraft_ReportsEssentialUnsupplied()
    {
        var essential = "    - id: outcomes\n      title: the outcomes of the alliance\n      models: [alliance]\n      suppliedBy: [alliance-only]\n";
        using var library = TestLibrary.Create(
            null,
            [.. Held(), Rules("2026.2", essential), ("clauses/alliance-only/1.0.0.md", "---\nid: alliance-only\nversion: 1.0.0\ntitle: Alliance outcomes\nstatus: draft\nimplements: [O1.alliance-only]\nmodels: [alliance]\n---\nThe alliance reports on its outcomes.\n")]);

        var found = Found(library);

        Assert.Contains("releases/2026.2.yaml:1: essential-unsupplied", found);
        Assert.Contains("releases/2026.2.yaml:5: pins-draft", found);
    }

    [Fact]
    public void Lint_EssentialSuppliedByAnIdThatIsNothing_ReportsUnknownSupplierOnTheTopic()
    {
        var essential = "    - id: money\n      title: the money\n      models: [alliance]\n      suppliedBy: [pbr, tariff]\n";
        using var library = TestLibrary.Create(null, Rules("2027.1", essential));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("model.yaml", AppendedModelLine + 3, "unknown-supplier"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("'tariff'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_EssentialSuppliedByASchedule_IsNotAnUnknownSupplier()
    {
        var essential = "    - id: services\n      title: the services\n      models: [alliance]\n      suppliedBy: [services-schedule]\n";
        using var library = TestLibrary.Create(
            null,
            Rules("2027.1", essential),
            ("schedules/services-schedule/1.0.0.md", Text("services-schedule", "The services are listed here.")),
            Release("2026.1", schedules: ServicesSchedule, layouts: false));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Fact]
    public void Lint_EssentialForAModelThatIsNone_ReportsUnknownModelOnTheTopicNotEssentialUnsupplied()
    {
        var essential = "    - id: money\n      title: the money\n      models: [alliance, prime-contractor]\n      suppliedBy: [pbr]\n";
        using var library = TestLibrary.Create(null, [.. Held(), Rules("2026.2", essential)]);

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("model.yaml", AppendedModelLine + 3, "unknown-model"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("'prime-contractor'", problem.Message, StringComparison.Ordinal);
    }
}
