using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractDocs.Library;
using ContractDocs.Model;
using ContractDocs.Rendering;
using ContractDocs.Rendering.Redline;
using ContractDocs.Selection;
using ContractDocs.Storage;

namespace ContractDocs.Drafting;

/// <summary>
/// Moves a stored contract to a newer release: the same selection resolved on the release its latest draft is on and
/// on the target, compared (a preview, and a redline of the one draft against the other), then on request a new draft
/// on the target stored beside the old ones: its bytes (named by their hash), then its create-only entry (named from
/// the idempotency key: the moment it exists), then an audit event naming both releases, then its listing and clause
/// usage entries. The old drafts are kept.
/// Thread-safe.
/// </summary>
public sealed class ContractMover
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly ClauseLibrary _library;
    private readonly Resolver _resolver;
    private readonly ContractRenderer _renderer;
    private readonly RedlineWriter _redlines;
    private readonly ContractArchive _archive;

    public ContractMover(ClauseLibrary library, Resolver resolver, ContractRenderer renderer, RedlineWriter redlines, ContractArchive archive)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(redlines);
        ArgumentNullException.ThrowIfNull(archive);
        _library = library;
        _resolver = resolver;
        _renderer = renderer;
        _redlines = redlines;
        _archive = archive;
    }

    /// <summary>The library the contracts move within (its labels name the values a move needs).</summary>
    public ClauseLibrary Library => _library;

    /// <summary>The releases newer than the contract's current one, newest first: where it can move.</summary>
    public IEnumerable<string> Targets(ContractRecord record) =>
        _library.Releases.Select(r => r.Id).Where(id => ReleaseOrder.Compare(id, record.CurrentRelease) > 0).OrderByDescending(id => id, ReleaseOrder.Comparer);

    /// <summary>What the move would change; with <paramref name="redline"/>, also the redline .docx of the current
    /// draft against the draft on <paramref name="target"/> (when the selection can be built there).</summary>
    public MoveOutcome Preview(ContractRecord record, string target, bool redline)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (Check(record, target) is { } refused)
        {
            return refused;
        }

        var (preview, from, to) = Compare(record, target);
        if (!redline)
        {
            return new MoveOutcome.Previewed(preview, null);
        }

        if (to is null)
        {
            return new MoveOutcome.Refused(preview);
        }

        using var output = new MemoryStream();
        _redlines.Contract(from, to, new RenderOptions(record.CreatedAt, record.CreatedBy), output);
        return new MoveOutcome.Previewed(preview, output.ToArray());
    }

    /// <summary>The contract's draft for this idempotency key and person.</summary>
    public static string DraftIdFor(Author author, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(author);
        return "m-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{author.Id}\nmove\n{idempotencyKey}")))[..16];
    }

    /// <exception cref="SaveInterruptedException">Storage failed; says whether the new draft may be recorded.</exception>
    public async Task<MoveOutcome> MoveAsync(ContractRecord record, string target, Author author, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(author);
        var draftId = idempotencyKey is null ? "m-" + Guid.NewGuid().ToString("N")[..16] : DraftIdFor(author, idempotencyKey);
        if (record.Documents.FirstOrDefault(d => d.Id == draftId) is { } earlier)
        {
            // A repeat: the earlier request's draft, its audit event completed if that request left it unwritten.
            if (earlier.Release != target)
            {
                return new MoveOutcome.KeyReused(earlier.Id);
            }

            var previous = record.Documents.TakeWhile(d => d.Id != draftId).LastOrDefault(d => d.Kind == ContractDocumentEntry.Draft)?.Release ?? record.Release;
            var (replayed, _, plan) = Compare(record with { Documents = [.. record.Documents.TakeWhile(d => d.Id != draftId)] }, target);
            await AuditAsync(record, earlier, previous, plan!, cancellationToken);
            await IndexAsync(record, earlier, plan!, cancellationToken);
            return new MoveOutcome.Moved(record, earlier, replayed, Replayed: true);
        }

        if (Check(record, target) is { } refused)
        {
            return refused;
        }

        var (preview, _, to) = Compare(record, target);
        if (to is null)
        {
            return new MoveOutcome.Refused(preview);
        }

        var now = _archive.Now;
        using var output = new MemoryStream();
        _renderer.Render(to, output, new RenderOptions(now, author.Name));
        var bytes = output.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var entry = new ContractDocumentEntry(draftId, ContractDocumentEntry.Draft, $"d-{sha[..16]}.docx", WordType, sha, bytes.Length, author.Name, now, null, author.Id, target);
        await Step(record.Id, ContractState.NotSaved, () => _archive.PutDocumentAsync(record.Id, entry, bytes,
            new Dictionary<string, string> { ["sha256"] = sha, ["release"] = target, ["kind"] = ContractDocumentEntry.Draft }, cancellationToken));

        (ContractDocumentEntry Entry, bool Added) recorded;
        try
        {
            recorded = await _archive.AddDocumentAsync(record.Id, entry, cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            throw new SaveInterruptedException(record.Id, e.Outcome == WriteOutcome.NothingWritten ? ContractState.NotSaved : ContractState.MayBeSaved, e);
        }

        if (recorded.Entry.Release != target)
        {
            return new MoveOutcome.KeyReused(recorded.Entry.Id);
        }

        await AuditAsync(record, recorded.Entry, preview.From, to, cancellationToken);
        await IndexAsync(record, recorded.Entry, to, cancellationToken);
        var moved = record with { Documents = [.. record.Documents, recorded.Entry] };
        return new MoveOutcome.Moved(moved, recorded.Entry, preview, Replayed: !recorded.Added);
    }

    private Task AuditAsync(ContractRecord record, ContractDocumentEntry draft, string from, AssemblyPlan plan, CancellationToken cancellationToken) =>
        Step(record.Id, ContractState.SavedIncomplete, () => _archive.AppendAuditAsync(
            new AuditEvent(AuditEvent.Move, draft.AddedBy, draft.AddedAt, record.Id, draft.Release, [.. plan.Clauses.Select(c => $"{c.Clause.Key} {c.Clause.Sha256}")],
                plan.SelectionSha256, draft.Sha256, $"Moved from release {from} to release {draft.Release}: new draft {draft.Id}; the draft on release {from} is kept.", draft.AddedById),
            draft.Id, cancellationToken));

    /// <summary>The listings (the contract on the new release, offering the new draft) and where each clause version of
    /// the new draft is used. Entries already there count, so a repeat completes what an interrupted move left.</summary>
    private Task IndexAsync(ContractRecord record, ContractDocumentEntry draft, AssemblyPlan plan, CancellationToken cancellationToken) =>
        Step(record.Id, ContractState.SavedIncomplete, () => Task.WhenAll(
            _archive.IndexMovedAsync(record, draft, cancellationToken),
            _archive.IndexUsageAsync(record, draft, plan.Clauses.Select(c => c.Clause.Key), cancellationToken)));

    private MoveOutcome? Check(ContractRecord record, string target)
    {
        if (_library.FindRelease(target) is null)
        {
            return new MoveOutcome.UnknownRelease(target, [.. _library.Releases.Select(r => r.Id)]);
        }

        var current = record.CurrentRelease;
        return ReleaseOrder.Compare(target, current) <= 0 ? new MoveOutcome.NotNewer(current, target) : null;
    }

    /// <summary>The selection on the current release (it built once, so it builds) and on the target.</summary>
    private (MovePreview Preview, AssemblyPlan From, AssemblyPlan? To) Compare(ContractRecord record, string target)
    {
        var current = record.CurrentRelease;
        var from = Resolve(record, current);
        if (!from.Succeeded)
        {
            throw new InvalidOperationException($"Contract {record.Id} no longer builds on release {current}: {string.Join("; ", from.Problems.Select(p => p.Message))}");
        }

        var to = Resolve(record, target);
        var before = from.Plan!.Clauses.ToDictionary(c => c.Clause.Id, c => c.Clause, StringComparer.Ordinal);
        var after = to.Plan?.Clauses.ToDictionary(c => c.Clause.Id, c => c.Clause, StringComparer.Ordinal) ?? [];
        MovedClause Moved(ClauseVersion? a, ClauseVersion? b) => new((b ?? a)!.Id, (b ?? a)!.Kind == ClauseKind.Schedule ? "schedule" : "clause", (b ?? a)!.Title, a?.Version.ToString(), b?.Version.ToString());
        var known = from.Plan.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var values = from.Plan.Values;
        var variables = (to.Plan?.Variables ?? []).Where(v => !known.Contains(v.Name))
            .Select(v => new MoveVariable(v.Name, VariableTypes.Name(v.Type), v.Required, v.Description, values.ContainsKey(v.Name))).ToImmutableArray();
        var preview = new MovePreview(record.Id, current, target,
            [.. after.Keys.Except(before.Keys).Order(StringComparer.Ordinal).Select(id => Moved(null, after[id]))],
            to.Plan is null ? [] : [.. before.Keys.Except(after.Keys).Order(StringComparer.Ordinal).Select(id => Moved(before[id], null))],
            [.. before.Keys.Intersect(after.Keys).Order(StringComparer.Ordinal).Where(id => before[id].Key != after[id].Key).Select(id => Moved(before[id], after[id]))],
            variables,
            to.Succeeded ? [] : to.Problems.IsEmpty ? [new SelectionProblem(ProblemCodes.Unbuildable, "The selection cannot be built.", "$")] : to.Problems);
        return (preview, from.Plan, to.Succeeded ? to.Plan : null);
    }

    private ResolveResult Resolve(ContractRecord record, string release)
    {
        var selection = JsonNode.Parse(record.Selection.GetRawText())!.AsObject();
        selection["release"] = release;
        var read = SelectionReader.Read(JsonSerializer.SerializeToUtf8Bytes(selection, PlainJson.Default.JsonObject));
        return read.Selection is null ? new ResolveResult(null, read.Problems) : _resolver.Resolve(read.Selection);
    }

    private static async Task Step(string contractId, ContractState state, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (StorageUnavailableException e)
        {
            throw new SaveInterruptedException(contractId, state, e);
        }
    }
}
