using ContractDocs.Library;
using ContractDocs.Tests.Support;
using static ContractDocs.Tests.Support.LibraryFiles;

namespace ContractDocs.Tests.Library;

/// <summary>The rules of release 2026.3 for anchors, for references within a release and for citations in definitions.</summary>
public sealed class ReferenceRulesTests
{
    private static List<string> Found(TestLibrary library, string? code = null) =>
        [.. LibraryLinter.Lint(library.Load()).Where(p => code is null || p.Code == code).Select(p => $"{p.File}:{p.Line}: {p.Code}")];

    /// <summary>clauses/joint/1.0.0.md citing <paramref name="reference"/> in its body (line 11).</summary>
    private static (string Path, string? Content) JointCiting(string reference) =>
        ("clauses/joint/1.0.0.md", $"---\nid: joint\nversion: 1.0.0\ntitle: Joint outcomes\nstatus: approved\nimplements: [O1.joint]\nmodels: [accountable-care, lead-provider, outcomes-based]\nrequires:\n  - O1.baseline\n---\nThe Parties agree the outcomes, paid as {{{{ref \"{reference}\"}}}} says.\n");

    private static (string Path, string? Content) Tariff() => ("clauses/tariff/1.0.0.md", Text("tariff", "The tariff is the national tariff.", "implements: [F1.pbr]\n"));

    private static (string Path, string? Content) ServicesSchedule(string body = "{{anchor \"charges\"}}The charges are set each year.") =>
        ("schedules/services-schedule/1.0.0.md", Text("services-schedule", body));

    [Fact]
    public void Lint_AnchorSetThreeTimes_ReportsOneDuplicateAnchorOnTheSecond()
    {
        using var library = TestLibrary.Create(null, Pbr("{{anchor \"invoicing\"}}The Provider invoices monthly.\n\n{{anchor \"invoicing\"}}It is paid within 30 days.\n\n{{anchor \"invoicing\"}}Late payment bears interest."));

        var problems = LibraryLinter.Lint(library.Load());

        var problem = Assert.Single(problems);
        Assert.Equal(("clauses/pbr/1.0.0.md", 11, "duplicate-anchor"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("set 3 times", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_DistinctKebabCaseAnchors_AreClean()
    {
        using var library = TestLibrary.Create(null, Pbr("{{anchor \"invoicing\"}}The Provider invoices monthly.\n\n{{anchor \"payment-2\"}}It is paid within 30 days."));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Theory]
    [InlineData("Invoicing")]
    [InlineData("invoicing_terms")]
    [InlineData("invoicing terms")]
    [InlineData("2-invoicing")]
    [InlineData("invoicing-")]
    public void Lint_AnchorThatIsNotKebabCase_ReportsInvalidAnchorOnItsLine(string anchor)
    {
        using var library = TestLibrary.Create(null, Pbr($"The Provider invoices monthly.\n\n{{{{anchor \"{anchor}\"}}}}It is paid within 30 days."));

        Assert.Equal(["clauses/pbr/1.0.0.md:11: invalid-anchor"], Found(library));
    }

    [Fact]
    public void Lint_ReferenceToAnAnchorTheTargetSets_IsClean()
    {
        using var library = TestLibrary.Create(null, JointCiting("pbr#invoicing"), Pbr("{{anchor \"invoicing\"}}The Provider invoices monthly."));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Fact]
    public void Lint_ReferenceToAnAnchorTheTargetLacks_ReportsUnknownAnchorOnTheReference()
    {
        using var library = TestLibrary.Create(null, JointCiting("pbr#invoicing"), Pbr("{{anchor \"invoice\"}}The Provider invoices monthly."));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("clauses/joint/1.0.0.md", 11, "unknown-anchor"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("pbr@1.0.0 (pinned by release 2026.1) sets no {{anchor \"invoicing\"}}", problem.Message, StringComparison.Ordinal);
        Assert.Contains("cite the whole clause", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_AnchorOnlyInTheVersionALaterReleasePins_ReportsUnknownAnchorForTheEarlierReleaseOnly()
    {
        using var library = TestLibrary.Create(
            null,
            JointCiting("pbr#invoicing"),
            Pbr("{{anchor \"invoicing\"}}The Provider invoices monthly.", "1.1.0"),
            Release("2026.2", clauses: new Dictionary<string, string?> { ["pbr"] = "1.1.0" }, layouts: false));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("clauses/joint/1.0.0.md", 11, "unknown-anchor"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("pbr@1.0.0 (pinned by release 2026.1)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ReferenceToAScheduleAnchorItLacks_SaysToCiteTheWholeSchedule()
    {
        using var library = TestLibrary.Create(
            null,
            JointCiting("services-schedule#prices"),
            ServicesSchedule(),
            Release("2026.1", schedules: new Dictionary<string, string> { ["services-schedule"] = "1.0.0" }, layouts: false));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("clauses/joint/1.0.0.md", 11, "unknown-anchor"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("cite the whole schedule", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ReferenceToAScheduleAnchorItSets_IsClean()
    {
        using var library = TestLibrary.Create(
            null,
            JointCiting("services-schedule#charges"),
            ServicesSchedule(),
            Release("2026.1", schedules: new Dictionary<string, string> { ["services-schedule"] = "1.0.0" }, layouts: false));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Theory]
    [InlineData("tariff")]
    [InlineData("tariff#rates")]
    public void Lint_ReferenceToAClauseTheReleaseDoesNotPin_ReportsReferenceNotInRelease(string reference)
    {
        using var library = TestLibrary.Create(null, JointCiting(reference), Tariff());

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("clauses/joint/1.0.0.md", 11, "reference-not-in-release"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("'tariff', which release 2026.1 does not pin", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ReferenceToAClauseOnlyALaterReleasePins_ReportsReferenceNotInReleaseForTheEarlierOne()
    {
        using var library = TestLibrary.Create(
            null,
            JointCiting("tariff"),
            Tariff(),
            Release("2026.2", clauses: new Dictionary<string, string?> { ["tariff"] = "1.0.0" }, layouts: false));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal("reference-not-in-release", problem.Code);
        Assert.Contains("release 2026.1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ReferenceToAnUnpinnedSchedule_ReportsReferenceNotInRelease()
    {
        using var library = TestLibrary.Create(null, JointCiting("services-schedule"), ServicesSchedule());

        Assert.Equal(["clauses/joint/1.0.0.md:11: reference-not-in-release"], Found(library));
    }

    [Fact]
    public void Lint_ReferenceToAnIdThatIsNothing_ReportsOnlyUnknownReference()
    {
        using var library = TestLibrary.Create(null, JointCiting("tariff#rates"));

        Assert.Equal(["clauses/joint/1.0.0.md:11: unknown-reference"], Found(library));
    }

    [Fact]
    public void Lint_DefinitionCitingAnIdThatIsNothing_ReportsUnknownReferenceOnDefines()
    {
        using var library = TestLibrary.Create(null, PooledDefining("the fund established under {{ref 'fund-terms'}}."));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("clauses/pooled/1.0.0.md", 8, "unknown-reference"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("The definition of \"Pooled Fund\" cites {{ref 'fund-terms'}}", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the fund established under {{ref 'baseline'}}.")]
    [InlineData("the fund established under {{ref 'pbr#invoicing'}}.")]
    [InlineData("the fund established under this {{term 'Agreement'}}.")]
    public void Lint_DefinitionCitingAPinnedClauseOrUsingATerm_IsClean(string definition)
    {
        using var library = TestLibrary.Create(null, PooledDefining(definition), Pbr("{{anchor \"invoicing\"}}The Provider invoices monthly."));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Theory]
    [InlineData("the fund of {{contractTitle}}.", "contractTitle")]
    [InlineData("the fund{{#if parties}} of the Parties{{/if}}.", "parties")]
    [InlineData("the fund of {{contract.title}}.", "contract")]
    public void Lint_DefinitionPrintingAValue_ReportsValueInDefinitionOnDefines(string definition, string value)
    {
        using var library = TestLibrary.Create(null, PooledDefining(definition));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("clauses/pooled/1.0.0.md", 8, "value-in-definition"), (problem.File, problem.Line, problem.Code));
        Assert.Contains($"prints the value '{value}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_DefinitionWithARefusedTag_ReportsItOnDefines()
    {
        using var library = TestLibrary.Create(null, PooledDefining("the fund of {{{contractTitle}}}."));

        Assert.Equal(["clauses/pooled/1.0.0.md:8: unescaped-output"], Found(library));
    }

    [Fact]
    public void Lint_DefinitionCitingAClauseTheReleaseDoesNotPin_ReportsReferenceNotInReleaseOnDefines()
    {
        using var library = TestLibrary.Create(null, PooledDefining("the fund established under {{ref 'tariff'}}."), Tariff());

        Assert.Equal(["clauses/pooled/1.0.0.md:8: reference-not-in-release"], Found(library));
    }

    [Fact]
    public void Lint_DefinitionCitingAnAnchorTheTargetLacks_ReportsUnknownAnchorOnDefines()
    {
        using var library = TestLibrary.Create(null, PooledDefining("the fund established under {{ref 'pbr#invoicing'}}."));

        Assert.Equal(["clauses/pooled/1.0.0.md:8: unknown-anchor"], Found(library));
    }
}
