using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>The heading and clause numbering: abstractNum 1 (clauses), 2 (parts), 3 (schedules and their paragraphs)
/// and 4 (recitals).</summary>
internal static class ClauseNumbering
{
    public static IEnumerable<AbstractNum> Build()
    {
        const int clause = HouseStyle.ClauseIndent;
        const int sub = HouseStyle.SubClauseIndent;
        const int step = HouseStyle.ListStep;
        yield return LevelFactory.Abstract(NumberingIds.Clauses, "ContractDocs clauses", MultiLevelValues.Multilevel, [
            LevelFactory.Number(0, NumberFormatValues.Decimal, "%1.", clause, clause, StyleIds.Heading1),
            LevelFactory.Number(1, NumberFormatValues.Decimal, "%1.%2", clause, clause, StyleIds.ClauseText),
            LevelFactory.Number(2, NumberFormatValues.Decimal, "%1.%2.%3", sub, sub - clause, StyleIds.ClauseText3),

            // Deeper levels have no style of their own; they are there for a lawyer who demotes a paragraph in Word.
            LevelFactory.Number(3, NumberFormatValues.LowerLetter, "(%4)", sub + step, step),
            LevelFactory.Number(4, NumberFormatValues.LowerRoman, "(%5)", sub + (2 * step), step),
            LevelFactory.Number(5, NumberFormatValues.UpperLetter, "(%6)", sub + (3 * step), step),
            LevelFactory.Number(6, NumberFormatValues.UpperRoman, "(%7)", sub + (4 * step), step),
            LevelFactory.Number(7, NumberFormatValues.Decimal, "(%8)", sub + (5 * step), step),
            LevelFactory.Number(8, NumberFormatValues.LowerLetter, "%9.", sub + (6 * step), step),
        ]);
        yield return LevelFactory.Abstract(NumberingIds.Parts, "ContractDocs parts", MultiLevelValues.SingleLevel, [
            LevelFactory.Number(0, NumberFormatValues.Decimal, "Part %1", HouseStyle.PartIndent, HouseStyle.PartIndent, StyleIds.PartHeading),
        ]);
        yield return LevelFactory.Abstract(NumberingIds.Schedules, "ContractDocs schedules", MultiLevelValues.Multilevel, [
            LevelFactory.Number(0, NumberFormatValues.Decimal, "Schedule %1", HouseStyle.ScheduleIndent, HouseStyle.ScheduleIndent, StyleIds.ScheduleHeading),
            LevelFactory.Number(1, NumberFormatValues.Decimal, "%2.", clause, clause, StyleIds.ScheduleText),
        ]);
        yield return LevelFactory.Abstract(NumberingIds.Recitals, "ContractDocs recitals", MultiLevelValues.SingleLevel, [
            LevelFactory.Number(0, NumberFormatValues.UpperLetter, "(%1)", clause, clause, StyleIds.RecitalText),
        ]);
    }
}
