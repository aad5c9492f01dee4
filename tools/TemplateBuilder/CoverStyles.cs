using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>Title and Subtitle: the cover page, and Subtitle again for the Particulars and signature headings.</summary>
internal static class CoverStyles
{
    public static IEnumerable<Style> Build()
    {
        var title = StyleFactory.Paragraph(
            StyleIds.Title,
            "Title",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "2880", After = "360", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            },
            StyleFactory.Run(HouseStyle.TitleSize, bold: true, colour: HouseStyle.HeadingColour),
            next: StyleIds.Subtitle);
        title.UIPriority = new UIPriority { Val = 10 };
        yield return title;

        var subtitle = StyleFactory.Paragraph(
            StyleIds.Subtitle,
            "Subtitle",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = StyleFactory.Spacing(before: 120, after: 240),
            },
            StyleFactory.Run(HouseStyle.SubtitleSize, bold: true, colour: HouseStyle.MutedColour),
            next: StyleIds.Normal);
        subtitle.UIPriority = new UIPriority { Val = 11 };
        yield return subtitle;
    }
}
