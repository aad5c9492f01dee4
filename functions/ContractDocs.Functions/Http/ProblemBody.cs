using System.Collections.Immutable;

namespace ContractDocs.Functions.Http;

/// <summary>An RFC 9457 problem as ContractDocs writes it: the standard members, a stable <c>code</c>, the
/// <c>field</c> (JSON path or form field) at fault, every problem in <c>errors</c>, and the contract concerned.</summary>
public sealed record ProblemBody(string Type, string Title, int Status, string Detail, string? Instance, string Code, string? Field, ImmutableArray<ProblemEntry> Errors, string? ContractId);
