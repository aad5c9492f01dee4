using ContractDocs.Drafting;

namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>The 201 body of a contract moved to a newer release: the new draft (the old ones are kept) and what moving
/// changed.</summary>
public sealed record MovedDraft(string ContractId, string DocumentId, string FromRelease, string ToRelease, string Sha256, Uri DocumentUrl, MovePreview Changes);
