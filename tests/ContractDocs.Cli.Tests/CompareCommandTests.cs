namespace ContractDocs.Cli.Tests;

/// <summary><c>contractdocs compare FROM TO</c> against the repository's releases.</summary>
public sealed class CompareCommandTests
{
    [Fact]
    public void Compare_2026Point1With2026Point2_ListsExactlyTheReleaseDifferences()
    {
        var (exit, output, error) = Cli.Run("compare", "2026.1", "2026.2", "--library", Cli.Library);

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\s+", " ").Trim()).ToList();
        Assert.Equal(
            [
                "2026.1 -> 2026.2: 2 added, 3 changed, 1 retired or removed",
                "added clause activity-based-payment 1.0.0",
                "added clause carers-breaks 1.0.0",
                "changed clause outcomes-framework 1.0.0 -> 1.1.0",
                "changed clause payment-at-risk 1.0.0 -> 1.1.0",
                "retired clause payment-by-results 1.0.0",
                "changed clause provider-selection-regime 1.0.0 -> 1.1.0",
            ],
            lines);
    }

    [Fact]
    public void Compare_WithLines_PrintsTheRemovedAndAddedLinesOfEachChangedText()
    {
        var (exit, output, _) = Cli.Run("compare", "2026.1", "2026.2", "--library", Cli.Library, "--lines");

        Assert.Equal(0, exit);
        Assert.Contains("    - Before any Indicator is first measured, the Parties shall agree and attach", output, StringComparison.Ordinal);
        Assert.Contains("    + Before any Indicator is first measured, the Parties shall attach", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ToTheNewRelease_ListsSchedulesAndLayoutsToo()
    {
        var (exit, output, _) = Cli.Run("compare", "2026.2", "2026.3", "--library", Cli.Library);

        Assert.Equal(0, exit);
        Assert.Matches(@"(?m)^added\s+schedule\s+payment-schedule\s+1\.0\.0$", output);
        Assert.Matches(@"(?m)^added\s+layout\s+alliance\s+default -> 1\.0\.0$", output);
        Assert.Matches(@"(?m)^changed\s+clause\s+definitions\s+1\.0\.0 -> 1\.1\.0$", output);
    }

    [Theory]
    [InlineData("--lines")]
    [InlineData("-o")]
    public void Compare_ARelease_WithItself_IsAProblemNotAnEmptyAnswer(string option)
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("contractdocs-redline-").FullName, "same.docx");
        string[] args = option == "-o" ? ["compare", "2026.1", "2026.1", "--library", Cli.Library, "-o", target] : ["compare", "2026.1", "2026.1", "--library", Cli.Library, option];

        var (exit, output, error) = Cli.Run(args);

        Assert.Equal((1, string.Empty), (exit, output));
        Assert.Contains("same-release: 2026.1 and 2026.1 are the same release: nothing to compare.", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Theory]
    [InlineData("2026.1", "2026.2", null)]
    [InlineData("2026.2", "2026.3", null)]
    [InlineData("2026.1", "2026.3", "frailty-alliance")]
    public void Compare_WithOutput_WritesAValidRedlineWithTrackedChanges(string from, string to, string? example)
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-redline-").FullName;
        var target = Path.Combine(folder, "redline.docx");
        var args = new List<string> { "compare", from, to, "--library", Cli.Library, "-o", target };
        if (example is not null)
        {
            var selection = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Cli.Library, "examples", example + ".json")))!;
            selection["release"] = "2019.1";
            File.WriteAllText(Path.Combine(folder, "selection.json"), selection.ToJsonString());
            args.AddRange(["--selection", Path.Combine(folder, "selection.json")]);
        }

        var (exit, output, error) = Cli.Run([.. args]);

        Assert.True(exit == 0, error);
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(from)} -> {System.Text.RegularExpressions.Regex.Escape(to)}: [1-9][0-9]* tracked changes", output);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(target, false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).ToList();
        Assert.Empty(errors.Select(e => e.Description));
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.NotEmpty(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>());
        Assert.NotEmpty(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.DeletedText>());
        Assert.All(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>(), i => Assert.Equal($"Clause library {to}", i.Author?.Value));
    }

    [Fact]
    public void Compare_WithASelectionButNoOutput_SaysTheRedlineIsADocument()
    {
        var (exit, _, error) = Cli.Run("compare", "2026.1", "2026.3", "--library", Cli.Library, "--selection", "x.json");

        Assert.Equal(2, exit);
        Assert.Contains("--selection needs -o FILE.docx", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_UnknownRelease_NamesItAndTheKnownOnesAndExitsOne()
    {
        var (exit, output, error) = Cli.Run("compare", "2019.1", "2026.2", "--library", Cli.Library);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("unknown-release: there is no release '2019.1'. Releases: 2026.1, 2026.2, 2026.3.", error, StringComparison.Ordinal);
    }
}
