using ContractDocs.Drafting;
using ContractDocs.Functions.Http;
using ContractDocs.Storage;

namespace ContractDocs.Functions.Endpoints;

/// <summary>The HTTP answer to drafting a contract, for the API and the form alike.</summary>
public static class DraftAnswers
{
    /// <summary>201 with the contract (the same answer for a repeated request, with a fresh read link); the problems;
    /// or 422 <c>idempotency-key-reused</c> naming the contract the key belongs to.</summary>
    public static async Task<IResult> From(DraftOutcome outcome, Engine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        switch (outcome)
        {
            case DraftOutcome.Refused refused:
                return ApiProblems.From(refused.Problems);
            case DraftOutcome.KeyReused reused:
                return ApiProblems.Problem(422, "idempotency-key-reused", ApiProblems.Title(422),
                    $"This Idempotency-Key was already used for a different selection, which made contract {reused.ContractId}. Use a new key for a new contract, or send that selection again to get {reused.ContractId}.",
                    "Idempotency-Key", contractId: reused.ContractId);
            case DraftOutcome.Drafted drafted:
                return Results.Created($"/api/contracts/{drafted.Record.Id}", await BodyAsync(drafted, engine, cancellationToken));
            default:
                throw new InvalidOperationException($"Unknown drafting outcome {outcome.GetType().Name}.");
        }
    }

    /// <summary>What the 201 says: the same for a repeated request, but for a freshly issued read link.</summary>
    public static async Task<DraftedContract> BodyAsync(DraftOutcome.Drafted drafted, Engine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafted);
        ArgumentNullException.ThrowIfNull(engine);
        var record = drafted.Record;
        var draft = record.Documents.First(d => d.Kind == ContractDocumentEntry.Draft);
        var link = await engine.Store.GetReadLinkAsync(ContractArchive.DocumentAddressOf(record.Id, draft), engine.ReadLinkLifetime, cancellationToken);
        return new DraftedContract(
            record.Id,
            draft.Id,
            record.Release,
            record.Model,
            record.SelectionSha256,
            draft.Sha256,
            [.. drafted.Plan.Clauses.Select(c => new DraftedClause(c.Clause.Id, c.Clause.Version.ToString(), c.Clause.Title, c.Clause.Sha256))],
            link?.ToString() ?? $"/api/contracts/{record.Id}/documents/{draft.Id}",
            link is null ? null : engine.Archive.Now.Add(engine.ReadLinkLifetime));
    }
}
