namespace ContractDocs.Intake;

/// <summary>The kinds of finished document procurement may upload, as decided from the content.</summary>
public enum DocumentKind
{
    Docx,
    Pdf,
}
