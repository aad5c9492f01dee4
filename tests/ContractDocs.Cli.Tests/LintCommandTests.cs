namespace ContractDocs.Cli.Tests;

public sealed class LintCommandTests
{
    [Fact]
    public void Lint_RealLibrary_IsCleanAndPrintsTheCounts()
    {
        var (exit, output, error) = Cli.Run("lint", "--library", Cli.Library);

        Assert.True(exit == 0, output + error);
        var summary = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var match = System.Text.RegularExpressions.Regex.Match(summary, @"^clean: 4 elements, (\d+) criteria, (\d+) specifications, (\d+) clauses, (\d+) schedules, (\d+) versions, 4 layouts, 3 releases$");
        Assert.True(match.Success, summary);
        Assert.True(int.Parse(match.Groups[1].Value) >= 24, summary);
        Assert.True(int.Parse(match.Groups[2].Value) >= 70, summary);
        Assert.True(int.Parse(match.Groups[4].Value) >= 13, summary);
        Assert.True(int.Parse(match.Groups[5].Value) >= 200, summary);
    }

    [Fact]
    public void Lint_BrokenLibrary_PrintsFileLineCodeMessageAndExitsOne()
    {
        var library = Directory.CreateTempSubdirectory("contractdocs-lint-").FullName;
        CopyFolder(Cli.Library, library);
        var clause = Path.Combine(library, "clauses", "governing-law", "1.0.0.md");
        File.WriteAllText(clause, File.ReadAllText(clause) + "\nSee {{{contractTitle}}} and {{shout contractTitle}}.\n");

        var (exit, output, _) = Cli.Run("lint", "--library", library);

        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^clauses/governing-law/1\.0\.0\.md:\d+: unescaped-output: "));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^clauses/governing-law/1\.0\.0\.md:\d+: unknown-helper: "));
    }

    [Fact]
    public void Lint_MissingFolder_SaysSoAndExitsTwo()
    {
        var (exit, _, error) = Cli.Run("lint", "--library", "/nonexistent/clause-library");

        Assert.Equal(2, exit);
        Assert.Contains("no clause library", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("plan")]
    [InlineData("generate")]
    [InlineData("publish")]
    public void Help_EveryCommand_DescribesItself(string command)
    {
        var (exit, output, _) = Cli.Run(command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--library", output, StringComparison.Ordinal);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
