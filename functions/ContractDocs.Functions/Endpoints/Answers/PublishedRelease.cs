namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>201 from publishing: the release and how many files went to storage.</summary>
public sealed record PublishedRelease(string Release, int Files);
