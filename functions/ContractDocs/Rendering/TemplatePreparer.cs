using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ContractDocs.Rendering;

/// <summary>
/// Makes a Word part's XML into a Handlebars template, once per template: joins tags that Word or LibreOffice split
/// across runs, turns paragraphs that hold only a block tag into that bare tag (so the block repeats or hides the
/// paragraphs between), moves a loop that opens in a table row's first cell and closes in its last around the whole
/// row, and replaces placeholder paragraphs such as <c>{{@clauses}}</c> with markers. Stateless.
/// </summary>
internal static partial class TemplatePreparer
{
    /// <summary>Separates the segments of a prepared document at each placeholder.</summary>
    public const char PlaceholderMark = '\uE00F';

    public static string Prepare(string xml, IReadOnlyCollection<string> placeholders)
    {
        var document = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
        foreach (var paragraph in document.Descendants(WordNames.P).ToList())
        {
            JoinSplitTags(paragraph);
        }

        foreach (var row in document.Descendants(WordNames.Tr).ToList())
        {
            WrapRowLoop(row);
        }

        foreach (var paragraph in document.Descendants(WordNames.P).ToList())
        {
            var text = string.Concat(paragraph.Descendants(WordNames.T).Select(t => t.Value)).Trim();
            if (placeholders.Contains(text))
            {
                paragraph.ReplaceWith(new XText($"{PlaceholderMark}{text}{PlaceholderMark}"));
            }
            else if (BlockTagOnly().IsMatch(text))
            {
                paragraph.ReplaceWith(new XText(text));
            }
        }

        return document.Declaration + document.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Moves the text of a tag that starts in one <c>w:t</c> and ends in later ones into the first.</summary>
    private static void JoinSplitTags(XElement paragraph)
    {
        var texts = paragraph.Descendants(WordNames.T).ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            var value = texts[i].Value;
            var j = i + 1;
            while (IsOpen(value) && j < texts.Count)
            {
                value += texts[j].Value;
                texts[j].Value = string.Empty;
                j++;
            }

            if (value != texts[i].Value)
            {
                texts[i].Value = value;
                texts[i].SetAttributeValue(WordNames.Space, "preserve");
            }
        }
    }

    private static bool IsOpen(string text)
    {
        var open = text.LastIndexOf("{{", StringComparison.Ordinal);
        return (open >= 0 && text.IndexOf("}}", open, StringComparison.Ordinal) < 0) || text.EndsWith('{');
    }

    private static void WrapRowLoop(XElement row)
    {
        var texts = row.Descendants(WordNames.T).Where(t => t.Value.Length > 0).ToList();
        if (texts.Count == 0)
        {
            return;
        }

        var open = RowLoopOpen().Match(texts[0].Value);
        var close = RowLoopClose().Match(texts[^1].Value);
        if (!open.Success || !close.Success)
        {
            return;
        }

        texts[0].Value = texts[0].Value[open.Length..];
        texts[^1].Value = texts[^1].Value[..close.Index];
        row.AddBeforeSelf(new XText(open.Value.Trim()));
        row.AddAfterSelf(new XText(close.Value.Trim()));
    }

    [GeneratedRegex(@"^\{\{(#[a-z]+( [^{}]*)?|/[a-z]+|else|\^[^{}]*)\}\}$")]
    private static partial Regex BlockTagOnly();

    [GeneratedRegex(@"^\s*\{\{#(each|if|unless) [^{}]+\}\}")]
    private static partial Regex RowLoopOpen();

    [GeneratedRegex(@"\{\{/(each|if|unless)\}\}\s*$")]
    private static partial Regex RowLoopClose();
}
