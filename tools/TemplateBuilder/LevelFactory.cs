using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>Builds <c>w:lvl</c> elements. Indents are twips: text starts at <c>left</c>, the label at
/// <c>left - hanging</c>, separated by a tab to the hanging indent.</summary>
internal static class LevelFactory
{
    public static Level Number(int level, NumberFormatValues format, string text, int left, int hanging, string? style = null)
    {
        var result = new Level
        {
            LevelIndex = level,
            StartNumberingValue = new StartNumberingValue { Val = 1 },
            NumberingFormat = new NumberingFormat { Val = format },
            LevelText = new LevelText { Val = text },
            LevelJustification = new LevelJustification { Val = LevelJustificationValues.Left },
            PreviousParagraphProperties = new PreviousParagraphProperties { Indentation = StyleFactory.Hanging(left, hanging) },
        };
        if (style is not null)
        {
            result.ParagraphStyleIdInLevel = new ParagraphStyleIdInLevel { Val = style };
        }

        return result;
    }

    /// <summary>A bullet level; the symbol is drawn in the house font, which has •, ◦ and ▪ (WGL4).</summary>
    public static Level Bullet(int level, string symbol, int left, int hanging)
    {
        var result = Number(level, NumberFormatValues.Bullet, symbol, left, hanging);
        result.NumberingSymbolRunProperties = new NumberingSymbolRunProperties(
            new RunFonts { Ascii = HouseStyle.Font, HighAnsi = HouseStyle.Font, Hint = FontTypeHintValues.Default });
        return result;
    }

    public static AbstractNum Abstract(int id, string name, MultiLevelValues type, IEnumerable<Level> levels)
    {
        var result = new AbstractNum(
            new Nsid { Val = $"C0D0{id:X4}" },
            new MultiLevelType { Val = type },
            new AbstractNumDefinitionName { Val = name })
        {
            AbstractNumberId = id,
        };
        result.Append(levels);
        return result;
    }
}
