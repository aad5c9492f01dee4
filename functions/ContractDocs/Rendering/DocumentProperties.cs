using System.Globalization;
using ContractDocs.Selection;

namespace ContractDocs.Rendering;

/// <summary>The core, extended and custom properties: provenance travels inside the file. The only date is the
/// generation time given in <see cref="RenderOptions"/> (an input, not the clock), so the same plan and options give the
/// same bytes.</summary>
internal static class DocumentProperties
{
    public static string Core(string title, string subject, string release, RenderOptions options)
    {
        var when = options.GeneratedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{PartEdits.Attribute(title)}</dc:title><dc:subject>{PartEdits.Attribute(subject)}</dc:subject>"
            + $"<dc:creator>{PartEdits.Attribute(options.GeneratedBy)}</dc:creator><cp:keywords>release {PartEdits.Attribute(release)}</cp:keywords>"
            + $"<cp:lastModifiedBy>{PartEdits.Attribute(options.GeneratedBy)}</cp:lastModifiedBy>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified>"
            + "</cp:coreProperties>";
    }

    public static string App(string generator) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        + $"<Application>{PartEdits.Attribute(generator)}</Application><DocSecurity>0</DocSecurity></Properties>";

    /// <summary>Writes the custom properties part: ContractDocs.Release, .Model, .SelectionSha256, .Generator, .ClauseCount, and one
    /// ContractDocs.Clause.NNN per clause: "id@version sha256".</summary>
    public static void Custom(AssemblyPlan plan, string generator, TextWriter xml)
    {
        var properties = new List<(string Name, string Value)>
        {
            ("ContractDocs.Release", plan.Release.Id),
            ("ContractDocs.Model", plan.Model),
            ("ContractDocs.SelectionSha256", plan.SelectionSha256),
            ("ContractDocs.Generator", generator),
            ("ContractDocs.ClauseCount", plan.Clauses.Length.ToString(CultureInfo.InvariantCulture)),
        };
        properties.AddRange(plan.Clauses.Select((c, i) => ($"ContractDocs.Clause.{i + 1:000}", $"{c.Clause.Key} {c.Clause.Sha256}")));
        xml.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        xml.Write("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
        var pid = 2;
        foreach (var (name, value) in properties)
        {
            xml.Write($"<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"{pid++}\" name=\"{name}\"><vt:lpwstr>{PartEdits.Attribute(value)}</vt:lpwstr></property>");
        }

        xml.Write("</Properties>");
    }
}
