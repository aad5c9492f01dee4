using System.Net;
using System.Text.Json;
using ContractDocs.Functions.Tests.Support;
using ContractDocs.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>A signed copy filed through the API is compared with its draft: stored beside the contract, in its audit,
/// on procurement's page and at GET …/comparison; against the folder store and against Azurite.</summary>
public abstract class SignedCopyContract
{
    protected abstract AppFactory App { get; }

    [Fact]
    public async Task FilingACopyWithThreeEditedClausesAndOneDeleted_ReportsExactlyThoseFour_InTheApiTheAuditAndThePage()
    {
        var (id, draft) = await DraftAsync("frailty-alliance");
        var signed = new SignedCopies()
            .Edit("Alliance Charter", "The Alliance Charter is replaced by the side letter")
            .Edit("Decision Rule", "Decisions are made by the Lead Commissioner alone")
            .Edit("Conflicts Register", "No register is kept")
            .Delete("Alliance Leadership Team")
            .Apply(draft);

        var documentId = await FileAsync(id, signed);
        using var comparison = await ComparisonAsync(id, documentId);

        var root = comparison.RootElement;
        Assert.Equal("compared", root.GetProperty("result").GetString());
        var deviations = root.GetProperty("sections").EnumerateArray().Where(s => s.GetProperty("deviation").GetBoolean())
            .Select(s => (s.GetProperty("heading").GetString()!, s.GetProperty("outcome").GetString()!)).Order().ToList();
        Assert.Equal([("Alliance Charter", "changed"), ("Alliance Leadership Team", "removed"), ("Conflicts Register", "changed"), ("Decision Rule", "changed")], deviations);

        var audit = await Procurement().GetStringAsync(new Uri($"/api/contracts/{id}/audit", UriKind.Relative));
        using var events = JsonDocument.Parse(audit);
        var compare = Assert.Single(events.RootElement.EnumerateArray(), e => e.GetProperty("action").GetString() == "compare");
        Assert.Equal(4, compare.GetProperty("clauses").GetArrayLength());
        Assert.Contains("3 changed, 0 added, 1 removed", compare.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var page = await Procurement().GetStringAsync(new Uri($"/procurement/{id}", UriKind.Relative));
        Assert.Contains("Departures from the approved library text", page, StringComparison.Ordinal);
        Assert.Matches("<ins>[^<]*side letter</ins>", page);
    }

    [Fact]
    public async Task FilingTheDraftsOwnBytes_IsRefusedAsTheUnsignedDraft_AndNothingIsFiled()
    {
        // Byte for byte the draft is not a signed copy: filing refuses it (issue 16) before any comparison is made.
        var (id, draft) = await DraftAsync("lead-provider-ltc");

        using var form = new MultipartFormDataContent { { new ByteArrayContent(draft), "file", "signed.docx" } };
        var response = await Procurement().PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), form);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var record = JsonDocument.Parse(await Procurement().GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("unsigned-draft", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(1, record.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task FilingADocumentWithNothingToMap_SaysItWasNotMapped()
    {
        var (id, draft) = await DraftAsync("frailty-alliance");

        var documentId = await FileAsync(id, new SignedCopies().Scramble().Apply(draft));
        using var comparison = await ComparisonAsync(id, documentId);

        Assert.Equal("not-mapped", comparison.RootElement.GetProperty("result").GetString());
        Assert.Equal(0, comparison.RootElement.GetProperty("sections").GetArrayLength());
    }

    [Fact]
    public async Task Comparison_OfADraftOrAnUnknownDocument_Is404()
    {
        var (id, _) = await DraftAsync("lead-provider-ltc");
        using var record = JsonDocument.Parse(await Procurement().GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative)));
        var draftId = record.RootElement.GetProperty("documents")[0].GetProperty("id").GetString();

        var response = await Procurement().GetAsync(new Uri($"/api/contracts/{id}/documents/{draftId}/comparison", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unknown-signed-copy", problem.RootElement.GetProperty("code").GetString());
    }

    protected HttpClient Procurement() => App.As("pat", "procurement");

    protected async Task<(string Id, byte[] Draft)> DraftAsync(string example, string? release = null)
    {
        var created = await App.As("cara", "commissioner").PostAsync(new Uri("/api/contracts", UriKind.Relative),
            AppFactory.Json(release is null ? AppFactory.Example(example) : AppFactory.Example(example, release)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("contractId").GetString()!;
        var documentId = body.RootElement.GetProperty("documentId").GetString()!;
        var draft = await Procurement().GetByteArrayAsync(new Uri($"/api/contracts/{id}/documents/{documentId}", UriKind.Relative));
        return (id, draft);
    }

    protected async Task<string> FileAsync(string id, byte[] signed)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(signed), "file", "signed.docx" } };
        var response = await Procurement().PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("documentId").GetString()!;
    }

    /// <summary>GET …/comparison until it is ready (202 while it is being made), for at most a minute.</summary>
    protected async Task<JsonDocument> ComparisonAsync(string id, string documentId)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await Procurement().GetAsync(new Uri($"/api/contracts/{id}/documents/{documentId}/comparison", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            }

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.True(attempt < 20, "The comparison did not arrive within a minute.");
        }
    }
}

public sealed class SignedCopyOnFolderStoreTests : SignedCopyContract, IClassFixture<AppFactory>
{
    public SignedCopyOnFolderStoreTests(AppFactory app) => App = app;

    protected override AppFactory App { get; }
}

public sealed class SignedCopyOnAzuriteTests : SignedCopyContract, IClassFixture<AzuriteApp>
{
    public SignedCopyOnAzuriteTests(AzuriteApp app) => App = app.App;

    protected override AppFactory App { get; }
}

/// <summary>A signed copy whose draft is not in storage (deleted, or lost to a restore) cannot be compared: the API says
/// so (409, naming the draft) and procurement's page says so, instead of "being made" for ever.</summary>
public sealed class SignedCopyWithoutItsDraftTests
{
    [Fact]
    public async Task DraftBytesMissing_ComparisonIsImpossible_NamingTheDraft_OnTheApiAndThePage()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-missing-draft-").FullName;
        using var app = new AppFactory { StoreFolder = folder };
        var created = await app.As("cara", "commissioner").PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("frailty-alliance")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("contractId").GetString()!;
        var draftId = body.RootElement.GetProperty("documentId").GetString()!;
        var procurement = app.As("pat", "procurement");
        var draft = await procurement.GetByteArrayAsync(new Uri($"/api/contracts/{id}/documents/{draftId}", UriKind.Relative));
        var stored = Directory.EnumerateFiles(Path.Combine(folder, "contracts", id, "documents")).ToList();
        File.Delete(Assert.Single(stored));

        using var form = new MultipartFormDataContent { { new ByteArrayContent(new SignedCopies().Delete("Decision Rule").Apply(draft)), "file", "signed.docx" } };
        var filed = await procurement.PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        using var filing = JsonDocument.Parse(await filed.Content.ReadAsStringAsync());
        var signedId = filing.RootElement.GetProperty("documentId").GetString()!;

        using var response = await procurement.GetAsync(new Uri($"/api/contracts/{id}/documents/{signedId}/comparison", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("comparison-impossible", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains($"the draft it is compared with ({draftId}) is not in storage", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await procurement.GetStringAsync(new Uri($"/procurement/{id}", UriKind.Relative)));
        Assert.Contains("Not compared", page, StringComparison.Ordinal);
        Assert.Contains($"({draftId}) is not in storage", page, StringComparison.Ordinal);
        Assert.DoesNotContain(ContractDocs.Comparing.ComparisonWording.Pending, page, StringComparison.Ordinal);
    }
}
