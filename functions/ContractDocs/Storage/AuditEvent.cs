using System.Collections.Immutable;

namespace ContractDocs.Storage;

/// <summary>An append-only audit event: who did what (their name, and the stable id of their account), when, to which
/// contract, with what it was built from.</summary>
public sealed record AuditEvent(
    string Action,
    string Who,
    DateTimeOffset When,
    string? ContractId,
    string? Release,
    ImmutableArray<string> Clauses,
    string? SelectionSha256,
    string? DocumentSha256,
    string? Detail,
    string? WhoId = null)
{
    public const string Generate = "generate";
    public const string Upload = "upload";
    public const string Reject = "reject";
    public const string Publish = "publish";
    public const string Move = "move";
}
