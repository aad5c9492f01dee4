using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>word/styles.xml: document defaults and every style the renderer names (templates/README.md).</summary>
internal static class StyleSheet
{
    public static Styles Build()
    {
        var styles = new Styles(DocumentDefaults());
        foreach (var style in DefaultStyles.Build()
            .Concat(CoverStyles.Build())
            .Concat(ClauseStyles.Build())
            .Concat(ReferenceStyles.Build())
            .Concat(TableStyles.Build()))
        {
            styles.Append(style);
        }

        return styles;
    }

    /// <summary>Font, size and language for anything that names no style; Normal repeats them so Word's
    /// "Modify Style" on Normal shows and changes them.</summary>
    private static DocDefaults DocumentDefaults() =>
        new(
            new RunPropertiesDefault(new RunPropertiesBaseStyle
            {
                RunFonts = Fonts(),
                FontSize = new FontSize { Val = HouseStyle.BodySize },
                FontSizeComplexScript = new FontSizeComplexScript { Val = HouseStyle.BodySize },
                Languages = new Languages { Val = HouseStyle.Language },
            }),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto },
            }));

    public static RunFonts Fonts() =>
        new() { Ascii = HouseStyle.Font, HighAnsi = HouseStyle.Font, ComplexScript = HouseStyle.Font, EastAsia = HouseStyle.Font };
}
