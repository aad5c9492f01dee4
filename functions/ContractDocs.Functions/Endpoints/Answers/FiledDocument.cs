namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>The 201 body of a filed executed document.</summary>
public sealed record FiledDocument(string DocumentId, string Kind, string Type, string Sha256, long Length, string? OriginalName);
