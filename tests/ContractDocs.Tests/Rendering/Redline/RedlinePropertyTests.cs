using System.Xml.Linq;
using ContractDocs.Rendering.Redline;
using CsCheck;

namespace ContractDocs.Tests.Rendering.Redline;

/// <summary>For any two bodies (paragraphs of words from a small vocabulary, some bold, some in hyperlinks, tables
/// among them), accepting every tracked change of the merge gives the later body's text and rejecting every change the
/// earlier body's.</summary>
public sealed class RedlinePropertyTests
{
    private static readonly XNamespace W = TrackedText.W;
    private static readonly string[] Vocabulary = ["the", "Provider", "shall", "not", "pay", "within", "30", "days", "of", "invoice", "Party", "each"];

    private static readonly Gen<XElement> Run = Gen.Select(Gen.Int[0, Vocabulary.Length - 1].Array[1, 5], Gen.Bool, (words, bold) =>
        new XElement(W + "r", bold ? new XElement(W + "rPr", new XElement(W + "b")) : null,
            new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), string.Join(' ', words.Select(i => Vocabulary[i])) + " ")));

    private static readonly Gen<XElement> Paragraph = Gen.Select(Run.Array[0, 4], Gen.Int[0, 3], (runs, shape) => new XElement(W + "p",
        new XElement(W + "pPr", new XElement(W + "pStyle", new XAttribute(W + "val", shape == 0 ? "Heading1" : "ClauseText"))),
        shape == 1 && runs.Length > 0 ? new XElement(W + "hyperlink", new XAttribute(W + "anchor", "_RefClause1"), runs) : runs));

    private static readonly Gen<XElement> Table = Gen.Int[1, 3].SelectMany(columns => Paragraph.Array[columns].Array[1, 3].Select(rows =>
        new XElement(W + "tbl", new XElement(W + "tblPr"), new XElement(W + "tblGrid", Enumerable.Range(0, columns).Select(_ => new XElement(W + "gridCol", new XAttribute(W + "w", 1000)))),
            rows.Select(cells => new XElement(W + "tr", cells.Select(p => new XElement(W + "tc", p)))))));

    private static readonly Gen<XElement[]> Body = Gen.Frequency((6, Paragraph), (1, Table)).Array[0, 12];

    /// <summary>A later body often shares most of the earlier one: some blocks kept, some edited, some new.</summary>
    private static readonly Gen<(XElement[] A, XElement[] B)> Pair = Body.SelectMany(a => Gen.Select(Gen.Int[0, 2].Array[a.Length], Body, (keep, extra) =>
        (a, a.Where((_, i) => keep[i] > 0).Select((e, i) => keep[i] == 2 || i % 3 == 0 ? new XElement(e) : Edit(e)).Concat(extra).ToArray())));

    [Fact]
    public void Merge_AcceptAllIsTheLaterBody_RejectAllTheEarlier()
    {
        Pair.Sample(pair =>
        {
            var context = new RedlineContext(new TrackedAuthor("Clause library 2026.2", DateTimeOffset.UnixEpoch), 0, []);
            var merged = new XElement(W + "body", BlockMerge.Merge(pair.A, pair.B, context));
            var a = new XElement(W + "body", pair.A.Select(e => new XElement(e)));
            var b = new XElement(W + "body", pair.B.Select(e => new XElement(e)));
            return TrackedText.Accepted(merged).SequenceEqual(TrackedText.Plain(b)) && TrackedText.Rejected(merged).SequenceEqual(TrackedText.Plain(a));
        }, iter: 2000);
    }

    [Fact]
    public void Merge_OfABodyWithItself_TracksNothing()
    {
        Body.Sample(body =>
        {
            var context = new RedlineContext(new TrackedAuthor("Clause library 2026.2", DateTimeOffset.UnixEpoch), 0, []);
            var merged = new XElement(W + "body", BlockMerge.Merge(body, [.. body.Select(e => new XElement(e))], context));
            return context.Marks.Count == 0 && !merged.Descendants().Any(e => e.Name == W + "ins" || e.Name == W + "del");
        }, iter: 500);
    }

    /// <summary>The same block with its first word changed (the shape kept, so it pairs).</summary>
    private static XElement Edit(XElement block)
    {
        var copy = new XElement(block);
        if (copy.Descendants(W + "t").FirstOrDefault() is { } text)
        {
            text.Value = "amended " + text.Value;
        }

        return copy;
    }
}
