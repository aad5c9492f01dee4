namespace ContractDocs.Intake;

/// <summary>The stable codes an upload can be refused with. Clients may rely on them; never rename one.</summary>
public static class IntakeCodes
{
    /// <summary>The upload is the contract's own unsigned draft, byte for byte: not a signed copy (HTTP 422).</summary>
    public const string UnsignedDraft = "unsigned-draft";

    /// <summary>The upload has no bytes (HTTP 422).</summary>
    public const string EmptyFile = "empty-file";

    /// <summary>The upload is over <see cref="IntakeLimits.MaxBytes"/> (HTTP 413).</summary>
    public const string TooLarge = "too-large";

    /// <summary>The content is neither a Word document (.docx) nor a PDF, whatever its name says (HTTP 415).</summary>
    public const string UnsupportedType = "unsupported-type";

    /// <summary>Macros, ActiveX controls or embedded OLE objects (HTTP 422).</summary>
    public const string MacroEnabled = "macro-enabled";

    /// <summary>A relationship to something outside the file, other than an https or mailto hyperlink (HTTP 422).</summary>
    public const string ExternalRelationship = "external-relationship";

    /// <summary>An altChunk: foreign content Word imports when it opens the file (HTTP 422).</summary>
    public const string AltChunk = "alt-chunk";

    /// <summary>A DDE, DDEAUTO, INCLUDETEXT, INCLUDEPICTURE (or similar) field (HTTP 422).</summary>
    public const string DangerousField = "dangerous-field";

    /// <summary>Too many entries, too much inflated data or too many characters in one part (HTTP 422).</summary>
    public const string ZipBomb = "zip-bomb";

    /// <summary>A broken or truncated package, no main document part or unreadable XML (HTTP 422).</summary>
    public const string CorruptPackage = "corrupt-package";

    /// <summary>A DOCTYPE or ENTITY declaration in an XML part (HTTP 422).</summary>
    public const string Dtd = "dtd";

    /// <summary>JavaScript, automatic or launch actions, embedded files, rich media or XFA in a PDF (HTTP 422).</summary>
    public const string PdfActiveContent = "pdf-active-content";

    /// <summary>A PDF that does not start with <c>%PDF-1.</c> or <c>%PDF-2.</c> (HTTP 422).</summary>
    public const string PdfBadHeader = "pdf-bad-header";

    /// <summary>A zip entry whose name is not a valid part name (ECMA-376 Part 2, §6.2.2: absolute, <c>..</c>,
    /// empty or dot segments, backslashes, disguised percent-encoding) or that differs from another only by
    /// case (HTTP 422).</summary>
    public const string InvalidPartName = "invalid-part-name";

    /// <summary>The file name's extension names a different kind than the content is, e.g. a PDF named .docx
    /// (HTTP 415).</summary>
    public const string ExtensionMismatch = "extension-mismatch";

    /// <summary>A PDF whose object structure cannot be read, so it cannot be checked (HTTP 422).</summary>
    public const string PdfUnreadable = "pdf-unreadable";
}
