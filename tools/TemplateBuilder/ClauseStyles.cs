using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>
/// The styles of the contract's body. Headings and clause paragraphs carry their numbering in the style (numId 1–3),
/// so a paragraph given the style in Word is numbered and everything after it renumbers.
/// </summary>
internal static class ClauseStyles
{
    public static IEnumerable<Style> Build()
    {
        yield return StyleFactory.Paragraph(
            StyleIds.PartHeading,
            "Part Heading",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                NumberingProperties = StyleFactory.Numbering(NumberingIds.Parts, 0),
                SpacingBetweenLines = StyleFactory.Spacing(before: 360, after: 240),
                Indentation = StyleFactory.Hanging(HouseStyle.PartIndent, HouseStyle.PartIndent),
                OutlineLevel = new OutlineLevel { Val = 0 },
            },
            StyleFactory.Run(HouseStyle.PartSize, bold: true, colour: HouseStyle.HeadingColour),
            next: StyleIds.Heading1);

        yield return StyleFactory.Paragraph(
            StyleIds.ScheduleHeading,
            "Schedule Heading",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                PageBreakBefore = new PageBreakBefore(),
                NumberingProperties = StyleFactory.Numbering(NumberingIds.Schedules, 0),
                SpacingBetweenLines = StyleFactory.Spacing(before: 0, after: 240),
                Indentation = StyleFactory.Hanging(HouseStyle.ScheduleIndent, HouseStyle.ScheduleIndent),
                OutlineLevel = new OutlineLevel { Val = 0 },
            },
            StyleFactory.Run(HouseStyle.PartSize, bold: true, colour: HouseStyle.HeadingColour),
            next: StyleIds.BodyText);

        var heading = StyleFactory.Paragraph(
            StyleIds.Heading1,
            "heading 1",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                NumberingProperties = StyleFactory.Numbering(NumberingIds.Clauses, 0),
                SpacingBetweenLines = StyleFactory.Spacing(before: 240, after: 120),
                Indentation = StyleFactory.Hanging(HouseStyle.ClauseIndent, HouseStyle.ClauseIndent),
                OutlineLevel = new OutlineLevel { Val = 1 },
            },
            StyleFactory.Run(HouseStyle.HeadingSize, bold: true),
            next: StyleIds.ClauseText);
        heading.Aliases = new Aliases { Val = "Clause Heading" };
        heading.UIPriority = new UIPriority { Val = 9 };
        yield return heading;

        yield return StyleFactory.Paragraph(
            StyleIds.ClauseText,
            "Clause Text",
            new StyleParagraphProperties
            {
                NumberingProperties = StyleFactory.Numbering(NumberingIds.Clauses, 1),
                Indentation = StyleFactory.Hanging(HouseStyle.ClauseIndent, HouseStyle.ClauseIndent),
            },
            next: StyleIds.ClauseText);

        yield return StyleFactory.Paragraph(
            StyleIds.ClauseText3,
            "Clause Text 3",
            new StyleParagraphProperties
            {
                NumberingProperties = StyleFactory.Numbering(NumberingIds.Clauses, 2),
                Indentation = StyleFactory.Hanging(HouseStyle.SubClauseIndent, HouseStyle.SubClauseIndent - HouseStyle.ClauseIndent),
            },
            next: StyleIds.ClauseText3);

        yield return StyleFactory.Paragraph(
            StyleIds.ScheduleText,
            "Schedule Text",
            new StyleParagraphProperties
            {
                NumberingProperties = StyleFactory.Numbering(NumberingIds.Schedules, 1),
                Indentation = StyleFactory.Hanging(HouseStyle.ClauseIndent, HouseStyle.ClauseIndent),
            },
            next: StyleIds.ScheduleText);

        yield return StyleFactory.Paragraph(
            StyleIds.RecitalsHeading,
            "Recitals Heading",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = StyleFactory.Spacing(before: 360, after: 240),
            },
            StyleFactory.Run(HouseStyle.PartSize, bold: true, colour: HouseStyle.HeadingColour),
            next: StyleIds.RecitalText);

        yield return StyleFactory.Paragraph(
            StyleIds.RecitalText,
            "Recital Text",
            new StyleParagraphProperties
            {
                NumberingProperties = StyleFactory.Numbering(NumberingIds.Recitals, 0),
                Indentation = StyleFactory.Hanging(HouseStyle.ClauseIndent, HouseStyle.ClauseIndent),
            },
            next: StyleIds.RecitalText);

        yield return StyleFactory.Paragraph(
            StyleIds.NoteHeading,
            "Note Heading",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                PageBreakBefore = new PageBreakBefore(),
                SpacingBetweenLines = StyleFactory.Spacing(before: 0, after: 120),
            },
            StyleFactory.Run(HouseStyle.TableSize, bold: true, colour: HouseStyle.MutedColour),
            next: StyleIds.NoteText);

        yield return StyleFactory.Paragraph(
            StyleIds.NoteText,
            "Note Text",
            new StyleParagraphProperties(),
            StyleFactory.Run(HouseStyle.TableSize, bold: false, colour: HouseStyle.MutedColour),
            next: StyleIds.NoteText);

        yield return StyleFactory.Paragraph(
            StyleIds.DraftMark,
            "Draft Mark",
            new StyleParagraphProperties(),
            StyleFactory.Run(HouseStyle.TableSize, bold: true, colour: HouseStyle.DraftColour),
            next: StyleIds.Normal);

        yield return StyleFactory.Paragraph(
            StyleIds.BodyText,
            "Body Text",
            new StyleParagraphProperties { Indentation = StyleFactory.Left(HouseStyle.ClauseIndent) },
            next: StyleIds.BodyText);

        var list = StyleFactory.Paragraph(
            StyleIds.ListParagraph,
            "List Paragraph",
            new StyleParagraphProperties { Indentation = StyleFactory.Left(HouseStyle.ClauseIndent + HouseStyle.ListStep) });
        list.UIPriority = new UIPriority { Val = 34 };
        yield return list;

        yield return StyleFactory.Paragraph(
            StyleIds.DefinitionText,
            "Definition Text",
            new StyleParagraphProperties { Indentation = StyleFactory.Left(HouseStyle.ClauseIndent) },
            next: StyleIds.DefinitionText);
    }
}
