using System.Text.RegularExpressions;

namespace ContractDocs.Rendering;

/// <summary>
/// Gives the styles the renderer names (<see cref="Styles"/>) their expected ids in a template saved by another
/// program: LibreOffice, for one, renames "TOC1" to "Contents1" and "Hyperlink" to "InternetLink" but keeps the
/// display names. A style is found by id, else by display name ("toc 1", "TOC Heading", "Clause Text" …), and the
/// id is rewritten in every part of the template that refers to it. Stateless.
/// </summary>
internal static partial class StyleNormaliser
{
    private static readonly (string Id, string[] Names)[] Known =
    [
        (Styles.PartHeading, ["Part Heading"]),
        (Styles.ScheduleHeading, ["Schedule Heading"]),
        (Styles.ClauseHeading, ["heading 1", "Clause Heading"]),
        (Styles.ClauseText, ["Clause Text"]),
        (Styles.ClauseText3, ["Clause Text 3"]),
        (Styles.BodyText, ["Body Text"]),
        (Styles.ListParagraph, ["List Paragraph"]),
        (Styles.DefinitionText, ["Definition Text"]),
        (Styles.TocHeading, ["TOC Heading"]),
        (Styles.Toc1, ["toc 1"]),
        (Styles.Toc2, ["toc 2"]),
        (Styles.TableText, ["Table Text"]),
        (Styles.TableHeader, ["Table Header"]),
        (Styles.Hyperlink, ["Hyperlink"]),
        (Styles.Table, ["Contract Table"]),
    ];

    /// <summary>Old id to expected id, for every known style whose id differs in <paramref name="stylesXml"/>.</summary>
    public static Dictionary<string, string> Renames(string stylesXml)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match style in StyleDeclaration().Matches(stylesXml))
        {
            ids[style.Groups["id"].Value] = style.Groups["name"].Value;
        }

        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, names) in Known)
        {
            if (ids.ContainsKey(id))
            {
                continue;
            }

            var match = ids.FirstOrDefault(p => names.Any(n => string.Equals(n, p.Value, StringComparison.OrdinalIgnoreCase)));
            if (match.Key is not null && !renames.ContainsKey(match.Key))
            {
                renames[match.Key] = id;
            }
        }

        return renames;
    }

    /// <summary>Rewrites style references (styleId, pStyle, rStyle, tblStyle, basedOn, next, link) in one part.</summary>
    public static string Apply(string xml, IReadOnlyDictionary<string, string> renames) =>
        renames.Count == 0
            ? xml
            : StyleReference().Replace(xml, m => renames.TryGetValue(m.Groups["id"].Value, out var id)
                ? $"{m.Groups["prefix"].Value}\"{id}\""
                : m.Value);

    [GeneratedRegex("<w:style\\b[^>]*\\bw:styleId=\"(?<id>[^\"]+)\"[^>]*>\\s*<w:name w:val=\"(?<name>[^\"]+)\"")]
    private static partial Regex StyleDeclaration();

    [GeneratedRegex("(?<prefix>(w:styleId=|<w:(pStyle|rStyle|tblStyle|basedOn|next|link) w:val=))\"(?<id>[^\"]+)\"")]
    private static partial Regex StyleReference();
}
