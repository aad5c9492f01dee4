using ContractDocs.Library;
using ContractDocs.Tests.Support;
using static ContractDocs.Tests.Support.LibraryFiles;

namespace ContractDocs.Tests.Library;

/// <summary>The rules of release 2026.3 for layouts (<c>layouts/&lt;model&gt;/&lt;version&gt;.yaml</c> and model.yaml's
/// <c>defaultLayout</c>) and for the words model.yaml gives party kinds and roles.</summary>
public sealed class LayoutRulesTests
{
    private const string AllianceLayout = "layouts/alliance/1.0.0.yaml";

    private static List<string> Found(TestLibrary library) =>
        [.. LibraryLinter.Lint(library.Load()).Select(p => $"{p.File}:{p.Line}: {p.Code}").Order(StringComparer.Ordinal)];

    private static string ModelWithoutDefaultLayout => BaseModel[..BaseModel.IndexOf("defaultLayout:", StringComparison.Ordinal)];

    [Fact]
    public void Lint_LayoutWithEveryKindOfPart_IsClean()
    {
        const string parts = "  - title: Preliminary\n    placement: front\n  - title: Outcomes and money\n    clauses: [baseline, services-schedule]\n    criteria: [F1]\n    elements: [outcomes]\n  - eachElement: true\n  - title: General conditions\n    rest: true\n";
        using var library = TestLibrary.Create(
            null,
            (AllianceLayout, Layout("alliance", parts: parts, note: "note:\n  title: About this document\n  body: Made from release {{contract.release}}.\n  scheduleColumns: [Schedule, Title, Cited in]\n")),
            ("schedules/services-schedule/1.0.0.md", Text("services-schedule", "The services are listed here.")));

        var loaded = library.Load();

        Assert.Empty(LibraryLinter.Lint(loaded));
        var layout = Assert.Single(loaded.Library.Layouts);
        Assert.Equal(["Schedule", "Title", "Cited in"], layout.NoteScheduleColumns.ToArray());
    }

    [Theory]
    [InlineData("  - title: Preliminary\n    placement: front\n")]
    [InlineData("  - title: Preliminary\n    rest: true\n  - title: General conditions\n    rest: true\n")]
    public void Lint_LayoutWithoutExactlyOneRestPart_ReportsLayoutRest(string parts)
    {
        using var library = TestLibrary.Create(null, (AllianceLayout, Layout("alliance", parts: parts)));

        Assert.Equal([$"{AllianceLayout}:1: layout-rest"], Found(library));
    }

    [Fact]
    public void Lint_DefaultLayoutWithoutARestPart_ReportsLayoutRestInModelYaml()
    {
        using var library = TestLibrary.Create(null, ("model.yaml", BaseModel.Replace("      rest: true\n", string.Empty, StringComparison.Ordinal)));

        Assert.Equal(["model.yaml:71: layout-rest"], Found(library));
    }

    [Fact]
    public void Lint_PartWithoutATitle_ReportsMissingKeyOnce()
    {
        using var library = TestLibrary.Create(null, (AllianceLayout, Layout("alliance", parts: "  - clauses: [baseline]\n  - title: General conditions\n    rest: true\n")));

        Assert.Equal([$"{AllianceLayout}:4: missing-key"], Found(library));
    }

    [Fact]
    public void Lint_PartWithABlankTitle_ReportsInvalidValueOnce()
    {
        using var library = TestLibrary.Create(null, (AllianceLayout, Layout("alliance", parts: "  - title: \"  \"\n  - title: General conditions\n    rest: true\n")));

        Assert.Equal([$"{AllianceLayout}:4: invalid-value"], Found(library));
    }

    [Fact]
    public void Lint_PartNamingAClauseThatIsNothing_ReportsUnknownClauseOnThePart()
    {
        using var library = TestLibrary.Create(null, (AllianceLayout, Layout("alliance", parts: "  - title: General conditions\n    rest: true\n  - title: Money\n    clauses: [pbr, tariff]\n")));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal((AllianceLayout, 6, "unknown-clause"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("The part 'Money' names 'tariff'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_PartNamingACriterionTheModelLacks_ReportsUnknownCriterionOnThePart()
    {
        using var library = TestLibrary.Create(null, (AllianceLayout, Layout("alliance", parts: "  - title: General conditions\n    rest: true\n  - title: Money\n    criteria: [F1, F9]\n")));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal((AllianceLayout, 6, "unknown-criterion"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("criterion 'F9'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_PartNamingAnElementTheModelLacks_ReportsUnknownElementOnThePart()
    {
        using var library = TestLibrary.Create(null, (AllianceLayout, Layout("alliance", parts: "  - title: General conditions\n    rest: true\n  - title: People\n    elements: [outcomes, workforce]\n")));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal((AllianceLayout, 6, "unknown-element"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("element 'workforce'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_PartWithAPlacementThatIsNone_ReportsInvalidValue()
    {
        using var library = TestLibrary.Create(null, (AllianceLayout, Layout("alliance", parts: "  - title: General conditions\n    rest: true\n    placement: middle\n")));

        Assert.Equal([$"{AllianceLayout}:6: invalid-value"], Found(library));
    }

    [Theory]
    [InlineData("[Schedule, Title]")]
    [InlineData("[Schedule, Title, Cited in, Version]")]
    public void Lint_NoteWithScheduleColumnsOtherThanThree_ReportsInvalidValueOnScheduleColumns(string columns)
    {
        var note = $"note:\n  title: About this document\n  body: Made from release {{{{contract.release}}}}.\n  scheduleColumns: {columns}\n";
        using var library = TestLibrary.Create(null, (AllianceLayout, Layout("alliance", note: note)));

        var loaded = library.Load();

        Assert.Equal([$"{AllianceLayout}:15: invalid-value"], LibraryLinter.Lint(loaded).Select(p => $"{p.File}:{p.Line}: {p.Code}"));
        Assert.Empty(Assert.Single(loaded.Library.Layouts).NoteScheduleColumns);
    }

    [Fact]
    public void Lint_NoteWithoutScheduleColumns_IsClean()
    {
        using var library = TestLibrary.Create(null, (AllianceLayout, Layout("alliance", note: "note:\n  title: About this document\n  body: Made from release {{contract.release}}.\n")));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Fact]
    public void Lint_LayoutWithoutALabel_ReportsMissingLabel()
    {
        var layout = Layout("alliance").Replace("  recitals: Background\n", string.Empty, StringComparison.Ordinal);
        using var library = TestLibrary.Create(null, (AllianceLayout, layout));

        var problems = LibraryLinter.Lint(library.Load());

        var label = Assert.Single(problems, p => p.Code == "missing-label");
        Assert.Equal((AllianceLayout, 1), (label.File, label.Line));
        Assert.Contains("'recitals'", label.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_LayoutWithoutLabels_ReportsEveryMissingLabel()
    {
        var layout = Layout("alliance");
        using var library = TestLibrary.Create(null, (AllianceLayout, layout[..layout.IndexOf("labels:", StringComparison.Ordinal)]));

        var problems = LibraryLinter.Lint(library.Load());

        Assert.Equal(LayoutDefinition.LabelKeys.Length, problems.Count(p => p.Code == "missing-label"));
        Assert.Contains(problems, p => p.Code == "missing-key" && p.Message.Contains("'labels'", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_LayoutForAModelThatIsNone_ReportsUnknownModel()
    {
        using var library = TestLibrary.Create(null, ("layouts/prime-contractor/1.0.0.yaml", Layout("prime-contractor")));

        Assert.Equal(["layouts/prime-contractor/1.0.0.yaml:1: unknown-model"], Found(library));
    }

    [Fact]
    public void Lint_LayoutWhoseModelIsNotItsFolder_ReportsIdMismatch()
    {
        using var library = TestLibrary.Create(null, (AllianceLayout, Layout("lead-provider")));

        Assert.Equal([$"{AllianceLayout}:1: id-mismatch"], Found(library));
    }

    [Fact]
    public void Lint_LayoutWhoseVersionIsNotItsFileName_ReportsVersionMismatch()
    {
        using var library = TestLibrary.Create(null, (AllianceLayout, Layout("alliance", version: "1.0.1")));

        var loaded = library.Load();

        Assert.Equal([$"{AllianceLayout}:1: version-mismatch"], LibraryLinter.Lint(loaded).Select(p => $"{p.File}:{p.Line}: {p.Code}"));
        Assert.Empty(loaded.Library.Layouts);
    }

    [Fact]
    public void Lint_NoDefaultLayoutAndAReleaseThatPinsNone_ReportsMissingLayout()
    {
        using var library = TestLibrary.Create(null, ("model.yaml", ModelWithoutDefaultLayout));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("releases/2026.1.yaml", 1, "missing-layout"), (problem.File, problem.Line, problem.Code));
    }

    [Fact]
    public void Lint_NoDefaultLayoutAndAReleaseThatPinsOneForEveryModel_IsClean()
    {
        using var library = TestLibrary.Create(null, [("model.yaml", ModelWithoutDefaultLayout), .. Layouts(), Release("2026.1")]);

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Fact]
    public void Lint_PartyRolesWithoutWordsForARole_ReportsMissingLabel()
    {
        var roles = "partyRoles:\n" + string.Concat(VariableTypes.PartyRoles.Where(r => r != "poolHost").Select(r => $"  - id: {r}\n    title: {r}\n"));
        using var library = TestLibrary.Create(null, ModelYaml(roles));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("model.yaml", 1, "missing-label"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("'poolHost'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_PartyKindsWithoutWordsForAKind_ReportsMissingLabel()
    {
        var kinds = "partyKinds:\n" + string.Concat(VariableTypes.PartyKinds.Skip(1).Select(k => $"  - id: {k}\n    title: {k}\n"));
        using var library = TestLibrary.Create(null, ModelYaml(kinds));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal(("model.yaml", 1, "missing-label"), (problem.File, problem.Line, problem.Code));
        Assert.Contains($"'{VariableTypes.PartyKinds[0]}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_PartyKindsAndRolesWithWordsForEach_IsClean()
    {
        var words = "partyKinds:\n" + string.Concat(VariableTypes.PartyKinds.Select(k => $"  - id: {k}\n    title: {k}\n"))
            + "partyRoles:\n" + string.Concat(VariableTypes.PartyRoles.Select(r => $"  - id: {r}\n    title: {r}\n    hint: What {r} does.\n"));
        using var library = TestLibrary.Create(null, ModelYaml(words));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }
}
