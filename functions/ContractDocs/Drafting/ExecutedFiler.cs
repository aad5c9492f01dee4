using ContractDocs.Intake;
using ContractDocs.Storage;

namespace ContractDocs.Drafting;

/// <summary>
/// Files an executed (signed) document against its contract, for the upload endpoint, procurement's page and the blob
/// trigger alike: inspects it, then stores its bytes (named by their hash), then records it with a create-only entry
/// named by its hash (the moment it is filed), then its audit event and listing marker. Distinct documents racing on
/// one contract each write their own names, so none is lost; the same document racing with itself meets at one name,
/// so it is recorded once, with one event. Thread-safe.
/// </summary>
public sealed class ExecutedFiler
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly ContractArchive _archive;
    private readonly IntakeLimits _limits;
    private readonly SignedCopyCheck? _check;
    private readonly TimeSpan _maxComparisonWait;

    /// <param name="check">Compares each filed copy with its draft; null files without comparing.</param>
    /// <param name="maxComparisonWait">The longest filing waits for the comparison, which is also never longer than the
    /// filing itself took (inspection and storage); a comparison still running then arrives later.</param>
    public ExecutedFiler(ContractArchive archive, IntakeLimits limits, SignedCopyCheck? check = null, TimeSpan? maxComparisonWait = null)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(limits);
        _archive = archive;
        _limits = limits;
        _check = check;
        _maxComparisonWait = maxComparisonWait ?? TimeSpan.FromSeconds(5);
    }

    public IntakeLimits Limits => _limits;

    /// <exception cref="SaveInterruptedException">Storage failed; says whether the document may be filed.</exception>
    public async Task<FilingOutcome> FileAsync(ContractRecord record, byte[] content, string? fileName, Author who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(who);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var inspection = DocumentInspector.Inspect(content, fileName, _limits);
        if (inspection.Accepted && record.Documents.Any(d => d.Kind == ContractDocumentEntry.Draft && d.Sha256 == inspection.Sha256))
        {
            // The draft ContractDocs made, unchanged: nobody has signed it, so it cannot be the executed contract.
            inspection = inspection with
            {
                Accepted = false,
                Code = IntakeCodes.UnsignedDraft,
                Reason = "The document was not filed: it is the unsigned draft, byte for byte, as ContractDocs generated it. Upload the copy every party signed (a scan or the signed PDF).",
            };
        }

        if (!inspection.Accepted)
        {
            await AuditRefusalAsync(record, inspection, who, $"{inspection.Code}: {inspection.Reason}", cancellationToken);
            return new FilingOutcome.Refused(inspection);
        }

        var contentType = inspection.Kind == DocumentKind.Pdf ? "application/pdf" : WordType;
        var entry = new ContractDocumentEntry("x-" + inspection.Sha256[..16], ContractDocumentEntry.Executed, inspection.StoredName, contentType,
            inspection.Sha256, inspection.Length, who.Name, _archive.Now, inspection.CleanOriginalName, who.Id);
        await Step(record.Id, ContractState.NotSaved, () => _archive.PutDocumentAsync(record.Id, entry, content,
            new Dictionary<string, string> { ["sha256"] = inspection.Sha256, ["kind"] = ContractDocumentEntry.Executed }, cancellationToken));

        (ContractDocumentEntry Entry, bool Added) recorded;
        try
        {
            recorded = await _archive.AddDocumentAsync(record.Id, entry, cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            throw new SaveInterruptedException(record.Id, e.Outcome == WriteOutcome.NothingWritten ? ContractState.NotSaved : ContractState.MayBeSaved, e, filing: true);
        }

        // Whoever recorded it, its event and marker are named from the recorded entry: written once, completed by a retry.
        await Step(record.Id, ContractState.SavedIncomplete, async () =>
        {
            var audit = new AuditEvent(AuditEvent.Upload, recorded.Entry.AddedBy, recorded.Entry.AddedAt, record.Id, record.CurrentRelease, [],
                record.SelectionSha256, recorded.Entry.Sha256, recorded.Entry.OriginalName, recorded.Entry.AddedById);
            await _archive.AppendAuditAsync(audit, recorded.Entry.Id, cancellationToken);
            await _archive.IndexExecutedAsync(record, recorded.Entry.Sha256, cancellationToken);
        });
        // Filed and recorded: the comparison with the draft is extra, and never holds the filing up for longer than
        // the filing took; a failure or a slow comparison leaves it to arrive later.
        var comparison = _check is null ? null
            : await _check.WaitAsync(record, recorded.Entry, content, Min(System.Diagnostics.Stopwatch.GetElapsedTime(started), _maxComparisonWait), CancellationToken.None)
                .ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null, TaskScheduler.Default);
        return recorded.Added ? new FilingOutcome.Filed(recorded.Entry, inspection, comparison) : new FilingOutcome.AlreadyFiled(recorded.Entry, inspection);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>Records a refusal in the contract's audit trail: one event per refused attempt.</summary>
    public Task AuditRefusalAsync(ContractRecord record, InspectionResult inspection, Author who, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(who);
        var now = _archive.Now;
        return _archive.AppendAuditAsync(new AuditEvent(AuditEvent.Reject, who.Name, now, record.Id, record.Release, [], record.SelectionSha256, inspection.Sha256, reason, who.Id),
            $"{inspection.Sha256[..16]}-{Guid.NewGuid():N}", cancellationToken);
    }

    private static async Task Step(string contractId, ContractState state, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (StorageUnavailableException e)
        {
            throw new SaveInterruptedException(contractId, state, e, filing: true);
        }
    }
}
