using System.Collections.Immutable;
using ContractDocs.Storage;

namespace ContractDocs.Drafting;

/// <summary>What asking to move a contract to another release came to.</summary>
public abstract record MoveOutcome
{
    private MoveOutcome()
    {
    }

    /// <summary>The preview (and, for a redline, its bytes).</summary>
    public sealed record Previewed(MovePreview Preview, byte[]? Redline) : MoveOutcome;

    /// <summary>The new draft is stored, recorded against the contract and audited. <c>Replayed</c>: an earlier request
    /// with the same idempotency key made it, and this one wrote nothing new (or completed what that one left).</summary>
    public sealed record Moved(ContractRecord Record, ContractDocumentEntry Draft, MovePreview Preview, bool Replayed) : MoveOutcome;

    /// <summary>The selection cannot be built on the target release; nothing was written.</summary>
    public sealed record Refused(MovePreview Preview) : MoveOutcome;

    /// <summary>There is no such release; <c>Known</c> lists those there are.</summary>
    public sealed record UnknownRelease(string Release, ImmutableArray<string> Known) : MoveOutcome;

    /// <summary>The contract is already on that release, or on a later one.</summary>
    public sealed record NotNewer(string Current, string Target) : MoveOutcome;

    /// <summary>The idempotency key was used before, by the same person, to move this contract to another release.</summary>
    public sealed record KeyReused(string DocumentId) : MoveOutcome;
}
