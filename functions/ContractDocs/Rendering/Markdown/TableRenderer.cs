using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace ContractDocs.Rendering.Markdown;

/// <summary>A GFM table as a Word table in the house table style; the header row repeats on every page. The table is
/// as wide as its widest row: a row with fewer cells is padded with empty ones, and a cell beyond the delimiter row's
/// width is kept (GFM would drop it; a contract never drops text). Aligned columns keep their alignment.</summary>
internal sealed class TableRenderer : MarkdownObjectRenderer<WordRenderer, Table>
{
    protected override void Write(WordRenderer renderer, Table obj)
    {
        renderer.WritePendingItemNumber();
        var writer = renderer.Writer;
        var rows = obj.OfType<TableRow>().ToList();
        var columns = Math.Max(1, Math.Max(obj.ColumnDefinitions.Count(c => c is not null), rows.Count == 0 ? 0 : rows.Max(r => r.Count)));
        TableWriter.Start(writer, columns);
        var outerList = renderer.List;
        renderer.List = null;
        foreach (var row in rows)
        {
            writer.Start("w:tr");
            if (row.IsHeader)
            {
                writer.Start("w:trPr").Empty("w:tblHeader").End();
            }

            var column = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                WriteCell(renderer, cell, row.IsHeader, Justification(obj, cell.ColumnIndex >= 0 ? cell.ColumnIndex : column));
                column++;
            }

            for (; column < columns; column++)
            {
                writer.Start("w:tc").Start("w:p").End().End();
            }

            writer.End();
        }

        renderer.List = outerList;
        writer.End();
    }

    private static string? Justification(Table table, int column) =>
        column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column]?.Alignment switch
        {
            TableColumnAlign.Left => "left",
            TableColumnAlign.Center => "center",
            TableColumnAlign.Right => "right",
            _ => null,
        } : null;

    private static void WriteCell(WordRenderer renderer, TableCell cell, bool header, string? justification)
    {
        renderer.Writer.Start("w:tc");
        renderer.CellStyle = header ? Styles.TableHeader : Styles.TableText;
        renderer.CellJustification = justification;
        if (cell.Count == 0)
        {
            renderer.StartParagraph();
            renderer.EndParagraph();
        }
        else
        {
            renderer.WriteChildren(cell);
        }

        renderer.CellStyle = null;
        renderer.CellJustification = null;
        renderer.Writer.End();
    }
}
