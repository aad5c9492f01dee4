using System.Text;
using ContractDocs.Storage;

namespace ContractDocs.Tests.Storage;

/// <summary>The behaviour every <see cref="IDocumentStore"/> must have; run against both implementations.</summary>
public abstract class DocumentStoreContract
{
    private static readonly Dictionary<string, string> NoMetadata = [];

    protected abstract IDocumentStore Store { get; }

    protected static DocumentAddress NewAddress(string name = "contracts/c1/draft.docx") =>
        new("t" + Guid.NewGuid().ToString("N")[..20], name);

    protected static MemoryStream Content(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Create_ThenGet_ReturnsTypeMetadataLengthAndETag()
    {
        var address = NewAddress();

        var created = await Store.CreateAsync(address, Content("hello"), "application/pdf", new Dictionary<string, string> { ["contractid"] = "c1", ["sha256"] = "abc" });

        var read = await Store.GetAsync(address);
        Assert.NotNull(read);
        Assert.Equal(created.ETag, read.ETag);
        Assert.False(string.IsNullOrEmpty(read.ETag));
        Assert.Equal(5, read.Length);
        Assert.Equal("application/pdf", read.ContentType);
        Assert.Equal("c1", read.Metadata["contractid"]);
        await using var stream = (await Store.OpenReadAsync(address))!;
        Assert.Equal("hello", await new StreamReader(stream).ReadToEndAsync());
    }

    [Fact]
    public async Task Create_WhenTheNameExists_IsRefusedAndKeepsTheFirst()
    {
        var address = NewAddress();
        await Store.CreateAsync(address, Content("first"), "text/plain", NoMetadata);

        await Assert.ThrowsAsync<DocumentExistsException>(() => Store.CreateAsync(address, Content("second"), "text/plain", NoMetadata));

        await using var stream = (await Store.OpenReadAsync(address))!;
        Assert.Equal("first", await new StreamReader(stream).ReadToEndAsync());
    }

    [Fact]
    public async Task Create_RacingWriters_ExactlyOneWins()
    {
        var address = NewAddress();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await Store.CreateAsync(address, Content($"writer {i}"), "text/plain", NoMetadata);
                return true;
            }
            catch (DocumentExistsException)
            {
                return false;
            }
        }));

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task Replace_WithTheCurrentETag_Succeeds_WithAStaleOne_IsRefused()
    {
        var address = NewAddress();
        var first = await Store.CreateAsync(address, Content("v1"), "text/plain", NoMetadata);

        var second = await Store.ReplaceAsync(address, Content("v2"), "text/plain", NoMetadata, first.ETag);

        Assert.NotEqual(first.ETag, second.ETag);
        await Assert.ThrowsAsync<DocumentChangedException>(() => Store.ReplaceAsync(address, Content("v3"), "text/plain", NoMetadata, first.ETag));
        await using var stream = (await Store.OpenReadAsync(address))!;
        Assert.Equal("v2", await new StreamReader(stream).ReadToEndAsync());
    }

    [Fact]
    public async Task Missing_GetAndOpenRead_ReturnNull()
    {
        var address = NewAddress();

        Assert.Null(await Store.GetAsync(address));
        Assert.Null(await Store.OpenReadAsync(address));
    }

    [Fact]
    public async Task List_ByPrefix_ReturnsOnlyThoseInNameOrder()
    {
        var container = NewAddress().Container;
        foreach (var name in new[] { "c2/b.docx", "c1/b.docx", "c1/a.pdf", "c10/a.docx" })
        {
            await Store.CreateAsync(new DocumentAddress(container, name), Content(name), "text/plain", NoMetadata);
        }

        var listed = new List<string>();
        await foreach (var document in Store.ListAsync(container, "c1/"))
        {
            listed.Add(document.Address.Name);
        }

        Assert.Equal(["c1/a.pdf", "c1/b.docx"], listed);
    }

    [Theory]
    [InlineData("contracts", "../secrets")]
    [InlineData("contracts", "a/../../b")]
    [InlineData("contracts", "a\\b")]
    [InlineData("contracts", "")]
    [InlineData("Contracts", "a")]
    [InlineData("c", "a")]
    public void Address_UnsafeNames_AreRefused(string container, string name) =>
        Assert.Throws<ArgumentException>(() => new DocumentAddress(container, name));
}
