namespace ContractDocs.Functions.Incoming;

/// <summary>What became of an incoming document: <see cref="Filed"/>, <see cref="AlreadyFiled"/> (a replay),
/// <see cref="Rejected"/> or <see cref="AlreadyRejected"/>, with the reason for a rejection.</summary>
public sealed record IncomingOutcome(string Result, string? Reason)
{
    public const string Filed = "filed";
    public const string AlreadyFiled = "already-filed";
    public const string Rejected = "rejected";
    public const string AlreadyRejected = "already-rejected";
}
