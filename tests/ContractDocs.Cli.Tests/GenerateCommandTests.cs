using System.IO.Compression;

namespace ContractDocs.Cli.Tests;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Generate_Example_WritesTheDocxAndReportsPathCountAndTime()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("contractdocs-gen-").FullName, "nested", "alliance.docx");

        var (exit, output, error) = Cli.Run("generate", Cli.Example("frailty-alliance"), "-o", target, "--library", Cli.Library);

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(target, lines[0]);
        Assert.Matches(@"^\d+ clauses, \d+ schedules, \d+ ms$", lines[1]);
        using var zip = ZipFile.OpenRead(target);
        Assert.NotNull(zip.GetEntry("word/document.xml"));
        Assert.False(File.Exists(target + ".partial"));
    }

    [Fact]
    public void Generate_BrokenSelection_WritesNothingAndExitsOne()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-gen-").FullName;
        var selection = Path.Combine(folder, "selection.json");
        File.WriteAllText(selection, "{\"release\":\"2026.1\",\"model\":\"alliance\",\"specifications\":[\"P1.alliance-charter\",\"F3.payment-at-risk\"]}");
        var target = Path.Combine(folder, "out.docx");

        var (exit, _, error) = Cli.Run("generate", selection, "-o", target, "--library", Cli.Library);

        Assert.Equal(1, exit);
        Assert.Contains(": excluded-pair: ", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(folder, "out.docx*"));
    }

    [Fact]
    public void Generate_ClauseThatRendersAsBadXml_PrintsOneLineNamingTheClauseWritesNothingAndExitsOne()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-gen-").FullName;
        var library = Path.Combine(folder, "clause-library");
        foreach (var file in Directory.EnumerateFiles(Cli.Library, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(library, Path.GetRelativePath(Cli.Library, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        // An entity for a control character: the linter refuses it; generate must not turn it into a broken file.
        File.AppendAllText(Path.Combine(library, "clauses", "definitions", "1.0.0.md"), "\nPayment is made in &#8; arrears.\n");
        var target = Path.Combine(folder, "out.docx");

        var (exit, _, error) = Cli.Run("generate", Cli.ExampleWithRelease("frailty-alliance", "2026.1"), "-o", target, "--library", library, "--templates", Path.Combine(Cli.Root, "templates"));

        Assert.Equal(1, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("clauses/definitions/1.0.0.md: unreadable-document: ", line, StringComparison.Ordinal);
        Assert.Contains("definitions@1.0.0", line, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(folder, "out.docx*"));
    }

    [Fact]
    public void Generate_WithoutOutput_IsAUsageError()
    {
        var (exit, _, error) = Cli.Run("generate", Cli.Example("frailty-alliance"));

        Assert.NotEqual(0, exit);
        Assert.Contains("--output", error, StringComparison.Ordinal);
    }
}
