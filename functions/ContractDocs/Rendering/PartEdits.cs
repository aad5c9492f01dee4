using System.Globalization;
using System.Text;

namespace ContractDocs.Rendering;

/// <summary>The per-document edits of template parts: list numbering instances, hyperlink relationships, settings
/// without update-on-open, and the custom properties part.</summary>
internal static partial class PartEdits
{
    /// <summary>The template's numbering with the renderer's own list definitions added (so lists work whatever the
    /// template kept), their abstract ids chosen above the template's: the same for every document, so made once
    /// (<see cref="WordTemplate.Numbering"/>).</summary>
    public static TemplateNumbering NumberingDefinitions(string xml)
    {
        var used = AbstractIds().Matches(xml).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        var ordered = used + 1;
        var bullets = used + 2;
        var abstracts = ListDefinitions.Ordered(ordered) + ListDefinitions.Bullets(bullets);
        var firstNum = xml.IndexOf("<w:num ", StringComparison.Ordinal);
        xml = firstNum >= 0 ? xml.Insert(firstNum, abstracts) : InsertBefore(xml, "</w:numbering>", abstracts);
        return new TemplateNumbering(xml, ClosingAt(xml, "</w:numbering>"), ordered, bullets);
    }

    /// <summary>The numbering part: the template's with the list definitions, and one numbering instance per list,
    /// restarting at its level.</summary>
    public static string Numbering(TemplateNumbering numbering, IEnumerable<(int NumId, bool Ordered, int Level)> lists)
    {
        var added = new StringBuilder();
        foreach (var (numId, isOrdered, level) in lists)
        {
            added.Append(CultureInfo.InvariantCulture, $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{(isOrdered ? numbering.Ordered : numbering.Bullets)}\"/><w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
        }

        return string.Concat(numbering.Xml.AsSpan(0, numbering.Closing), added.ToString(), numbering.Xml.AsSpan(numbering.Closing));
    }

    /// <summary>The template's settings without <c>w:updateFields</c>: a contract never asks to update its fields on
    /// opening (its contents and cross-references are right as written; see <see cref="TocWriter"/>).</summary>
    public static string Settings(string xml) =>
        System.Text.RegularExpressions.Regex.Replace(xml, "<w:updateFields[^>]*/>", string.Empty);

    public static string DocumentRelationships(string xml, IEnumerable<(string Id, string Target)> hyperlinks)
    {
        var added = new StringBuilder();
        foreach (var (id, target) in hyperlinks)
        {
            added.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"{id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"{Attribute(target)}\" TargetMode=\"External\"/>");
        }

        return InsertBefore(xml, "</Relationships>", added.ToString());
    }

    public static string ContentTypes(string xml)
    {
        foreach (var (part, type) in new[]
        {
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"),
        })
        {
            if (!xml.Contains($"PartName=\"{part}\"", StringComparison.Ordinal))
            {
                xml = InsertBefore(xml, "</Types>", $"<Override PartName=\"{part}\" ContentType=\"{type}\"/>");
            }
        }

        return xml;
    }

    public static string RootRelationships(string xml)
    {
        foreach (var (target, type) in new[]
        {
            ("docProps/core.xml", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
            ("docProps/app.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"),
            ("docProps/custom.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"),
        })
        {
            if (!xml.Contains(type + "\"", StringComparison.Ordinal))
            {
                var id = "rIdProps" + target.Split('/')[1].Split('.')[0];
                xml = InsertBefore(xml, "</Relationships>", $"<Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{target}\"/>");
            }
        }

        return xml;
    }

    public static string Attribute(string value) => value
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex("<w:abstractNum\\b[^>]*w:abstractNumId=\"(\\d+)\"")]
    private static partial System.Text.RegularExpressions.Regex AbstractIds();

    private static string InsertBefore(string xml, string closing, string added) => xml.Insert(ClosingAt(xml, closing), added);

    private static int ClosingAt(string xml, string closing)
    {
        var at = xml.LastIndexOf(closing, StringComparison.Ordinal);
        return at >= 0 ? at : throw new InvalidDataException($"The template part has no '{closing}'.");
    }
}

/// <summary>A template's numbering part with the renderer's list definitions added: the XML, where its closing tag
/// starts, and the abstract ids of the ordered and bullet definitions.</summary>
internal sealed record TemplateNumbering(string Xml, int Closing, int Ordered, int Bullets);
