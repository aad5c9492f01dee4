using System.Text;
using System.Xml.Linq;
using ContractDocs.Library;

namespace ContractDocs.Rendering.Redline;

/// <summary>
/// Sequences of body blocks (paragraphs and tables) as tracked changes: aligned by what each says, the same ones kept
/// as the later document has them, and within a changed stretch each earlier block paired with the next later block
/// of its kind that reads alike (paragraphs merged word by word, tables row by row and cell by cell); what is left
/// unpaired is deleted or inserted whole. Order is kept on both sides, so accepting every change gives the later
/// blocks and rejecting every change the earlier ones.
/// </summary>
internal static class BlockMerge
{
    /// <summary>Paragraphs at least this alike are shown as one paragraph changed, not one deleted and one added.</summary>
    private const double PairSimilarity = 0.5;

    public static List<XElement> Merge(IReadOnlyList<XElement> a, IReadOnlyList<XElement> b, RedlineContext context)
    {
        var blocksA = a.Select(x => Describe(x, context)).ToList();
        var blocksB = b.Select(x => Describe(x, context)).ToList();
        var output = new List<XElement>();
        foreach (var span in SequenceDiff.Align([.. blocksA.Select(x => x.Key)], [.. blocksB.Select(x => x.Key)]))
        {
            if (span.Equal)
            {
                output.AddRange(b.Skip(span.BStart).Take(span.BCount).Select(e => new XElement(e)));
                continue;
            }

            var next = span.BStart;
            var end = span.BStart + span.BCount;
            for (var i = span.AStart; i < span.AStart + span.ACount; i++)
            {
                var match = -1;
                for (var k = next; k < end && match < 0; k++)
                {
                    match = Pairable(blocksA[i], blocksB[k]) ? k : -1;
                }

                if (match < 0)
                {
                    output.Add(Deleted(a[i], context));
                    continue;
                }

                output.AddRange(Enumerable.Range(next, match - next).Select(k => Inserted(b[k], context)));
                output.Add(Paired(a[i], blocksA[i], b[match], blocksB[match], context));
                next = match + 1;
            }

            output.AddRange(Enumerable.Range(next, end - next).Select(k => Inserted(b[k], context)));
        }

        return output;
    }

    public static XElement Deleted(XElement block, RedlineContext context) => block.Name == W.P
        ? ParagraphMerge.Deleted(block, context)
        : block.Name == W.Tbl ? Table(block, context.FromA(block), row => Row(row, context.FromA(row), context.Marks.Del(), b => Deleted(b, context))) : context.FromA(block);

    public static XElement Inserted(XElement block, RedlineContext context) => block.Name == W.P
        ? ParagraphMerge.Inserted(block, context)
        : block.Name == W.Tbl ? Table(block, new XElement(block), row => Row(row, new XElement(row), context.Marks.Ins(), b => Inserted(b, context))) : new XElement(block);

    private static XElement Paired(XElement a, Block blockA, XElement b, Block blockB, RedlineContext context)
    {
        if (a.Name == W.P)
        {
            return ParagraphMerge.Merge(a, blockA.Tokens!, b, blockB.Tokens!, context);
        }

        var rowsA = a.Elements(W.Tr).ToList();
        var rowsB = b.Elements(W.Tr).ToList();
        var rows = new List<XElement>();
        foreach (var span in SequenceDiff.Align([.. rowsA.Select(r => RowKey(r, context))], [.. rowsB.Select(r => RowKey(r, context))]))
        {
            if (span.Equal)
            {
                rows.AddRange(rowsB.Skip(span.BStart).Take(span.BCount).Select(r => new XElement(r)));
                continue;
            }

            var next = span.BStart;
            var end = span.BStart + span.BCount;
            for (var i = span.AStart; i < span.AStart + span.ACount; i++)
            {
                var cells = rowsA[i].Elements(W.Tc).Count();
                var match = Enumerable.Range(next, end - next).Where(k => rowsB[k].Elements(W.Tc).Count() == cells).DefaultIfEmpty(-1).First();
                if (match < 0)
                {
                    rows.Add(Row(rowsA[i], context.FromA(rowsA[i]), context.Marks.Del(), x => Deleted(x, context)));
                    continue;
                }

                rows.AddRange(Enumerable.Range(next, match - next).Select(k => Row(rowsB[k], new XElement(rowsB[k]), context.Marks.Ins(), x => Inserted(x, context))));
                rows.Add(MergeRow(rowsA[i], rowsB[match], context));
                next = match + 1;
            }

            rows.AddRange(Enumerable.Range(next, end - next).Select(k => Row(rowsB[k], new XElement(rowsB[k]), context.Marks.Ins(), x => Inserted(x, context))));
        }

        return new XElement(W.Tbl, b.Elements().Where(e => e.Name != W.Tr).Select(e => new XElement(e)), rows);
    }

    private static XElement MergeRow(XElement a, XElement b, RedlineContext context)
    {
        var cellsA = a.Elements(W.Tc).ToList();
        var row = new XElement(W.Tr, b.Elements().Where(e => e.Name != W.Tc).Select(e => new XElement(e)));
        var index = 0;
        foreach (var cell in b.Elements(W.Tc))
        {
            var blocks = Merge([.. cellsA[index++].Elements().Where(IsBlock)], [.. cell.Elements().Where(IsBlock)], context);
            row.Add(Cell(cell, blocks));
        }

        return row;
    }

    /// <summary>A whole table deleted or inserted: every row marked, its cells' paragraphs too.</summary>
    private static XElement Table(XElement original, XElement copy, Func<XElement, XElement> row) =>
        new(W.Tbl, copy.Elements().Where(e => e.Name != W.Tr), original.Elements(W.Tr).Select(row));

    /// <summary>A row deleted or inserted: the mark in its row properties, each cell's blocks through <paramref name="block"/>.</summary>
    private static XElement Row(XElement original, XElement copy, XElement mark, Func<XElement, XElement> block)
    {
        var trPr = copy.Element(W.TrPr);
        if (trPr is null)
        {
            trPr = new XElement(W.TrPr);
            if (copy.Element(W.TblPrEx) is { } exceptions)
            {
                exceptions.AddAfterSelf(trPr);
            }
            else
            {
                copy.AddFirst(trPr);
            }
        }

        trPr.Add(mark);
        var row = new XElement(W.Tr, copy.Elements().Where(e => e.Name != W.Tc));
        var cellsCopy = copy.Elements(W.Tc).ToList();
        var index = 0;
        foreach (var cell in original.Elements(W.Tc))
        {
            row.Add(Cell(cellsCopy[index++], [.. cell.Elements().Where(IsBlock).Select(block)]));
        }

        return row;
    }

    private static XElement Cell(XElement cell, List<XElement> blocks)
    {
        if (blocks.Count == 0 || blocks[^1].Name != W.P)
        {
            blocks.Add(new XElement(W.P));
        }

        return new XElement(W.Tc, cell.Element(W.TcPr) is { } tcPr ? new XElement(tcPr) : null, blocks);
    }

    private static bool IsBlock(XElement e) => e.Name != W.TcPr;

    private static bool Pairable(Block a, Block b) =>
        a.Kind == b.Kind && (a.Kind == W.Tbl || (a.Kind == W.P && ParagraphTokens.Similarity(a.Tokens!, b.Tokens!) >= PairSimilarity));

    private static Block Describe(XElement block, RedlineContext context) => new(block, context,
        block.Name == W.P ? ParagraphTokens.Key(block, context)
        : block.Name == W.Tbl ? "tbl:" + string.Concat(block.Elements(W.Tr).Select(r => RowKey(r, context)))
        : block.ToString(SaveOptions.DisableFormatting));

    private static string RowKey(XElement row, RedlineContext context)
    {
        var key = new StringBuilder("tr:");
        foreach (var paragraph in row.Descendants(W.P))
        {
            key.Append(ParagraphTokens.Key(paragraph, context)).Append('\u0005');
        }

        return key.Append(row.Elements(W.Tc).Count()).ToString();
    }

    /// <summary>A block and what it says. A paragraph's tokens (a run per word) are made only when it is compared
    /// word by word: most blocks of a redline are the same in both documents and never are.</summary>
    private sealed class Block(XElement element, RedlineContext context, string key)
    {
        private List<RunToken>? _tokens;

        public XName Kind => element.Name;

        public string Key => key;

        public List<RunToken>? Tokens => element.Name == W.P ? _tokens ??= ParagraphTokens.Tokens(element, context) : null;
    }
}
