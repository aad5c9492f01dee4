using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>
/// word/settings.xml: British English proofing, half-inch default tabs, Word 2013+ layout. The renderer adds
/// <c>w:updateFields</c> per contract (so the contents and page numbers refresh on opening); templates do not.
/// </summary>
internal static class DocumentSettings
{
    private const string WordUri = "http://schemas.microsoft.com/office/word";

    public static Settings Build() =>
        new(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(
                Compat(CompatSettingNameValues.CompatibilityMode, "15"),
                Compat(CompatSettingNameValues.OverrideTableStyleFontSizeAndJustification, "1"),
                Compat(CompatSettingNameValues.EnableOpenTypeFeatures, "1"),
                Compat(CompatSettingNameValues.DoNotFlipMirrorIndents, "1"),
                Compat(CompatSettingNameValues.DifferentiateMultirowTableHeaders, "1")),
            new ThemeFontLanguages { Val = HouseStyle.Language },
            new DecimalSymbol { Val = "." },
            new ListSeparator { Val = "," });

    private static CompatibilitySetting Compat(CompatSettingNameValues name, string value) =>
        new() { Name = name, Uri = WordUri, Val = value };
}
