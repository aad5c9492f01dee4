namespace ContractDocs.TemplateBuilder;

/// <summary>
/// The style ids every template defines. The renderer names these ids (functions/ContractDocs/Rendering/Styles.cs),
/// so they never change; the display names in Word may.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string TableNormal = "TableNormal";
    public const string NoList = "NoList";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string PartHeading = "PartHeading";
    public const string ScheduleHeading = "ScheduleHeading";
    public const string ScheduleText = "ScheduleText";
    public const string RecitalsHeading = "RecitalsHeading";
    public const string RecitalText = "RecitalText";
    public const string NoteHeading = "NoteHeading";
    public const string NoteText = "NoteText";
    public const string DraftMark = "DraftMark";
    public const string Heading1 = "Heading1";
    public const string ClauseText = "ClauseText";
    public const string ClauseText3 = "ClauseText3";
    public const string BodyText = "BodyText";
    public const string ListParagraph = "ListParagraph";
    public const string DefinitionText = "DefinitionText";
    public const string TocHeading = "TOCHeading";
    public const string Toc1 = "TOC1";
    public const string Toc2 = "TOC2";
    public const string TableText = "TableText";
    public const string TableHeader = "TableHeader";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";
    public const string ContractTable = "ContractTable";
}
