using ContractDocs.Library;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Library;

public sealed class LibraryLinterTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(TestLibrary.CasesFolder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (name != "_base")
            {
                data.Add(name);
            }
        }

        return data;
    }

    [Fact]
    public void Lint_BaseLibrary_IsClean()
    {
        using var library = TestLibrary.Create();
        var loaded = library.Load();

        var problems = LibraryLinter.Lint(loaded);

        Assert.Empty(problems);
        Assert.Equal("clean: 2 elements, 2 criteria, 7 specifications, 10 clauses, 0 schedules, 10 versions, 0 layouts, 1 releases", LibraryLinter.Summary(loaded.Library));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lint_BrokenLibrary_ReportsExactlyTheExpectedProblems(string caseName)
    {
        using var library = TestLibrary.Create(caseName);
        var expected = File.ReadAllLines(Path.Combine(TestLibrary.CasesFolder, caseName, "expected.txt"))
            .Where(l => l.Length > 0)
            .Order(StringComparer.Ordinal)
            .ToList();

        var problems = LibraryLinter.Lint(library.Load());

        var actual = problems.Select(p => $"{p.File}:{p.Line}: {p.Code}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        Assert.Contains(problems, p => p.Code == caseName);
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    private const string PbrFrontMatter = "---\nid: pbr\nversion: 1.0.0\ntitle: Payment by results\nstatus: approved\nimplements: [F1.pbr]\nmodels: [accountable-care, alliance, lead-provider, outcomes-based]\n---\n";

    [Fact]
    public void Lint_BodyWithMarkdownThatRendersAsWritten_IsClean()
    {
        const string body = """
            The Provider is paid as [NHS England](https://www.england.nhs.uk/ "NHS England's guidance") sets out; write to
            <contracts@example.org> or [the team](mailto:team@example.org), or see <https://www.legislation.gov.uk/>.

            1. monthly in arrears;
            2. on a valid invoice:

               the invoice names the month;

               - with a purchase order number;
               -
            3. within 30 days.

            | Year | Share |
            | :-- | --: |
            | 1 | 0% | extra |

            > Quoted guidance, **bold** and *italic*, `code`, a \<b\> that is text, and a < b.

                an indented block

            ```
            ```

            # A heading
            """;
        using var library = TestLibrary.Create(null, ("clauses/pbr/1.0.0.md", PbrFrontMatter + body + "\n"));

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Fact]
    public void Lint_HtmlTagOverSeveralLines_IsOneProblemOnOneLine()
    {
        using var library = TestLibrary.Create(null, ("clauses/pbr/1.0.0.md", PbrFrontMatter + "The Provider is paid <span\n  class=\"x\">monthly</span>.\n"));

        var problems = LibraryLinter.Lint(library.Load()).Where(p => p.Code == "html-not-allowed").ToList();

        Assert.Equal(["clauses/pbr/1.0.0.md:9: html-not-allowed: '<span class=\"x\">' is HTML", "clauses/pbr/1.0.0.md:10: html-not-allowed: '</span>' is HTML"], problems.Select(p => p.ToString()[..p.ToString().IndexOf(" is HTML", StringComparison.Ordinal)] + " is HTML"));
        Assert.All(problems, p => Assert.DoesNotContain('\n', p.ToString()));
    }

    [Fact]
    public void Lint_ProblemLine_PrintsFileLineCodeAndMessage()
    {
        var problem = new LibraryProblem("clauses/pbr/1.0.0.md", 9, "undeclared-variable", "'x' is used but not declared.");

        Assert.Equal("clauses/pbr/1.0.0.md:9: undeclared-variable: 'x' is used but not declared.", problem.ToString());
    }
}
