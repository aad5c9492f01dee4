using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>Normal and the three hidden defaults Word expects (paragraph font, table, list).</summary>
internal static class DefaultStyles
{
    public static IEnumerable<Style> Build()
    {
        yield return new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = StyleIds.Normal,
            Default = true,
            StyleName = new StyleName { Val = "Normal" },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto },
            },
            StyleRunProperties = new StyleRunProperties
            {
                RunFonts = StyleSheet.Fonts(),
                FontSize = new FontSize { Val = HouseStyle.BodySize },
                FontSizeComplexScript = new FontSizeComplexScript { Val = HouseStyle.BodySize },
                Languages = new Languages { Val = HouseStyle.Language },
            },
        };
        yield return Hidden(StyleValues.Character, StyleIds.DefaultParagraphFont, "Default Paragraph Font", 1);
        var table = Hidden(StyleValues.Table, StyleIds.TableNormal, "Normal Table", 99);
        table.StyleTableProperties = new StyleTableProperties
        {
            TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            TableCellMarginDefault = new TableCellMarginDefault
            {
                TopMargin = new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                TableCellLeftMargin = new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                BottomMargin = new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                TableCellRightMargin = new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa },
            },
        };
        yield return table;
        yield return Hidden(StyleValues.Numbering, StyleIds.NoList, "No List", 99);
    }

    private static Style Hidden(StyleValues type, string id, string name, int priority) =>
        new()
        {
            Type = type,
            StyleId = id,
            Default = true,
            StyleName = new StyleName { Val = name },
            UIPriority = new UIPriority { Val = priority },
            SemiHidden = new SemiHidden(),
            UnhideWhenUsed = new UnhideWhenUsed(),
        };
}
