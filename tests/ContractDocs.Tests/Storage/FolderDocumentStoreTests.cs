using ContractDocs.Storage;
using ContractDocs.Storage.Folder;

namespace ContractDocs.Tests.Storage;

public sealed class FolderDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("contractdocs-store-").FullName;

    public FolderDocumentStoreTests() => Store = new FolderDocumentStore(_root);

    protected override IDocumentStore Store { get; }

    [Fact]
    public async Task ReadLink_IsNotIssued_TheAppStreamsInstead()
    {
        var address = NewAddress();
        await Store.CreateAsync(address, Content("x"), "text/plain", new Dictionary<string, string>());

        Assert.Null(await Store.GetReadLinkAsync(address, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task Writes_LeaveNoTemporaryFilesBehind_AlsoWhenRefused()
    {
        var address = NewAddress();
        await Store.CreateAsync(address, Content("x"), "text/plain", new Dictionary<string, string>());
        await Assert.ThrowsAsync<DocumentExistsException>(() => Store.CreateAsync(address, Content("y"), "text/plain", new Dictionary<string, string>()));

        Assert.Empty(Directory.EnumerateFiles(_root, ".tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Create_RacingWritersInTwoProcessesSharingTheFolder_ExactlyOneWins()
    {
        // Two store instances on one folder share nothing in memory, as two processes would.
        var other = new FolderDocumentStore(_root);
        var address = NewAddress();

        for (var round = 0; round < 20; round++)
        {
            var name = new DocumentAddress(address.Container, $"round-{round}");
            var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
            {
                try
                {
                    await (i % 2 == 0 ? Store : other).CreateAsync(name, Content($"writer {i}"), "text/plain", new Dictionary<string, string>());
                    return true;
                }
                catch (DocumentExistsException)
                {
                    return false;
                }
            })));

            Assert.Equal(1, results.Count(r => r));
        }
    }

    [Fact]
    public void Open_AFolderInTheOlderLayout_IsRefusedWithWhatToDo()
    {
        var old = Directory.CreateTempSubdirectory("contractdocs-old-store-").FullName;
        Directory.CreateDirectory(Path.Combine(old, "contracts"));
        File.WriteAllText(Path.Combine(old, "contracts", "c.json"), "{}");
        File.WriteAllText(Path.Combine(old, "contracts", "c.json.meta.json"), "{}");

        var refused = Assert.Throws<InvalidOperationException>(() => new FolderDocumentStore(old));

        Assert.Contains("older ContractDocs", refused.Message, StringComparison.Ordinal);
        Directory.Delete(old, recursive: true);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
