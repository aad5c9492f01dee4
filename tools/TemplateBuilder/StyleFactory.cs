using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>Shorthand for the parts of a style definition that repeat. Every call returns new elements.</summary>
internal static class StyleFactory
{
    /// <summary>A paragraph style shown in Word's style gallery (qFormat), based on <paramref name="basedOn"/>.</summary>
    public static Style Paragraph(string id, string name, StyleParagraphProperties paragraph, StyleRunProperties? run = null, string basedOn = StyleIds.Normal, string? next = null)
    {
        var style = new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            StyleName = new StyleName { Val = name },
            BasedOn = new BasedOn { Val = basedOn },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = paragraph,
        };
        if (next is not null)
        {
            style.NextParagraphStyle = new NextParagraphStyle { Val = next };
        }

        if (run is not null)
        {
            style.StyleRunProperties = run;
        }

        return style;
    }

    public static StyleRunProperties Run(string size, bool bold = false, string? colour = null)
    {
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Bold = new Bold();
            run.BoldComplexScript = new BoldComplexScript();
        }

        if (colour is not null)
        {
            run.Color = new Color { Val = colour };
        }

        run.FontSize = new FontSize { Val = size };
        run.FontSizeComplexScript = new FontSizeComplexScript { Val = size };
        return run;
    }

    public static SpacingBetweenLines Spacing(int before, int after) =>
        new() { Before = Twips(before), After = Twips(after) };

    public static Indentation Hanging(int left, int hanging) =>
        new() { Left = Twips(left), Hanging = Twips(hanging) };

    public static Indentation Left(int left) => new() { Left = Twips(left) };

    public static NumberingProperties Numbering(int numId, int level) =>
        new(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId });

    public static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
