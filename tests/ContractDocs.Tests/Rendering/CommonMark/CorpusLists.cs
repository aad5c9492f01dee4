using System.Globalization;
using System.Xml.Linq;
using ContractDocs.Rendering;
using Markdig.Syntax;
using ContractDocs.Library;

namespace ContractDocs.Tests.Rendering.CommonMark;

/// <summary>
/// The list structure check: every list Markdig finds in the example (in document order, nested lists after the item
/// that holds them) is one Word numbering instance holding exactly one numbered paragraph per item, at the list's
/// nesting level, and every list, numbered or bulleted in the Markdown, in the lettered format (a contract cites its
/// items: 7.3(b)). So an item never vanishes (renumbering the rest), and an item's second paragraph, code lines or
/// quote never become items.
/// </summary>
public static class CorpusLists
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Null when the structure matches; otherwise the two descriptions.</summary>
    public static string? Compare(string markdown, IEnumerable<XElement> clauseBody, XDocument numbering)
    {
        var expected = new List<string>();
        Lists(Markdig.Markdown.Parse(markdown, MarkdownPipelines.Clauses), 0, expected);
        var formats = numbering.Root!.Elements(W + "abstractNum").ToDictionary(
            a => (string)a.Attribute(W + "abstractNumId")!,
            a => a.Elements(W + "lvl").Select(l => (string?)l.Element(W + "numFmt")?.Attribute(W + "val")).ToList());
        var nums = numbering.Root!.Elements(W + "num").ToDictionary(n => (string)n.Attribute(W + "numId")!, n => (string)n.Element(W + "abstractNumId")!.Attribute(W + "val")!);
        var actual = clauseBody.SelectMany(e => e.DescendantsAndSelf(W + "numPr"))
            .Select(n => (NumId: (string)n.Element(W + "numId")!.Attribute(W + "val")!, Level: int.Parse((string)n.Element(W + "ilvl")!.Attribute(W + "val")!, CultureInfo.InvariantCulture)))
            .GroupBy(n => n.NumId)
            .Select(g =>
            {
                var levels = g.Select(n => n.Level).Distinct().ToList();
                var format = levels.Count == 1 && nums.TryGetValue(g.Key, out var abstractId) && formats.TryGetValue(abstractId, out var levelFormats) ? levelFormats[levels[0]] : "?";
                return $"{(format == "bullet" ? "bullets" : "lettered")} x{g.Count()} at level {string.Join("/", levels)}";
            })
            .ToList();
        return expected.SequenceEqual(actual, StringComparer.Ordinal)
            ? null
            : $"Markdig has [{string.Join("; ", expected)}], the document [{string.Join("; ", actual)}]";
    }

    private static void Lists(ContainerBlock container, int level, List<string> found)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ListBlock list:
                    found.Add($"lettered x{list.Count} at level {Math.Min(level, 8)}");
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        Lists(item, level + 1, found);
                    }

                    break;
                case ContainerBlock inner:
                    Lists(inner, level, found);
                    break;
            }
        }
    }
}
