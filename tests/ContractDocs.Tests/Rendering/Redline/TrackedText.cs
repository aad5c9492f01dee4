using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace ContractDocs.Tests.Rendering.Redline;

/// <summary>Reads a redline as Word would after Accept All or Reject All: the text of each paragraph in body order
/// (tables' cells included), with a paragraph whose mark is removed joined to the next, and rows whose insertion or
/// deletion is removed left out. Written from the OOXML rules, independently of the redliner.</summary>
internal static class TrackedText
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static XDocument Document(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream);
    }

    /// <summary>The paragraphs' text of a document with no tracked changes.</summary>
    public static List<string> Plain(XContainer body) => Paragraphs(body, accept: true);

    public static List<string> Accepted(XContainer body) => Paragraphs(body, accept: true);

    public static List<string> Rejected(XContainer body) => Paragraphs(body, accept: false);

    private static List<string> Paragraphs(XContainer body, bool accept)
    {
        // Accepting removes deletions and keeps insertions; rejecting the opposite.
        var removed = accept ? W + "del" : W + "ins";
        var texts = new List<string>();
        var carry = new StringBuilder();
        foreach (var paragraph in body.Descendants(W + "p"))
        {
            if (paragraph.Ancestors(W + "tr").Any(r => r.Element(W + "trPr")?.Element(removed) is not null))
            {
                continue;
            }

            foreach (var node in paragraph.Descendants().Where(e => e.Name == W + "t" || e.Name == W + "delText"))
            {
                var inRemoved = node.Ancestors(removed).Any();
                if (!inRemoved && (node.Name == W + "t" || !accept))
                {
                    carry.Append(node.Value);
                }
            }

            if (paragraph.Element(W + "pPr")?.Element(W + "rPr")?.Element(removed) is not null)
            {
                continue;
            }

            texts.Add(carry.ToString());
            carry.Clear();
        }

        return texts;
    }
}
