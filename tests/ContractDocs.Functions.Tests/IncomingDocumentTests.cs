using System.Text;
using System.Text.Json;
using ContractDocs.Functions.Functions;
using ContractDocs.Functions.Tests.Support;
using ContractDocs.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ContractDocs.Functions.Tests;

/// <summary>The blob-trigger function called as the worker calls it: the blob's content, and the contract id and name
/// from its path incoming/{contractId}/{name}.</summary>
public sealed class IncomingDocumentTests : IDisposable
{
    private readonly WorkerApp _worker = new();

    public void Dispose() => _worker.Dispose();

    [Fact]
    public async Task GoodDocument_IsFiledOnce_AndAReplayFilesNothingTwice()
    {
        var contractId = await CreateContractAsync();
        var function = _worker.Function<IncomingDocumentFunction>();

        await function.Run(Pdf("%%EOF"), contractId, "signed.pdf", CancellationToken.None);
        await function.Run(Pdf("%%EOF"), contractId, "signed.pdf", CancellationToken.None);

        var record = (await Archive.GetAsync(contractId, CancellationToken.None))!;
        var executed = Assert.Single(record.Documents, d => d.Kind == ContractDocumentEntry.Executed);
        Assert.Equal("signed.pdf", executed.OriginalName);
        Assert.Equal("executed", record.Status);
        Assert.Empty(await RejectedAsync(contractId));
    }

    [Fact]
    public async Task HostileDocument_GoesToRejectedWithTheReason_AndIsNotFiled()
    {
        var contractId = await CreateContractAsync();
        var function = _worker.Function<IncomingDocumentFunction>();

        await function.Run(Pdf("/OpenAction << /S /Launch /F (calc.exe) >>"), contractId, "evil.pdf", CancellationToken.None);
        await function.Run(Pdf("/OpenAction << /S /Launch /F (calc.exe) >>"), contractId, "evil.pdf", CancellationToken.None);

        var only = Assert.Single(await RejectedAsync(contractId));
        Assert.StartsWith("pdf-active-content", only.Metadata["reason"], StringComparison.Ordinal);
        Assert.Equal($"incoming/{contractId}/evil.pdf", only.Metadata["source"]);
        var record = (await Archive.GetAsync(contractId, CancellationToken.None))!;
        Assert.DoesNotContain(record.Documents, d => d.Kind == ContractDocumentEntry.Executed);
        Assert.Contains(await Archive.AuditAsync(contractId, CancellationToken.None), a => a.Detail?.Contains("pdf-active-content", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("c-00000000000000000000")]
    [InlineData("../../contracts")]
    public async Task DocumentForNoKnownContract_IsRejectedAsUnknownContract(string contractId)
    {
        await _worker.Function<IncomingDocumentFunction>().Run(Pdf("%%EOF"), contractId, "signed.pdf", CancellationToken.None);

        var folder = contractId.StartsWith("c-", StringComparison.Ordinal) ? contractId : "unknown";
        var only = Assert.Single(await RejectedAsync(folder));
        Assert.StartsWith("unknown-contract", only.Metadata["reason"], StringComparison.Ordinal);
    }

    private ContractArchive Archive => _worker.Services.GetRequiredService<ContractArchive>();

    private async Task<List<StoredDocument>> RejectedAsync(string folder)
    {
        var rejected = new List<StoredDocument>();
        await foreach (var document in _worker.Services.GetRequiredService<IDocumentStore>().ListAsync("rejected", folder + "/"))
        {
            rejected.Add(document);
        }

        return rejected;
    }

    private async Task<string> CreateContractAsync()
    {
        var request = _worker.Request("POST", "/api/contracts", Encoding.UTF8.GetBytes(AppFactory.Example("outcomes-based-reablement")), "application/json",
            new Dictionary<string, string> { ["X-MS-CLIENT-PRINCIPAL"] = AppFactory.Principal("oid-ann", "ann", "commissioner") });
        var answer = await WorkerApp.RunAsync(_worker.Function<ApiFunctions>().DraftContract(request.Request), request);
        Assert.Equal(201, answer.Status);
        return JsonDocument.Parse(answer.Body).RootElement.GetProperty("contractId").GetString()!;
    }

    private static byte[] Pdf(string extra) => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R " + (extra.StartsWith('/') ? extra : string.Empty) + " >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Size 3 /Root 1 0 R >>\n%%EOF\n");
}
