using System.Text.RegularExpressions;
using ContractDocs.Drafting;
using ContractDocs.Intake;
using ContractDocs.Storage;

namespace ContractDocs.Functions.Incoming;

/// <summary>
/// A document procurement's sync tools dropped in <c>incoming/{contractId}/{name}</c>: inspected and filed against its
/// contract with the filing use case, or copied to <c>rejected/{contractId}/{sha256}.bin</c> with the reason in its
/// metadata (and, for a known contract, an audit event). Names derive from the content's hash, so a replayed event
/// files nothing twice and rejects once. Thread-safe.
/// </summary>
public sealed partial class IncomingDocuments
{
    public const string IncomingContainer = "incoming";
    public const string RejectedContainer = "rejected";

    private readonly ContractArchive _archive;
    private readonly ExecutedFiler _filer;
    private readonly IDocumentStore _store;

    public IncomingDocuments(ContractArchive archive, ExecutedFiler filer, IDocumentStore store)
    {
        _archive = archive;
        _filer = filer;
        _store = store;
    }

    /// <exception cref="StorageUnavailableException">Storage failed; the trigger retries, which files nothing twice.</exception>
    public async Task<IncomingOutcome> FileAsync(byte[] content, string contractId, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var inspection = DocumentInspector.Inspect(content, name, _filer.Limits);
        var record = SafeId().IsMatch(contractId ?? string.Empty) ? await _archive.GetAsync(contractId!, cancellationToken) : null;
        var reason = record is null ? $"unknown-contract: no contract '{contractId}' to file it against." : inspection.Accepted ? null : $"{inspection.Code}: {inspection.Reason}";
        if (reason is null)
        {
            return await _filer.FileAsync(record!, content, name, Author.Incoming, cancellationToken) is FilingOutcome.Filed
                ? new IncomingOutcome(IncomingOutcome.Filed, null)
                : new IncomingOutcome(IncomingOutcome.AlreadyFiled, null);
        }

        var source = $"{IncomingContainer}/{contractId}/{name}";
        try
        {
            await _store.CreateAsync(new DocumentAddress(RejectedContainer, $"{(SafeId().IsMatch(contractId ?? string.Empty) ? contractId : "unknown")}/{inspection.Sha256}.bin"), new MemoryStream(content), "application/octet-stream",
                new Dictionary<string, string> { ["reason"] = ContractArchive.Ascii(reason), ["source"] = ContractArchive.Ascii(source) }, cancellationToken);
            if (record is not null)
            {
                await _filer.AuditRefusalAsync(record, inspection, Author.Incoming, reason, cancellationToken);
            }
        }
        catch (DocumentExistsException)
        {
            return new IncomingOutcome(IncomingOutcome.AlreadyRejected, reason);
        }

        return new IncomingOutcome(IncomingOutcome.Rejected, reason);
    }

    [GeneratedRegex("^[A-Za-z0-9_.@-]{1,64}$")]
    private static partial Regex SafeId();
}
