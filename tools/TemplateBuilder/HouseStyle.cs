namespace ContractDocs.TemplateBuilder;

/// <summary>
/// The house style's measurements and colours, shared by styles, numbering and page setup. Lengths are twips
/// (1/20 pt; 1440 to the inch); font sizes are half-points (22 = 11 pt).
/// </summary>
internal static class HouseStyle
{
    public const string Font = "Arial";
    public const string Language = "en-GB";

    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int Margin = 1440;
    public const int HeaderDistance = 708;
    public const int TextWidth = PageWidth - (2 * Margin);

    /// <summary>Where clause text starts: after "1." and "1.1", and for unnumbered body text.</summary>
    public const int ClauseIndent = 720;

    /// <summary>Where "1.1.1" text starts; its number sits at <see cref="ClauseIndent"/>.</summary>
    public const int SubClauseIndent = 1728;

    /// <summary>Where the heading text starts after "Part 1" and "Schedule 1".</summary>
    public const int PartIndent = 1418;
    public const int ScheduleIndent = 1985;

    /// <summary>Where contents entries start after "1." or "Schedule 1".</summary>
    public const int ContentsIndent = 1440;

    /// <summary>Each list level steps in by this much; level 1 labels sit at <see cref="ClauseIndent"/>.</summary>
    public const int ListStep = 720;

    public const string BodySize = "22";
    public const string TableSize = "20";
    public const string HeaderFooterSize = "18";
    public const string HeadingSize = "24";
    public const string PartSize = "28";
    public const string SubtitleSize = "28";
    public const string TitleSize = "44";

    public const string HeadingColour = "1F3864";
    public const string MutedColour = "595959";
    public const string BorderColour = "808080";
    public const string HeaderRowFill = "D9D9D9";
    public const string LinkColour = "0563C1";
    public const string DraftColour = "C00000";
}
