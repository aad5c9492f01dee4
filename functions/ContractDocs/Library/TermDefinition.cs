namespace ContractDocs.Library;

/// <summary>A defined term a clause introduces, e.g. "Alliance Leadership Team".</summary>
public sealed record TermDefinition(string Term, string Definition);
