namespace ContractDocs.Rendering;

/// <summary>The style ids every template defines (templates/README.md); the renderer only ever names these.</summary>
public static class Styles
{
    public const string PartHeading = "PartHeading";
    public const string ScheduleHeading = "ScheduleHeading";
    public const string ScheduleText = "ScheduleText";
    public const string RecitalsHeading = "RecitalsHeading";
    public const string RecitalText = "RecitalText";
    public const string NoteHeading = "NoteHeading";
    public const string NoteText = "NoteText";
    public const string ClauseHeading = "Heading1";
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
    public const string Hyperlink = "Hyperlink";
    public const string Table = "ContractTable";
}
