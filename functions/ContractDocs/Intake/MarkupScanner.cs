using System.Xml;

namespace ContractDocs.Intake;

/// <summary>
/// Walks one XML part for WordprocessingML that imports, embeds or runs something: <c>w:altChunk</c>, ActiveX
/// controls (<c>w:control</c>), OLE objects (<c>o:OLEObject</c>, <c>w:objectEmbed</c>, <c>w:objectLink</c>) and
/// dangerous fields, simple or complex. Both the transitional and the strict namespaces count.
/// </summary>
internal static class MarkupScanner
{
    private const string Office = "urn:schemas-microsoft-com:office:office";

    private static readonly HashSet<string> Word = new(StringComparer.Ordinal)
    {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    };

    public static void Scan(XmlReader reader, string partName, Findings findings)
    {
        var part = PrintableText.Quote(partName);
        var fields = new FieldCodeCollector(what => findings.Add(IntakeCodes.DangerousField,
            $"The document has {what} in {part}, which can run commands or pull in outside content when opened; remove the field (or replace it with its result: select it and press Ctrl+Shift+F9), save and upload again."));
        var instructionDepth = -1;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == Office && reader.LocalName == "OLEObject":
                    findings.Add(IntakeCodes.MacroEnabled, EmbeddedObject(part));
                    break;
                case XmlNodeType.Element when Word.Contains(reader.NamespaceURI):
                    if (WordElement(reader, part, findings, fields) && !reader.IsEmptyElement && instructionDepth < 0)
                    {
                        instructionDepth = reader.Depth;
                    }

                    break;
                case XmlNodeType.EndElement when reader.Depth == instructionDepth:
                    instructionDepth = -1;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when instructionDepth >= 0:
                    fields.Append(reader.Value);
                    break;
            }
        }

        fields.Finish();
    }

    /// <summary>Handles one w: element; true when it is a field instruction whose text follows.</summary>
    private static bool WordElement(XmlReader reader, string part, Findings findings, FieldCodeCollector fields)
    {
        switch (reader.LocalName)
        {
            case "altChunk":
                findings.Add(IntakeCodes.AltChunk,
                    $"The document imports another file through an altChunk in {part}, which Word converts when it opens it; open it in Word, save it as a new .docx (which merges the content) and upload that.");
                return false;
            case "control":
                findings.Add(IntakeCodes.MacroEnabled,
                    $"The document contains an ActiveX control in {part}; remove the control, save as a Word Document (.docx) and upload again.");
                return false;
            case "objectEmbed" or "objectLink":
                findings.Add(IntakeCodes.MacroEnabled, EmbeddedObject(part));
                return false;
            case "fldSimple":
                fields.Simple(Attribute(reader, "instr"));
                return false;
            case "fldChar":
                switch (Attribute(reader, "fldCharType"))
                {
                    case "begin":
                        fields.Begin();
                        break;
                    case "separate":
                        fields.Separate();
                        break;
                    case "end":
                        fields.End();
                        break;
                }

                return false;
            case "instrText" or "delInstrText":
                return true;
            default:
                return false;
        }
    }

    private static string? Attribute(XmlReader reader, string localName)
    {
        foreach (var ns in Word)
        {
            if (reader.GetAttribute(localName, ns) is { } value)
            {
                return value.Trim();
            }
        }

        return null;
    }

    private static string EmbeddedObject(string part) =>
        $"The document contains an embedded OLE object in {part}, which can carry code; replace it with a picture, save as a Word Document (.docx) and upload again.";
}
