using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>The ContractTable table style and the paragraph styles for text in its cells.</summary>
internal static class TableStyles
{
    private const int CellMarginSide = 108;
    private const string CellMarginEnd = "57";

    public static IEnumerable<Style> Build()
    {
        yield return StyleFactory.Paragraph(
            StyleIds.TableText,
            "Table Text",
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            },
            StyleFactory.Run(HouseStyle.TableSize),
            next: StyleIds.TableText);

        yield return StyleFactory.Paragraph(
            StyleIds.TableHeader,
            "Table Header",
            new StyleParagraphProperties { KeepNext = new KeepNext() },
            new StyleRunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() },
            basedOn: StyleIds.TableText,
            next: StyleIds.TableHeader);

        yield return ContractTable();
    }

    /// <summary>Thin grey grid, roomy cells and a shaded, bold header row (applied where the table's look has
    /// firstRow on).</summary>
    private static Style ContractTable()
    {
        var style = new Style
        {
            Type = StyleValues.Table,
            StyleId = StyleIds.ContractTable,
            StyleName = new StyleName { Val = "Contract Table" },
            BasedOn = new BasedOn { Val = StyleIds.TableNormal },
            UIPriority = new UIPriority { Val = 59 },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            },
            StyleTableProperties = new StyleTableProperties
            {
                TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                TableBorders = new TableBorders
                {
                    TopBorder = Border<TopBorder>(),
                    LeftBorder = Border<LeftBorder>(),
                    BottomBorder = Border<BottomBorder>(),
                    RightBorder = Border<RightBorder>(),
                    InsideHorizontalBorder = Border<InsideHorizontalBorder>(),
                    InsideVerticalBorder = Border<InsideVerticalBorder>(),
                },
                TableCellMarginDefault = new TableCellMarginDefault
                {
                    TopMargin = new TopMargin { Width = CellMarginEnd, Type = TableWidthUnitValues.Dxa },
                    TableCellLeftMargin = new TableCellLeftMargin { Width = CellMarginSide, Type = TableWidthValues.Dxa },
                    BottomMargin = new BottomMargin { Width = CellMarginEnd, Type = TableWidthUnitValues.Dxa },
                    TableCellRightMargin = new TableCellRightMargin { Width = CellMarginSide, Type = TableWidthValues.Dxa },
                },
            },
        };
        style.Append(HeaderRow());
        return style;
    }

    private static TableStyleProperties HeaderRow() =>
        new(
            new RunPropertiesBaseStyle(new Bold(), new BoldComplexScript()),
            new TableStyleConditionalFormattingTableCellProperties(
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HouseStyle.HeaderRowFill }))
        {
            Type = TableStyleOverrideValues.FirstRow,
        };

    private static T Border<T>()
        where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = 4, Space = 0, Color = HouseStyle.BorderColour };
}
