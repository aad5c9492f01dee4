using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>Tables in the ContractTable style, full text width, with fixed column widths (twips).</summary>
internal static class ContractTables
{
    /// <param name="header">Cell texts of a repeating header row (w:tblHeader), or null for none.</param>
    /// <param name="rows">Body rows. With a header row they are TableText; without, the first column is
    /// TableHeader (a label) and the rest TableText.</param>
    public static Table Build(int[] widths, string[]? header, params string[][] rows)
    {
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.ContractTable },
                new TableWidth { Width = StyleFactory.Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook
                {
                    Val = header is null ? "0600" : "0620",
                    FirstRow = header is not null,
                    LastRow = false,
                    FirstColumn = false,
                    LastColumn = false,
                    NoHorizontalBand = true,
                    NoVerticalBand = true,
                }),
            new TableGrid(widths.Select(w => new GridColumn { Width = StyleFactory.Twips(w) })));
        if (header is not null)
        {
            table.Append(Row(widths, header, _ => StyleIds.TableHeader, new TableRowProperties(new TableHeader())));
        }

        foreach (var row in rows)
        {
            table.Append(Row(widths, row, column => header is null && column == 0 ? StyleIds.TableHeader : StyleIds.TableText, null));
        }

        return table;
    }

    private static TableRow Row(int[] widths, string[] texts, Func<int, string> style, TableRowProperties? properties)
    {
        var row = new TableRow();
        if (properties is not null)
        {
            row.Append(properties);
        }

        for (var i = 0; i < texts.Length; i++)
        {
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = StyleFactory.Twips(widths[i]), Type = TableWidthUnitValues.Dxa }),
                Blocks.Styled(style(i), texts[i])));
        }

        return row;
    }
}
