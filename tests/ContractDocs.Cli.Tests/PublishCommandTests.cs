namespace ContractDocs.Cli.Tests;

public sealed class PublishCommandTests
{
    [Fact]
    public void Publish_ToAFolderStore_WorksOnce_ThenRefusesTheSameId()
    {
        var store = Directory.CreateTempSubdirectory("contractdocs-publish-").FullName;

        var first = Cli.Run("publish", "2026.1", "--library", Cli.Library, "--store-folder", store);
        var manifest = Path.Combine(store, "releases", "2026.1", "manifest.json");
        var written = File.ReadAllText(manifest);
        var second = Cli.Run("publish", "2026.1", "--library", Cli.Library, "--store-folder", store);

        Assert.True(first.Exit == 0, first.Error);
        Assert.Matches(@"^published release 2026\.1: \d+ files", first.Output);
        Assert.Equal(1, second.Exit);
        Assert.Contains("already published", second.Error, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(manifest));
        Assert.True(File.Exists(Path.Combine(store, "releases", "2026.1", "clauses", "definitions", "1.0.0.md")));
    }

    [Fact]
    public void Publish_UnknownRelease_ExitsOne()
    {
        var (exit, _, error) = Cli.Run("publish", "2030.1", "--library", Cli.Library, "--store-folder", Directory.CreateTempSubdirectory("contractdocs-publish-").FullName);

        Assert.Equal(1, exit);
        Assert.Contains("2030.1", error, StringComparison.Ordinal);
    }
}
