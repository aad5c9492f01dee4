namespace ContractDocs.TemplateBuilder;

/// <summary>
/// The numbering ids the template owns. Each <c>w:num</c> has the same id as the <c>w:abstractNum</c> it points
/// at. The renderer adds list instances from 100 up, pointing at <see cref="OrderedList"/> or
/// <see cref="BulletList"/> with a restart override.
/// </summary>
internal static class NumberingIds
{
    /// <summary>Clauses: "1." (Heading1), "1.1" (ClauseText), "1.1.1" (ClauseText3).</summary>
    public const int Clauses = 1;

    /// <summary>"Part 1" (PartHeading).</summary>
    public const int Parts = 2;

    /// <summary>"Schedule 1" (ScheduleHeading), and its paragraphs "1." (ScheduleText), restarting in each schedule.</summary>
    public const int Schedules = 3;

    /// <summary>Recitals: "(A)" (RecitalText).</summary>
    public const int Recitals = 4;

    /// <summary>Ordered lists: (a), (i), 1. …</summary>
    public const int OrderedList = 10;

    /// <summary>Bulleted lists: •, ◦, ▪ …</summary>
    public const int BulletList = 11;
}
