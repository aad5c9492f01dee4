namespace ContractDocs.Tests.Intake;

/// <summary>WordprocessingML for a complex field whose code is split over one run per piece.</summary>
internal static class ComplexField
{
    /// <summary>A paragraph holding the field.</summary>
    public static string Paragraph(params string[] codePieces) => $"<w:p>{Inner(codePieces)}</w:p>";

    /// <summary>The runs of the field: begin, one instrText run per piece, separate, a result, end.</summary>
    public static string Inner(params string[] codePieces) =>
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + string.Concat(codePieces.Select(p => $"<w:r><w:instrText xml:space=\"preserve\">{System.Security.SecurityElement.Escape(p)}</w:instrText></w:r>"))
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>result</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
}
