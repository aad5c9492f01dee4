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
    [InlineData("2026.1", "2026.1", "2026.1 -> 2026.1: no differences.")]
    public void Compare_ARelease_WithItself_SaysSo(string from, string to, string expected)
    {
        var (exit, output, _) = Cli.Run("compare", from, to, "--library", Cli.Library);

        Assert.Equal((0, expected), (exit, output.Trim()));
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
