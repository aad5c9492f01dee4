namespace ContractDocs.Intake;

/// <summary>
/// The outcome of inspecting one upload. <see cref="Code"/> is one of <see cref="IntakeCodes"/> and
/// <see cref="Reason"/> a sentence a person can act on; both are null when <see cref="Accepted"/>.
/// <see cref="Kind"/> is set once the content is known to be a Word document or a PDF (also for some refusals).
/// <see cref="StoredName"/> is generated from the hash and is the only name to store the bytes under;
/// <see cref="CleanOriginalName"/> is the uploader's name made safe, for metadata only.
/// <see cref="Sha256"/> is the lower-case hex SHA-256 of the bytes and <see cref="Length"/> their count.
/// </summary>
public sealed record InspectionResult(bool Accepted, DocumentKind? Kind, string? Code, string? Reason,
    string StoredName, string CleanOriginalName, string Sha256, long Length);
