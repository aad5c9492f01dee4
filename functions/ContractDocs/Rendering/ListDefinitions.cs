using System.Globalization;
using System.Text;

namespace ContractDocs.Rendering;

/// <summary>The renderer's own list formats: ordered lists (a), (i), 1. … and bullets • ◦ ▪, nine levels each,
/// indented 720 twips a level. Added to every document so lists never depend on what a template kept.</summary>
internal static class ListDefinitions
{
    private static readonly (string Format, string Text)[] OrderedLevels =
    [
        ("lowerLetter", "({0})"), ("lowerRoman", "({0})"), ("decimal", "{0}."), ("upperLetter", "{0}."), ("lowerLetter", "{0}."),
        ("lowerRoman", "{0}."), ("decimal", "{0}."), ("lowerLetter", "{0}."), ("lowerRoman", "{0}."),
    ];

    private static readonly string[] Bullet = ["\u2022", "\u25E6", "\u25AA"];

    /// <summary>Where the text of an item at <paramref name="level"/> starts, in twips from the margin: also the indent of
    /// the item's continuation paragraphs, which carry no number.</summary>
    public static int TextIndent(int level) => 1080 + (720 * level);

    public static string Ordered(int id) => Build(id, level =>
    {
        var (format, text) = OrderedLevels[level];
        return (format, string.Format(CultureInfo.InvariantCulture, text, $"%{level + 1}"));
    });

    public static string Bullets(int id) => Build(id, level => ("bullet", Bullet[level % Bullet.Length]));

    private static string Build(int id, Func<int, (string Format, string Text)> level)
    {
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"<w:abstractNum w:abstractNumId=\"{id}\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (var i = 0; i < 9; i++)
        {
            var (format, text) = level(i);
            var indent = TextIndent(i);
            xml.Append(CultureInfo.InvariantCulture, $"<w:lvl w:ilvl=\"{i}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"{indent}\" w:hanging=\"360\"/></w:pPr>");
            if (format == "bullet")
            {
                xml.Append("<w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\" w:hint=\"default\"/></w:rPr>");
            }

            xml.Append("</w:lvl>");
        }

        return xml.Append("</w:abstractNum>").ToString();
    }
}
