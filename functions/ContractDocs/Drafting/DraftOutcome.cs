using System.Collections.Immutable;
using ContractDocs.Selection;
using ContractDocs.Storage;

namespace ContractDocs.Drafting;

/// <summary>What drafting a contract came to: drafted (or found, for a repeated request), refused with every problem,
/// or refused because the idempotency key already belongs to a different contract.</summary>
public abstract record DraftOutcome
{
    private DraftOutcome()
    {
    }

    /// <summary>The contract is stored, recorded, audited and listed. <c>Replayed</c>: an earlier request with the same
    /// idempotency key and selection made it, and this one wrote nothing new (or completed what that one left).</summary>
    public sealed record Drafted(ContractRecord Record, AssemblyPlan Plan, bool Replayed) : DraftOutcome;

    /// <summary>The selection cannot be built; nothing was written.</summary>
    public sealed record Refused(ImmutableArray<SelectionProblem> Problems) : DraftOutcome;

    /// <summary>The idempotency key was used before, by the same person, for a different selection: that contract.</summary>
    public sealed record KeyReused(string ContractId) : DraftOutcome;
}
