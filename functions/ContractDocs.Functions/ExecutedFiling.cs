using ContractDocs.Intake;
using ContractDocs.Storage;

namespace ContractDocs.Functions;

/// <summary>Files an inspected executed document against its contract, for the upload endpoint and the blob trigger
/// alike: the document (named by its hash, create-only) first, then the record, then the audit event. Filing the same
/// bytes again changes nothing.</summary>
public static class ExecutedFiling
{
    /// <summary>True when filed now; false when these exact bytes were already filed against the contract.</summary>
    public static async Task<bool> FileAsync(Engine engine, ContractRecord record, InspectionResult result, byte[] content, string who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(result);
        var contentType = result.Kind == DocumentKind.Pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        try
        {
            await engine.Archive.PutDocumentAsync(record.Id, result.StoredName, content, contentType, new Dictionary<string, string> { ["sha256"] = result.Sha256, ["kind"] = "executed" }, cancellationToken);
        }
        catch (DocumentExistsException) when (record.Documents.Any(d => d.Sha256 == result.Sha256))
        {
            return false;
        }
        catch (DocumentExistsException)
        {
            // Stored by an attempt that stopped before recording it: complete that attempt.
        }

        await engine.Archive.AddDocumentAsync(record.Id, new ContractDocumentEntry("x-" + result.Sha256[..16], ContractDocumentEntry.Executed, result.StoredName, contentType, result.Sha256, result.Length, who, engine.Archive.Now, result.CleanOriginalName), cancellationToken);
        await engine.Archive.AppendAuditAsync(new AuditEvent(AuditEvent.Upload, who, engine.Archive.Now, record.Id, record.Release, [], record.SelectionSha256, result.Sha256, result.CleanOriginalName), cancellationToken);
        return true;
    }

    /// <summary>Records a refusal in the contract's audit trail.</summary>
    public static Task AuditRefusalAsync(Engine engine, ContractRecord record, string sha256, string who, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(record);
        return engine.Archive.AppendAuditAsync(new AuditEvent(AuditEvent.Reject, who, engine.Archive.Now, record.Id, record.Release, [], record.SelectionSha256, sha256, reason), cancellationToken);
    }
}
