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
    public async Task Create_ReturnsTheETagAndLengthThatGetReports_DistinctForDistinctContent()
    {
        var container = NewAddress().Container;

        var a = await Store.CreateAsync(new DocumentAddress(container, "a"), Content("same"), "text/plain", NoMetadata);
        var c = await Store.CreateAsync(new DocumentAddress(container, "c"), Content("other"), "text/plain", NoMetadata);

        Assert.NotEqual(string.Empty, a.ETag);
        Assert.NotEqual(a.ETag, c.ETag);
        var read = (await Store.GetAsync(a.Address))!;
        Assert.Equal(a.ETag, read.ETag);
        Assert.Equal(4, read.Length);
    }

    [Fact]
    public async Task Create_WhileBeingRead_IsSeenWholeOrNotAtAll()
    {
        var address = NewAddress();
        var content = new string('x', 2_000_000);
        var reads = new List<string?>();

        var writer = Store.CreateAsync(address, Content(content), "text/plain", NoMetadata);
        while (!writer.IsCompleted)
        {
            await using var stream = await Store.OpenReadAsync(address);
            reads.Add(stream is null ? null : await new StreamReader(stream).ReadToEndAsync());
        }

        await writer;
        await using var final = (await Store.OpenReadAsync(address))!;
        reads.Add(await new StreamReader(final).ReadToEndAsync());
        Assert.All(reads, r => Assert.True(r is null || r == content, $"a read saw {r?.Length} characters"));
        Assert.Equal(content, reads[^1]);
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
    [InlineData("w/place/", new[] { "w/place/c1/e", "w/place/c2/e" })]
    [InlineData("w/place", new[] { "w/place/c1/e", "w/place/c2/e", "w/placed/c3/e" })]
    [InlineData("w/place/c1", new[] { "w/place/c1/e" })]
    [InlineData("w/pl", new[] { "w/place/c1/e", "w/place/c2/e", "w/placed/c3/e", "w/plan/c4/e" })]
    [InlineData("w/none/", new string[0])]
    [InlineData("w//place/", new string[0])]
    [InlineData("x/", new[] { "x/place/c5/e" })]
    public async Task ListPage_ByADeepPrefix_ReturnsExactlyTheNamesThatStartWithIt(string prefix, string[] expected)
    {
        // A deep prefix (one word's entries, one contract's entries) is read where it lies, and means what a blob
        // prefix means: the start of a name, not of a folder.
        var container = NewAddress().Container;
        foreach (var name in new[] { "w/plan/c4/e", "w/placed/c3/e", "w/place/c2/e", "w/place/c1/e", "w/p", "x/place/c5/e" })
        {
            await Store.CreateAsync(new DocumentAddress(container, name), Content(name), "text/plain", NoMetadata);
        }

        var page = await Store.ListPageAsync(container, prefix, null, 50);

        Assert.Equal(expected, page.Items.Select(d => d.Address.Name));
        Assert.Null(page.Continuation);
    }

    [Fact]
    public async Task ListPage_WalksEveryNameOnceInOrder_AndEndsWithNoToken()
    {
        var container = NewAddress().Container;
        var names = new[] { "p/01/a", "p/01/b", "p/02/a", "p/1", "p/10/x/y", "p/2", "p-/a", "q/a" };
        foreach (var name in names.Reverse())
        {
            await Store.CreateAsync(new DocumentAddress(container, name), Content(name), "text/plain", new Dictionary<string, string> { ["n"] = name.Replace('/', '_') });
        }

        var seen = new List<string>();
        var pages = 0;
        string? token = null;
        do
        {
            var page = await Store.ListPageAsync(container, "p/", token, 3);
            Assert.InRange(page.Items.Length, 1, 3);
            Assert.All(page.Items, d => Assert.Equal(d.Address.Name.Replace('/', '_'), d.Metadata["n"]));
            seen.AddRange(page.Items.Select(d => d.Address.Name));
            token = page.Continuation;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(["p/01/a", "p/01/b", "p/02/a", "p/1", "p/10/x/y", "p/2"], seen);
        Assert.Null(token);
        Assert.Empty((await Store.ListPageAsync(container, "none/", null, 3)).Items);
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
