using System.Collections.Immutable;
using System.Net;
using System.Text.Json;
using ContractDocs.Drafting;
using ContractDocs.Functions.Tests.Support;
using ContractDocs.Storage;
using ContractDocs.Storage.Folder;
using ContractDocs.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ContractDocs.Functions.Tests;

/// <summary>Where each clause version is used: written when a draft is stored and when a signed copy is compared, read
/// by prefix at GET /api/clauses/{id}/{version}/usage and on legal's clause page.</summary>
public abstract class ClauseUsageContract
{
    protected abstract AppFactory App { get; }

    [Fact]
    public async Task Usage_AfterDraftsOnDifferentReleases_ListsExactlyTheContractsContainingEachVersion()
    {
        var drafted = new List<(string Id, ImmutableHashSet<string> Keys)>();
        foreach (var (example, release) in new[] { ("frailty-alliance", "2026.1"), ("frailty-alliance", "2026.2"), ("frailty-alliance", (string?)null), ("lead-provider-ltc", "2026.1") })
        {
            drafted.Add(await DraftAsync(example, release));
        }

        // Versions some of these contracts contain and others do not, and one they all contain.
        var keys = drafted.SelectMany(d => d.Keys).Distinct().Where(k => drafted.Any(d => !d.Keys.Contains(k))).Order(StringComparer.Ordinal).Take(12)
            .Concat(drafted.Select(d => d.Keys).Aggregate((a, b) => a.Intersect(b)).Take(1)).ToList();
        Assert.True(keys.Count > 6, "the releases should differ in some clause versions");
        foreach (var key in keys)
        {
            var listed = (await UsageAsync(key)).Keys.ToHashSet();
            var expected = drafted.Where(d => d.Keys.Contains(key)).Select(d => d.Id).ToHashSet();
            Assert.True(expected.SetEquals(listed.Intersect(drafted.Select(d => d.Id))), $"{key}: expected {string.Join(",", expected)}, listed {string.Join(",", listed)}");
        }
    }

    [Fact]
    public async Task Usage_OfASignedCopy_NamesTheSignedCopyButNotForAClauseItRemoved()
    {
        var (id, keys) = await DraftAsync("frailty-alliance", null);
        using var record = JsonDocument.Parse(await Legal().GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative)));
        var draftId = record.RootElement.GetProperty("documents")[0].GetProperty("id").GetString()!;
        var draft = await Legal().GetByteArrayAsync(new Uri($"/api/contracts/{id}/documents/{draftId}", UriKind.Relative));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new SignedCopies().Delete("Decision Rule").Apply(draft)), "file", "signed.docx" } };
        var filed = await App.As("pat", "procurement").PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var signedId = JsonDocument.Parse(await filed.Content.ReadAsStringAsync()).RootElement.GetProperty("documentId").GetString()!;
        var library = App.Services.GetRequiredService<ContractDocs.Library.ClauseLibrary>();
        string Titled(string title) => keys.Single(k => ContractDocs.Comparing.DraftSections.Find(library, k)?.Title == title);
        var charter = Titled("Alliance Charter");
        var rule = Titled("Decision Rule");

        // The comparison may arrive after the filing: wait for it (the usage entries follow it).
        for (var i = 0; i < 20 && !(await UsageAsync(charter)).GetValueOrDefault(id, []).Contains(signedId); i++)
        {
            await Legal().GetAsync(new Uri($"/api/contracts/{id}/documents/{signedId}/comparison", UriKind.Relative));
        }

        Assert.Equal([draftId, signedId], (await UsageAsync(charter))[id].Order(StringComparer.Ordinal));
        Assert.Equal([draftId], (await UsageAsync(rule))[id]);
        var page = await Legal().GetStringAsync(new Uri($"/library/clauses/{charter.Replace('@', '/')}", UriKind.Relative));
        Assert.Contains($"signed copy {signedId}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_ForACommissioner_Is403_AndForAnUnknownVersion_Is404()
    {
        var commissioner = await App.As("cara", "commissioner").GetAsync(new Uri("/api/clauses/alliance-charter/1.0.0/usage", UriKind.Relative));
        var unknown = await Legal().GetAsync(new Uri("/api/clauses/alliance-charter/9.9.9/usage", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, commissioner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    protected HttpClient Legal() => App.As("lena", "legal");

    /// <summary>Contract id to the ids of its documents that contain the version, over every page.</summary>
    protected async Task<Dictionary<string, List<string>>> UsageAsync(string key)
    {
        var found = new Dictionary<string, List<string>>();
        string? continuation = null;
        do
        {
            var query = continuation is null ? "?pageSize=7" : $"?pageSize=7&continuation={Uri.EscapeDataString(continuation)}";
            var response = await Legal().GetAsync(new Uri($"/api/clauses/{key.Replace('@', '/')}/usage{query}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            foreach (var item in page.RootElement.GetProperty("items").EnumerateArray())
            {
                var list = found.TryGetValue(item.GetProperty("contractId").GetString()!, out var l) ? l : found[item.GetProperty("contractId").GetString()!] = [];
                list.AddRange(item.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()!));
            }

            continuation = page.RootElement.TryGetProperty("continuation", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (continuation is not null);
        return found;
    }

    private async Task<(string Id, ImmutableHashSet<string> Keys)> DraftAsync(string example, string? release)
    {
        var created = await App.As("cara", "commissioner").PostAsync(new Uri("/api/contracts", UriKind.Relative),
            AppFactory.Json(release is null ? AppFactory.Example(example) : AppFactory.Example(example, release)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("contractId").GetString()!,
            body.RootElement.GetProperty("clauses").EnumerateArray().Select(c => $"{c.GetProperty("id").GetString()}@{c.GetProperty("version").GetString()}").ToImmutableHashSet());
    }
}

public sealed class ClauseUsageOnFolderStoreTests : ClauseUsageContract, IClassFixture<AppFactory>
{
    public ClauseUsageOnFolderStoreTests(AppFactory app) => App = app;

    protected override AppFactory App { get; }
}

public sealed class ClauseUsageOnAzuriteTests : ClauseUsageContract, IClassFixture<AzuriteApp>
{
    public ClauseUsageOnAzuriteTests(AzuriteApp app) => App = app.App;

    protected override AppFactory App { get; }
}

/// <summary>A failure writing the usage index loses nothing: the draft is stored and recorded, and the index is
/// rebuilt from what is stored.</summary>
public sealed class ClauseUsageFaultTests
{
    [Fact]
    public async Task UsageIndexWriteFails_TheDraftIsKept_AndTheRebuildRestoresTheIndex()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-usage-fault-").FullName;
        var store = new UsageFailingStore(new FolderDocumentStore(folder));
        using var app = new AppFactory { StoreFolder = folder, ReplaceServices = s => s.AddSingleton<IDocumentStore>(store) };
        var created = await app.As("cara", "commissioner").PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("lead-provider-ltc")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, created.StatusCode);
        using var problem = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal("saved-incomplete", problem.RootElement.GetProperty("code").GetString());
        var id = problem.RootElement.GetProperty("contractId").GetString()!;
        var legal = app.As("lena", "legal");
        using var record = JsonDocument.Parse(await legal.GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative)));
        var draft = record.RootElement.GetProperty("documents")[0].GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await legal.GetAsync(new Uri($"/api/contracts/{id}/documents/{draft}", UriKind.Relative))).StatusCode);
        Assert.Empty(store.Inner.ListAsync(ClauseUsageIndex.Container, string.Empty).ToBlockingEnumerable());

        store.Failing = false;
        var (contracts, documents) = await new UsageRebuilder(app.Services.GetRequiredService<ContractArchive>(), app.Services.GetRequiredService<SignedCopyCheck>()).RebuildAsync(CancellationToken.None);

        Assert.Equal((1, 1), (contracts, documents));
        var key = record.RootElement.GetProperty("documents")[0].GetProperty("id").GetString();
        using var usage = JsonDocument.Parse(await legal.GetStringAsync(new Uri("/api/clauses/definitions/" + DefinitionsVersion(app) + "/usage", UriKind.Relative)));
        Assert.Equal(id, Assert.Single(usage.RootElement.GetProperty("items").EnumerateArray()).GetProperty("contractId").GetString());
        Assert.Equal(key, usage.RootElement.GetProperty("items")[0].GetProperty("documents")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("repeat")]
    [InlineData("rebuild")]
    public async Task MoveIndexWritesFail_TheNewDraftIsKept_AndARepeatOrTheRebuildListsItOnItsRelease(string repair)
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-move-fault-").FullName;
        var store = new UsageFailingStore(new FolderDocumentStore(folder)) { Failing = false };
        using var app = new AppFactory { StoreFolder = folder, ReplaceServices = s => s.AddSingleton<IDocumentStore>(store) };
        var client = app.As("cara", "commissioner");
        var created = await client.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("frailty-alliance", "2026.1")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString()!;
        HttpRequestMessage Move() => new(HttpMethod.Post, new Uri($"/api/contracts/{id}/moves/2026.3", UriKind.Relative)) { Headers = { { "Idempotency-Key", "fault" } } };
        async Task<string?> ListedRelease() => JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/contracts", UriKind.Relative))).RootElement
            .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id).GetProperty("release").GetString();

        store.Failing = true;
        using var failed = await client.SendAsync(Move());
        store.Failing = false;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        using (var problem = JsonDocument.Parse(await failed.Content.ReadAsStringAsync()))
        {
            Assert.Equal("saved-incomplete", problem.RootElement.GetProperty("code").GetString());
        }

        var record = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative))).RootElement;
        var moved = record.GetProperty("documents")[1];
        Assert.Equal("2026.3", moved.GetProperty("release").GetString());
        Assert.Equal("2026.1", await ListedRelease());

        if (repair == "repeat")
        {
            using var again = await client.SendAsync(Move());
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        }
        else
        {
            var (contracts, documents) = await new UsageRebuilder(app.Services.GetRequiredService<ContractArchive>(), app.Services.GetRequiredService<SignedCopyCheck>()).RebuildAsync(CancellationToken.None);
            Assert.Equal((1, 2), (contracts, documents));
        }

        Assert.Equal("2026.3", await ListedRelease());
        using var usage = JsonDocument.Parse(await app.As("lena", "legal").GetStringAsync(new Uri("/api/clauses/alliance-charter/1.0.1/usage", UriKind.Relative)));
        var document = Assert.Single(Assert.Single(usage.RootElement.GetProperty("items").EnumerateArray()).GetProperty("documents").EnumerateArray());
        Assert.Equal(moved.GetProperty("id").GetString(), document.GetProperty("id").GetString());
        Assert.Equal("2026.3", document.GetProperty("release").GetString());
    }

    private static string DefinitionsVersion(AppFactory app)
    {
        var library = app.Services.GetRequiredService<ContractDocs.Library.ClauseLibrary>();
        return library.Pinned(library.FindRelease("2026.3")!).Single(c => c.Id == "definitions").Version.ToString();
    }

    /// <summary>A real folder store whose writes to the usage container and of the listing's move markers fail, before
    /// anything is written, while <see cref="Failing"/> is set.</summary>
    private sealed class UsageFailingStore(IDocumentStore inner) : IDocumentStore
    {
        public IDocumentStore Inner { get; } = inner;

        public volatile bool Failing = true;

        public Task<StoredDocument> CreateAsync(DocumentAddress address, Stream content, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default) =>
            Failing && (address.Container == ClauseUsageIndex.Container || (address.Container == ContractIndex.Container && address.Name.Contains("/m-", StringComparison.Ordinal)))
                ? throw new StorageUnavailableException("usage index down", WriteOutcome.NothingWritten, new IOException("down"))
                : Inner.CreateAsync(address, content, contentType, metadata, cancellationToken);

        public Task<StoredDocument?> GetAsync(DocumentAddress address, CancellationToken cancellationToken = default) => Inner.GetAsync(address, cancellationToken);

        public Task<Stream?> OpenReadAsync(DocumentAddress address, CancellationToken cancellationToken = default) => Inner.OpenReadAsync(address, cancellationToken);

        public IAsyncEnumerable<StoredDocument> ListAsync(string container, string prefix, CancellationToken cancellationToken = default) => Inner.ListAsync(container, prefix, cancellationToken);

        public Task<DocumentPage> ListPageAsync(string container, string prefix, string? continuation, int maxItems, CancellationToken cancellationToken = default) => Inner.ListPageAsync(container, prefix, continuation, maxItems, cancellationToken);

        public Task<Uri?> GetReadLinkAsync(DocumentAddress address, TimeSpan lifetime, CancellationToken cancellationToken = default) => Inner.GetReadLinkAsync(address, lifetime, cancellationToken);
    }
}
