using System.Globalization;

namespace ContractDocs.Rendering;

/// <summary>Writes a simple Word table of text in the house table style, with a repeating header row.</summary>
internal static class TableWriter
{
    public static void Write(WordWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Start(writer, header.Count);
        Row(writer, header, isHeader: true);
        foreach (var row in rows)
        {
            Row(writer, row, isHeader: false);
        }

        writer.End();
    }

    /// <summary>Opens a <c>w:tbl</c> in the house style, full width, with <paramref name="columns"/> equal columns;
    /// the caller writes the rows and closes it with <see cref="WordWriter.End"/>.</summary>
    public static void Start(WordWriter writer, int columns)
    {
        var width = (9026 / Math.Max(1, columns)).ToString(CultureInfo.InvariantCulture);
        writer.Start("w:tbl").Start("w:tblPr")
            .Empty("w:tblStyle", "w:val", Styles.Table)
            .Start("w:tblW").Attr("w:w", "5000").Attr("w:type", "pct").End()
            .Start("w:tblLook").Attr("w:firstRow", "1").Attr("w:lastRow", "0").Attr("w:firstColumn", "0").Attr("w:lastColumn", "0").Attr("w:noHBand", "0").Attr("w:noVBand", "1").End()
            .End();
        writer.Start("w:tblGrid");
        for (var i = 0; i < columns; i++)
        {
            writer.Empty("w:gridCol", "w:w", width);
        }

        writer.End();
    }

    private static void Row(WordWriter writer, IReadOnlyList<string> cells, bool isHeader)
    {
        writer.Start("w:tr");
        if (isHeader)
        {
            writer.Start("w:trPr").Empty("w:tblHeader").End();
        }

        foreach (var cell in cells)
        {
            writer.Start("w:tc").Start("w:p").Start("w:pPr").Empty("w:pStyle", "w:val", isHeader ? Styles.TableHeader : Styles.TableText).End();
            writer.Run(cell);
            writer.End().End();
        }

        writer.End();
    }
}
