namespace ContractDocs.Templating;

/// <summary>
/// Private-use characters the <c>ref</c>, <c>term</c> and <c>anchor</c> helpers leave in rendered Markdown for the
/// Word renderer to turn into fields and bookmarks. Encoders replace these characters in values, so a value can never
/// forge a marker.
/// </summary>
public static class Markers
{
    public const char RefStart = '\uE000';
    public const char RefEnd = '\uE001';
    public const char TermStart = '\uE002';
    public const char TermEnd = '\uE003';
    public const char AnchorStart = '\uE004';
    public const char AnchorEnd = '\uE005';

    /// <summary>Where a plain value stands in a clause's shape (<see cref="ClauseShape"/>); never in rendered Markdown.</summary>
    public const char Hole = '\uE010';

    public static bool IsMarker(char c) => c is >= RefStart and <= AnchorEnd;
}
