namespace ContractDocs.Intake;

/// <summary>
/// What an uploader's file name claims the content is. The kind is always decided by the content; the name can
/// only contradict it, and then the upload is refused with <see cref="IntakeCodes.ExtensionMismatch"/> (HTTP 415),
/// so that a file is never filed under a name that makes another program open it as something else.
/// <list type="bullet">
/// <item>The extension is the text after the last dot of the name's last path segment, once invisible characters
/// (bidi overrides and the like) are dropped and trailing dots and spaces trimmed, as Windows does. It counts only
/// when it is 1 to 10 ASCII letters or digits with at least one letter, so "Contract v1.2" has none.</item>
/// <item>"docx" and "pdf" (any case) must name the kind the content is.</item>
/// <item>No extension, or a generic one that names no kind ("bin", "dat", "tmp", as some mail and download tools
/// leave), is decided by the content alone.</item>
/// <item>Any other extension ("doc", "docm", "zip", "exe", so also "contract.pdf.exe") names neither kind this
/// service takes and is refused whatever the content.</item>
/// </list>
/// </summary>
internal static class ExtensionClaim
{
    private const int MaxExtensionLength = 10;

    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase) { "bin", "dat", "tmp" };

    /// <summary>Refuses when <paramref name="fileName"/> claims a kind other than <paramref name="content"/>.</summary>
    /// <exception cref="IntakeRefusedException">The name's extension contradicts the content.</exception>
    public static void Check(string? fileName, DocumentKind content)
    {
        var extension = Extension(fileName);
        var own = Of(content);
        if (extension is null || Generic.Contains(extension) || extension.Equals(own, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var what = content == DocumentKind.Pdf ? "a PDF" : "a Word document (.docx)";
        throw new IntakeRefusedException(IntakeCodes.ExtensionMismatch,
            $"The file is named as a .{extension} file but its content is {what}; rename it to end in .{own} (or save the signed document again as .docx or .pdf) and upload it.",
            content);
    }

    /// <summary>The extension for a stored copy of <paramref name="kind"/>, without a dot.</summary>
    public static string Of(DocumentKind kind) => kind == DocumentKind.Pdf ? "pdf" : "docx";

    /// <summary>The extension <paramref name="fileName"/> claims, without its dot; null when it claims none.</summary>
    internal static string? Extension(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return null;
        }

        var slash = fileName.AsSpan().LastIndexOfAny('/', '\\');
        var segment = PrintableText.Keep(fileName.AsSpan(slash + 1)).TrimEnd(' ', '.');
        var dot = segment.LastIndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        var extension = segment[(dot + 1)..];
        return extension.Length is > 0 and <= MaxExtensionLength && extension.All(char.IsAsciiLetterOrDigit) && extension.Any(char.IsAsciiLetter)
            ? extension
            : null;
    }
}
