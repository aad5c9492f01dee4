namespace ContractDocs.Intake;

/// <summary>
/// Thrown inside the inspection (also from the middle of a read) to stop at the first refusal. It never leaves
/// <see cref="DocumentInspector.Inspect"/>, which turns it into an <see cref="InspectionResult"/>.
/// </summary>
internal sealed class IntakeRefusedException : Exception
{
    public IntakeRefusedException(string code, string reason, DocumentKind? kind = null)
        : base($"{code}: {reason}")
    {
        Code = code;
        Reason = reason;
        Kind = kind;
    }

    public string Code { get; }

    public string Reason { get; }

    /// <summary>The kind, when the content was already known to be a Word document or a PDF.</summary>
    public DocumentKind? Kind { get; }
}
