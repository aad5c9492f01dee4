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
        Assert.Equal("clean: 2 elements, 2 criteria, 7 specifications, 10 clauses, 10 versions, 1 releases", LibraryLinter.Summary(loaded.Library));
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

    [Fact]
    public void Lint_ProblemLine_PrintsFileLineCodeAndMessage()
    {
        var problem = new LibraryProblem("clauses/pbr/1.0.0.md", 9, "undeclared-variable", "'x' is used but not declared.");

        Assert.Equal("clauses/pbr/1.0.0.md:9: undeclared-variable: 'x' is used but not declared.", problem.ToString());
    }
}
