using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace ContractDocs.Rendering.Markdown;

/// <summary>A GFM table as a Word table in the house table style; the header row repeats on every page.</summary>
internal sealed class TableRenderer : MarkdownObjectRenderer<WordRenderer, Table>
{
    protected override void Write(WordRenderer renderer, Table obj)
    {
        var writer = renderer.Writer;
        var columns = Math.Max(1, obj.ColumnDefinitions.Count(c => c is not null));
        TableWriter.Start(writer, columns);
        var outerList = renderer.List;
        renderer.List = null;
        foreach (var rowObject in obj)
        {
            var row = (TableRow)rowObject;
            writer.Start("w:tr");
            if (row.IsHeader)
            {
                writer.Start("w:trPr").Empty("w:tblHeader").End();
            }

            var written = 0;
            foreach (var cellObject in row)
            {
                if (written++ == columns)
                {
                    break;
                }

                WriteCell(renderer, (TableCell)cellObject, row.IsHeader);
            }

            for (; written < columns; written++)
            {
                writer.Start("w:tc").Start("w:p").End().End();
            }

            writer.End();
        }

        renderer.List = outerList;
        writer.End();
    }

    private static void WriteCell(WordRenderer renderer, TableCell cell, bool header)
    {
        renderer.Writer.Start("w:tc");
        renderer.CellStyle = header ? Styles.TableHeader : Styles.TableText;
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
        renderer.Writer.End();
    }
}
