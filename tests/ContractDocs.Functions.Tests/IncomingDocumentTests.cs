using System.Text;
using System.Text.Json;
using ContractDocs.Functions.Tests.Support;
using ContractDocs.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ContractDocs.Functions.Tests;

/// <summary>The blob-trigger function driven the way the Functions host drives a custom handler.</summary>
public sealed class IncomingDocumentTests
{
    [Fact]
    public async Task HostInvocation_GoodDocument_IsFiledOnce_EvenWhenTheHostRetries()
    {
        using var app = new AppFactory();
        var contractId = await CreateContractAsync(app);
        await PutIncomingAsync(app, $"{contractId}/signed.pdf", Pdf("%%EOF"));

        var first = await InvokeAsync(app, contractId, "signed.pdf");
        var retry = await InvokeAsync(app, contractId, "signed.pdf");

        Assert.Equal("filed", first.GetProperty("ReturnValue").GetString());
        Assert.Equal(JsonValueKind.Object, first.GetProperty("Outputs").ValueKind);
        Assert.Contains(first.GetProperty("Logs").EnumerateArray(), l => l.GetString()!.Contains("Filed", StringComparison.Ordinal));
        Assert.Equal("filed", retry.GetProperty("ReturnValue").GetString());
        var record = (await app.Services.GetRequiredService<Engine>().Archive.GetAsync(contractId, CancellationToken.None))!;
        Assert.Single(record.Documents, d => d.Kind == ContractDocumentEntry.Executed);
        Assert.Equal("executed", record.Status);
    }

    [Fact]
    public async Task HostInvocation_HostileDocument_GoesToRejectedWithTheReason()
    {
        using var app = new AppFactory();
        var contractId = await CreateContractAsync(app);
        await PutIncomingAsync(app, $"{contractId}/evil.pdf", Pdf("/OpenAction << /S /Launch /F (calc.exe) >>"));

        var reply = await InvokeAsync(app, contractId, "evil.pdf");

        Assert.Equal("rejected", reply.GetProperty("ReturnValue").GetString());
        var store = app.Services.GetRequiredService<Engine>().Store;
        var rejected = new List<StoredDocument>();
        await foreach (var document in store.ListAsync("rejected", contractId + "/"))
        {
            rejected.Add(document);
        }

        var only = Assert.Single(rejected);
        Assert.StartsWith("pdf-active-content", only.Metadata["reason"], StringComparison.Ordinal);
        Assert.DoesNotContain((await app.Services.GetRequiredService<Engine>().Archive.GetAsync(contractId, CancellationToken.None))!.Documents, d => d.Kind == ContractDocumentEntry.Executed);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"Metadata\": {\"BlobTrigger\": 42, \"contractId\": {\"x\": 1}, \"name\": true}}")]
    [InlineData("{\"Metadata\": \"incoming/c-00000000000000000000/x.pdf\"}")]
    public async Task HostInvocation_ThatIsNotAnInvocation_IsIgnoredInTheReply_NotA500(string body)
    {
        using var app = new AppFactory();

        var response = await app.CreateClient().PostAsync(new Uri("/IncomingDocument", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        response.EnsureSuccessStatusCode();
        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ignored", reply.RootElement.GetProperty("ReturnValue").GetString());
        Assert.NotEmpty(reply.RootElement.GetProperty("Logs").EnumerateArray());
    }

    private static async Task<string> CreateContractAsync(AppFactory app)
    {
        var created = await app.As("ann", "commissioner").PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("outcomes-based-reablement")));
        return JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString()!;
    }

    private static Task<StoredDocument> PutIncomingAsync(AppFactory app, string name, byte[] content) =>
        app.Services.GetRequiredService<Engine>().Store.CreateAsync(new DocumentAddress("incoming", name), new MemoryStream(content), "application/octet-stream", new Dictionary<string, string>());

    /// <summary>A payload shaped as the host sends it for a blob trigger (binding data plus trigger metadata).</summary>
    private static async Task<JsonElement> InvokeAsync(AppFactory app, string contractId, string name)
    {
        var payload = $$"""
        {
          "Data": { "document": "{{Convert.ToBase64String(Encoding.ASCII.GetBytes("(content)"))}}" },
          "Metadata": {
            "contractId": "{{contractId}}",
            "name": "{{name}}",
            "BlobTrigger": "incoming/{{contractId}}/{{name}}",
            "Uri": "http://127.0.0.1:10000/devstoreaccount1/incoming/{{contractId}}/{{name}}",
            "Properties": { "ContentType": "application/octet-stream", "Length": 512 },
            "Metadata": {},
            "sys": { "MethodName": "IncomingDocument", "UtcNow": "2026-11-23T11:40:00.000Z", "RandGuid": "1b3c0b2e-7f6e-4a56-9a55-1f0b0e3f2a11" }
          }
        }
        """;
        var response = await app.CreateClient().PostAsync(new Uri("/IncomingDocument", UriKind.Relative), AppFactory.Json(payload));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static byte[] Pdf(string extra) => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R " + (extra.StartsWith('/') ? extra : string.Empty) + " >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Size 3 /Root 1 0 R >>\n%%EOF\n");
}
