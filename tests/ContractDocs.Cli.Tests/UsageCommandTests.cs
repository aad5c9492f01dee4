using ContractDocs.Drafting;
using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Selection;
using ContractDocs.Storage;
using ContractDocs.Storage.Folder;
using ContractDocs.Templating;

namespace ContractDocs.Cli.Tests;

public sealed class UsageCommandTests
{
    [Fact]
    public async Task UsageRebuild_AfterTheIndexIsLost_WritesItAgainFromTheStoredDraft()
    {
        var store = Directory.CreateTempSubdirectory("contractdocs-usage-cli-").FullName;
        var library = LibraryLoader.Load(Cli.Library).Library;
        var templating = new ContractTemplating();
        var renderer = new ContractRenderer(library, TemplateSet.Load(Path.Combine(Cli.Root, "templates"), templating), templating);
        var drafter = new ContractDrafter(new Resolver(library), renderer, new ContractArchive(new FolderDocumentStore(store), TimeProvider.System));
        var drafted = Assert.IsType<DraftOutcome.Drafted>(await drafter.DraftAsync(await File.ReadAllBytesAsync(Cli.Example("lead-provider-ltc")), new Author("oid-ula", "Ula"), null, CancellationToken.None));
        var record = drafted.Record;
        var entries = Directory.EnumerateFiles(Path.Combine(store, ClauseUsageIndex.Container), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(store, f)).Order(StringComparer.Ordinal).ToList();
        Directory.Delete(Path.Combine(store, ClauseUsageIndex.Container), recursive: true);

        var (exit, output, error) = Cli.Run("usage-rebuild", "--library", Cli.Library, "--store-folder", store);

        Assert.True(exit == 0, error);
        Assert.Equal("clause usage rebuilt: 1 contracts, 1 documents", output.Trim());
        Assert.Equal(drafted.Plan.Clauses.Length, entries.Count);
        Assert.Equal(entries, Directory.EnumerateFiles(Path.Combine(store, ClauseUsageIndex.Container), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(store, f)).Order(StringComparer.Ordinal));
        Assert.Contains(Path.Combine("usage", "definitions", library.Pinned(library.FindRelease(record.Release)!).Single(c => c.Id == "definitions").Version.ToString(), record.Id[2..4], record.Id, record.Documents[0].Id), entries);
    }

    [Fact]
    public void UsageRebuild_WithoutAStore_ExitsTwo()
    {
        var (exit, _, error) = Cli.Run("usage-rebuild", "--library", Cli.Library);

        Assert.Equal(2, exit);
        Assert.Contains("--store-folder", error, StringComparison.Ordinal);
    }
}
