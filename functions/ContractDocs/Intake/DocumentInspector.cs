using System.Security.Cryptography;

namespace ContractDocs.Intake;

/// <summary>
/// Inspects an uploaded finished document before anything is stored: decides by content whether it is a Word
/// document (.docx) or a PDF and refuses anything that could act on its reader (macros, external content,
/// dangerous fields, PDF actions), bombs, broken files, and names whose extension claims another kind
/// (<see cref="ExtensionClaim"/>). Thread-safe: it keeps no state.
/// </summary>
public static class DocumentInspector
{
    private const int PdfHeaderWindow = 1024;

    /// <summary>
    /// Inspects <paramref name="content"/>. Never throws for bad content: every refusal is a result with a stable
    /// <see cref="IntakeCodes">code</see> and a sentence a person can act on.
    /// </summary>
    /// <param name="content">The uploaded bytes.</param>
    /// <param name="originalFileName">The name the uploader gave: its extension must not contradict the content
    /// (<see cref="ExtensionClaim"/>), and its cleaned form is <see cref="InspectionResult.CleanOriginalName"/>; it
    /// never names the stored bytes.</param>
    /// <param name="limits">The limits to inspect against.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public static InspectionResult Inspect(ReadOnlySpan<byte> content, string? originalFileName, IntakeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxInflatedBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxEntries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxCharactersInPart);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxPdfObjects);

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        DocumentKind? kind = null;
        try
        {
            kind = Inspect(content, limits);

            // A refusal of the content comes first; only content that passes is then held to what its name claims.
            ExtensionClaim.Check(originalFileName, kind.Value);
            return Result(null, kind, sha256, content.Length, originalFileName);
        }
        catch (IntakeRefusedException refusal)
        {
            return Result(refusal, refusal.Kind ?? kind, sha256, content.Length, originalFileName);
        }
    }

    private static DocumentKind Inspect(ReadOnlySpan<byte> content, IntakeLimits limits)
    {
        if (content.IsEmpty)
        {
            throw new IntakeRefusedException(IntakeCodes.EmptyFile, "The file is empty (0 bytes); upload the signed document again.");
        }

        if (content.Length > limits.MaxBytes)
        {
            throw new IntakeRefusedException(IntakeCodes.TooLarge,
                $"The file is {Megabytes(content.Length)}; the limit is {Megabytes(limits.MaxBytes)}. Reduce the size of its pictures or save it again, then upload it.");
        }

        if (content.StartsWith("%PDF-"u8))
        {
            PdfInspector.Inspect(content, limits);
            return DocumentKind.Pdf;
        }

        var header = content[..Math.Min(content.Length, PdfHeaderWindow)].IndexOf("%PDF-"u8);
        if (header > 0)
        {
            throw new IntakeRefusedException(IntakeCodes.PdfBadHeader,
                $"The file has {header} bytes before its PDF header (%PDF-), which can make it read as two different files; save or print it to PDF again and upload the new file.");
        }

        if (content.StartsWith("PK\u0003\u0004"u8) || content.StartsWith("PK\u0005\u0006"u8))
        {
            DocxInspector.Inspect(content, limits);
            return DocumentKind.Docx;
        }

        throw new IntakeRefusedException(IntakeCodes.UnsupportedType,
            "The file is neither a Word document (.docx) nor a PDF, whatever its name says; save the signed document as .docx or .pdf and upload that.");
    }

    private static InspectionResult Result(IntakeRefusedException? refusal, DocumentKind? kind, string sha256, long length, string? originalFileName)
    {
        var extension = kind is { } known ? ExtensionClaim.Of(known) : "bin";
        return new InspectionResult(refusal is null, kind, refusal?.Code, refusal?.Reason, $"{sha256[..16]}.{extension}",
            FileNameCleaner.Clean(originalFileName, extension), sha256, length);
    }

    /// <summary>A size for a reason: "12.5 MB", or bytes when under a megabyte.</summary>
    internal static string Megabytes(long bytes) =>
        bytes < 1024 * 1024 ? $"{bytes:N0} bytes" : $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
