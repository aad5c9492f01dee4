using ContractDocs.Storage;

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
    public async Task Writes_LeaveNoTemporaryFilesBehind()
    {
        var address = NewAddress();
        await Store.CreateAsync(address, Content("x"), "text/plain", new Dictionary<string, string>());
        await Store.ReplaceAsync(address, Content("y"), "text/plain", new Dictionary<string, string>(), (await Store.GetAsync(address))!.ETag);

        Assert.Empty(Directory.EnumerateFiles(_root, ".tmp-*", SearchOption.AllDirectories));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
