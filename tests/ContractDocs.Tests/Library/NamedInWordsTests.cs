using ContractDocs.Library;
using ContractDocs.Tests.Support;
using static ContractDocs.Tests.Support.LibraryFiles;

namespace ContractDocs.Tests.Library;

/// <summary>named-in-words (NamedInWords.cs): text of a release held to the 2026.3 rules that names a clause or schedule
/// in words or by a typed number instead of citing it with {{ref}}.</summary>
public sealed class NamedInWordsTests
{
    /// <summary>Words that name a clause or schedule, each with the words the problem quotes.</summary>
    public static TheoryData<string, string> Naming() => new()
    {
        { "Charges are as set out in the services schedule.", "the services schedule" },
        { "The Parties are those in the schedule listing the Parties.", "the schedule listing" },
        { "The Parties are those in the Schedule listing the Parties.", "the Schedule listing" },
        { "The charges are in the schedules setting out the services.", "the schedules setting out" },
        { "The Provider acts as described in the clause on the Lead Provider.", "the clause on" },
        { "The Provider acts as described in the Clause on the Lead Provider.", "the Clause on" },
        { "A dispute is resolved under the dispute resolution clause.", "the dispute resolution clause" },
        { "A dispute is resolved under the Dispute Resolution Clause.", "the Dispute Resolution Clause" },
        { "The leads are appointed under the joint clinical and social care leadership clause.", "the joint clinical and social care leadership clause" },
        { "A dispute is resolved under the terms of the dispute resolution clause.", "the dispute resolution clause" },
        { "The Provider is paid as an implementation schedule provides.", "an implementation schedule" },
        { "The Provider is paid as clause 12 provides.", "clause 12" },
        { "The Provider is paid as clause 12.3 provides.", "clause 12.3" },
        { "Clause 12 does not apply to the first year.", "Clause 12" },
        { "The Provider is paid as clauses 12 and 13 provide.", "clauses 12" },
        { "The services are listed in Schedule 3.", "Schedule 3" },
        { "The services are listed in Schedules 2 to 4.", "Schedules 2" },
        { "The charges are in paragraph 4 of the payment terms.", "paragraph 4" },
        { "Paragraph 4 sets out the charges.", "Paragraph 4" },
        { "The charges are in paragraphs 4 and 5.", "paragraphs 4" },
    };

    /// <summary>Words that name no particular clause or schedule: the text itself, all of them, or any of them.</summary>
    public static TheoryData<string> NotNaming() =>
    [
        "The Provider shall comply with this clause.",
        "The Parties agree that this Schedule applies.",
        "The Parties shall perform the terms of this Schedule.",
        "The Provider shall comply with that clause.",
        "The Provider shall comply with these clauses and those schedules.",
        "The Agreement includes the Schedules.",
        "The Agreement includes the schedules.",
        "The Agreement as described in it and in its schedules.",
        "The dispute is resolved as the relevant clause provides.",
        "The dispute is resolved as the same clause provides.",
        "The clause applies from the Commencement Date.",
        "The Schedule applies from the Commencement Date.",
        "The Provider provides the services. This clause applies to each of them.",
        "The Parties establish the fund under section 75 of the National Health Service Act 2006.",
        "The charges are listed {{!-- in the services schedule, clause 12 --}}each year.",
        "The Provider shall comply with each clause.",
        "The Commissioner may waive any clause of this Agreement.",
        "The saving already shared under another clause is not shared again.",
        "The dispute is resolved as the relevant Schedule provides.",
        "The dispute is resolved as the same Schedule provides.",
        "The Provider shall prepare a schedule of rates.",
        "The Provider shall act under such clause as the Commissioner names.",
        "The register is kept under the clause.",
    ];

    [Theory]
    [MemberData(nameof(Naming))]
    public void Lint_BodyNamingAClauseOrSchedule_ReportsNamedInWordsOnItsLine(string sentence, string words)
    {
        using var library = TestLibrary.Create(null, Held(Pbr("The Provider is paid monthly.\n\n" + sentence)));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("clauses/pbr/1.0.0.md", 11, "named-in-words"), (problem.File, problem.Line, problem.Code));
        Assert.StartsWith($"'{words}' names a clause or schedule in words.", problem.Message, StringComparison.Ordinal);
        Assert.Contains("{{ref \"its-id\"}}", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Naming))]
    public void Lint_DefinitionNamingAClauseOrSchedule_ReportsNamedInWordsOnDefines(string sentence, string words)
    {
        using var library = TestLibrary.Create(null, Held(PooledDefining(sentence)));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("clauses/pooled/1.0.0.md", 8, "named-in-words"), (problem.File, problem.Line, problem.Code));
        Assert.StartsWith($"The definition of \"Pooled Fund\": '{words}' names a clause or schedule in words.", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NotNaming))]
    public void Lint_BodyNotNamingAParticularClauseOrSchedule_IsClean(string sentence)
    {
        using var library = TestLibrary.Create(null, Held(Pbr(sentence)));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Theory]
    [MemberData(nameof(NotNaming))]
    public void Lint_DefinitionNotNamingAParticularClauseOrSchedule_IsClean(string sentence)
    {
        using var library = TestLibrary.Create(null, Held(PooledDefining(sentence)));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Fact]
    public void Lint_NamingCitedWithRef_IsClean()
    {
        using var library = TestLibrary.Create(null, Held(Pbr("A dispute is resolved under {{ref \"governing-law\"}}.")));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Fact]
    public void Lint_NamingOverTwoLines_ReportsTheLineItStartsOn()
    {
        using var library = TestLibrary.Create(null, Held(Pbr("The Provider is paid monthly.\nA dispute is resolved under the dispute\nresolution clause.")));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("clauses/pbr/1.0.0.md", 10, "named-in-words"), (problem.File, problem.Line, problem.Code));
        Assert.StartsWith("'the dispute resolution clause' names", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.ToString());
    }

    [Fact]
    public void Lint_NamingAfterATagOverSeveralLines_ReportsItsOwnLine()
    {
        using var library = TestLibrary.Create(null, Held(Pbr("{{!-- a drafting note\nover two lines --}}The Provider is paid monthly.\n\nCharges are in the services schedule.")));

        Assert.Equal(["clauses/pbr/1.0.0.md:12: named-in-words"], Found(library));
    }

    [Fact]
    public void Lint_TwoNamingsInOneBody_ReportsEach()
    {
        using var library = TestLibrary.Create(null, Held(Pbr("Charges are in Schedule 3.\n\nA dispute is resolved under clause 12.")));

        Assert.Equal(["clauses/pbr/1.0.0.md:11: named-in-words", "clauses/pbr/1.0.0.md:9: named-in-words"], Found(library).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lint_ScheduleNamingAClause_ReportsNamedInWords()
    {
        using var library = TestLibrary.Create(
            null,
            Held(
                ("schedules/services-schedule/1.0.0.md", Text("services-schedule", "The services are paid for under clause 12.")),
                Release("2026.2", schedules: new Dictionary<string, string> { ["services-schedule"] = "1.0.0" })));

        Assert.Equal(["schedules/services-schedule/1.0.0.md:8: named-in-words"], Found(library));
    }

    [Fact]
    public void Lint_NamingInAReleaseBeforeTheRules_IsNotReported()
    {
        using var library = TestLibrary.Create(null, Rules("2026.2"), Pbr("The Provider is paid as clause 12 provides."));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Fact]
    public void Lint_NamingInAVersionOnlyAReleaseBeforeTheRulesPins_IsNotReported()
    {
        using var library = TestLibrary.Create(
            null,
            Held(
                Pbr("The Provider is paid as clause 12 provides."),
                Pbr("The Provider is paid monthly.", "1.0.1"),
                Release("2026.2", clauses: new Dictionary<string, string?> { ["pbr"] = "1.0.1" })));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Fact]
    public void Lint_NamingInAVersionNoReleasePins_IsNotReported()
    {
        using var library = TestLibrary.Create(null, Held(Pbr("The Provider is paid as clause 12 provides.", "1.0.1")));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Fact]
    public void Lint_NamingInAVersionPinnedBeforeAndAfterTheRules_IsReportedOnce()
    {
        using var library = TestLibrary.Create(null, Held(Pbr("The Provider is paid as clause 12 provides."), Release("2026.3")));

        Assert.Equal(["clauses/pbr/1.0.0.md:9: named-in-words"], Found(library));
    }

    [Fact]
    public void Lint_NamingInAReleaseWithoutRules_IsNotReported()
    {
        using var library = TestLibrary.Create(null, Pbr("The Provider is paid as clause 12 provides."));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    private static List<string> Found(TestLibrary library) =>
        [.. LibraryLinter.Lint(library.Load()).Select(p => $"{p.File}:{p.Line}: {p.Code}")];
}
