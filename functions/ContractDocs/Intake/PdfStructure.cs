using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace ContractDocs.Intake;

/// <summary>
/// The structure pass over a PDF, after the raw-byte scan in <see cref="PdfInspector"/>: opens it with PdfPig,
/// leniently (as readers repair small damage such as a wrong cross-reference offset), and walks its objects
/// (<see cref="PdfObjectWalk"/>) so that actions are judged by what they are and where they sit
/// (<see cref="PdfActionRules"/>), which names alone cannot tell. A PDF PdfPig cannot open is refused with
/// <see cref="IntakeCodes.PdfUnreadable"/>: what cannot be read cannot be checked. Bounded work: decoding goes
/// through its own <see cref="InflationBudget"/> of <see cref="IntakeLimits.MaxInflatedBytes"/>, the walk through
/// <see cref="IntakeLimits.MaxPdfObjects"/>, and PdfPig limits nesting depth itself.
/// </summary>
internal static class PdfStructure
{
    /// <exception cref="IntakeRefusedException">The PDF is refused.</exception>
    public static void Inspect(byte[] pdf, IntakeLimits limits)
    {
        var filters = new BudgetedFilterProvider(new InflationBudget(limits.MaxInflatedBytes, DocumentKind.Pdf));
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = filters });
            var structure = document.Structure;
            new PdfObjectWalk(structure.TokenScanner, limits.MaxPdfObjects)
                .Run(structure.Catalog.CatalogDictionary, structure.CrossReferenceTable.ObjectOffsets.Keys);
        }
        catch (IntakeRefusedException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException)
        {
            throw filters.Refusal ?? Unreadable("it is protected by a password", "remove the password (print it to a new PDF)");
        }
        catch (Exception)
        {
            // PdfPig reads hostile bytes: whatever it throws (format, index, null reference, depth) is this file
            // being unreadable, never a fault of the service, and must not escape as a 500.
            throw filters.Refusal ?? Unreadable("its structure is damaged or not valid PDF", "print or export it to PDF again");
        }

        if (filters.Refusal is { } swallowed)
        {
            throw swallowed;
        }
    }

    private static IntakeRefusedException Unreadable(string why, string fix) => new(IntakeCodes.PdfUnreadable,
        $"The PDF cannot be read to check it for scripts and actions because {why}; {fix} and upload the new file.",
        DocumentKind.Pdf);
}
