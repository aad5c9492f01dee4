using ContractDocs.Drafting;
using ContractDocs.Functions.Endpoints.Answers;
using ContractDocs.Functions.Http;
using ContractDocs.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ContractDocs.Functions.Endpoints;

/// <summary>What a drafted contract's answer says, for the API and the form alike: the contract, its clauses and a
/// freshly issued short-lived read link (the same answer for a repeated request but for the link). Thread-safe.</summary>
public sealed class DraftReceipts
{
    private readonly IDocumentStore _store;
    private readonly ContractArchive _archive;
    private readonly TimeSpan _lifetime;

    public DraftReceipts(IDocumentStore store, ContractArchive archive, IOptions<ContractDocsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _archive = archive;
        _lifetime = TimeSpan.FromMinutes(options.Value.ReadLinkMinutes);
    }

    /// <summary>201 with the contract; the problems (400/413/422); or 422 <c>idempotency-key-reused</c> naming the
    /// contract the key belongs to.</summary>
    public async Task<Results<Created<DraftedContract>, ProblemResult>> AnswerAsync(DraftOutcome outcome, CancellationToken cancellationToken) => outcome switch
    {
        DraftOutcome.Refused refused => ApiProblems.From(refused.Problems),
        DraftOutcome.KeyReused reused => ApiProblems.Problem(422, "idempotency-key-reused", ApiProblems.Title(422),
            $"This Idempotency-Key was already used for a different selection, which made contract {reused.ContractId}. Use a new key for a new contract, or send that selection again to get {reused.ContractId}.",
            "Idempotency-Key", contractId: reused.ContractId),
        DraftOutcome.Drafted drafted => TypedResults.Created($"/api/contracts/{drafted.Record.Id}", await BodyAsync(drafted, cancellationToken)),
        _ => throw new InvalidOperationException($"Unknown drafting outcome {outcome.GetType().Name}."),
    };

    public async Task<DraftedContract> BodyAsync(DraftOutcome.Drafted drafted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafted);
        var record = drafted.Record;
        var draft = record.Documents.First(d => d.Kind == ContractDocumentEntry.Draft);
        var link = await _store.GetReadLinkAsync(ContractArchive.DocumentAddressOf(record.Id, draft), _lifetime, cancellationToken);
        return new DraftedContract(
            record.Id,
            draft.Id,
            record.Release,
            record.Model,
            record.SelectionSha256,
            draft.Sha256,
            [.. drafted.Plan.Clauses.Select(c => new DraftedClause(c.Clause.Id, c.Clause.Version.ToString(), c.Clause.Title, c.Clause.Sha256))],
            link?.ToString() ?? $"/api/contracts/{record.Id}/documents/{draft.Id}",
            link is null ? null : _archive.Now.Add(_lifetime));
    }
}
