using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>
/// The list definitions the renderer's list instances point at: abstractNum 10 (ordered) and 11 (bullets). Level
/// 1 labels sit where clause text starts; each level steps in by <see cref="HouseStyle.ListStep"/>.
/// </summary>
internal static class ListNumbering
{
    private static readonly (NumberFormatValues Format, string Text)[] Ordered =
    [
        (NumberFormatValues.LowerLetter, "(%1)"),
        (NumberFormatValues.LowerRoman, "(%2)"),
        (NumberFormatValues.Decimal, "%3."),
        (NumberFormatValues.UpperLetter, "%4."),
        (NumberFormatValues.UpperRoman, "%5."),
        (NumberFormatValues.LowerLetter, "%6)"),
        (NumberFormatValues.LowerRoman, "%7)"),
        (NumberFormatValues.Decimal, "%8)"),
        (NumberFormatValues.LowerLetter, "%9."),
    ];

    private static readonly string[] Bullets = ["\u2022", "\u25E6", "\u25AA"];

    public static IEnumerable<AbstractNum> Build()
    {
        yield return LevelFactory.Abstract(
            NumberingIds.OrderedList,
            "ContractDocs ordered list",
            MultiLevelValues.HybridMultilevel,
            Ordered.Select((level, i) => LevelFactory.Number(i, level.Format, level.Text, Left(i), HouseStyle.ListStep)));
        yield return LevelFactory.Abstract(
            NumberingIds.BulletList,
            "ContractDocs bullet list",
            MultiLevelValues.HybridMultilevel,
            Enumerable.Range(0, 9).Select(i => LevelFactory.Bullet(i, Bullets[i % Bullets.Length], Left(i), HouseStyle.ListStep)));
    }

    private static int Left(int level) => HouseStyle.ClauseIndent + ((level + 1) * HouseStyle.ListStep);
}
