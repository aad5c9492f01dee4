using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>Contents, running header and footer, and links: Word's built-in names, so Word treats them as its own.</summary>
internal static class ReferenceStyles
{
    public static IEnumerable<Style> Build()
    {
        var heading = StyleFactory.Paragraph(
            StyleIds.TocHeading,
            "TOC Heading",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                PageBreakBefore = new PageBreakBefore(),
                SpacingBetweenLines = StyleFactory.Spacing(before: 0, after: 240),
                OutlineLevel = new OutlineLevel { Val = 9 },
            },
            StyleFactory.Run(HouseStyle.PartSize, bold: true, colour: HouseStyle.HeadingColour),
            next: StyleIds.Normal);
        yield return Builtin(heading, 39);
        yield return Builtin(Contents(StyleIds.Toc1, "toc 1", 0), 39);
        yield return Builtin(Contents(StyleIds.Toc2, "toc 2", HouseStyle.ClauseIndent), 39);
        yield return Builtin(Running(StyleIds.Header, "header", new Tabs(new TabStop { Val = TabStopValues.Right, Position = HouseStyle.TextWidth }), null), 99);
        yield return Builtin(Running(StyleIds.Footer, "footer", null, new Justification { Val = JustificationValues.Center }), 99);
        yield return Builtin(
            new Style
            {
                Type = StyleValues.Character,
                StyleId = StyleIds.Hyperlink,
                StyleName = new StyleName { Val = "Hyperlink" },
                BasedOn = new BasedOn { Val = StyleIds.DefaultParagraphFont },
                StyleRunProperties = new StyleRunProperties
                {
                    Color = new Color { Val = HouseStyle.LinkColour },
                    Underline = new Underline { Val = UnderlineValues.Single },
                },
            },
            99);
    }

    /// <summary>A contents entry: the number, a tab to the hanging indent, the title, then a dotted right tab for
    /// the page number Word adds when it updates the field.</summary>
    private static Style Contents(string id, string name, int indent)
    {
        var style = StyleFactory.Paragraph(
            id,
            name,
            new StyleParagraphProperties
            {
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = HouseStyle.TextWidth }),
                SpacingBetweenLines = StyleFactory.Spacing(before: 0, after: 60),
                Indentation = StyleFactory.Hanging(indent + HouseStyle.ContentsIndent, HouseStyle.ContentsIndent),
            },
            next: StyleIds.Normal);
        style.PrimaryStyle = null;
        return style;
    }

    private static Style Running(string id, string name, Tabs? tabs, Justification? justification)
    {
        var paragraph = new StyleParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
        };
        if (tabs is not null)
        {
            paragraph.Tabs = tabs;
        }

        if (justification is not null)
        {
            paragraph.Justification = justification;
        }

        var style = StyleFactory.Paragraph(id, name, paragraph, StyleFactory.Run(HouseStyle.HeaderFooterSize, colour: HouseStyle.MutedColour));
        style.PrimaryStyle = null;
        return style;
    }

    /// <summary>Marks a built-in style as Word marks its own: hidden from the gallery until used.</summary>
    private static Style Builtin(Style style, int priority)
    {
        style.UIPriority = new UIPriority { Val = priority };
        style.UnhideWhenUsed = new UnhideWhenUsed();
        return style;
    }
}
