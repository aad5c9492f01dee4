namespace ContractDocs.Templating;

/// <summary>
/// Private-use characters the <c>ref</c> and <c>term</c> helpers leave in rendered Markdown for the Word renderer to
/// turn into fields. Encoders replace these characters in values, so a value can never forge a marker.
/// </summary>
public static class Markers
{
    public const char RefStart = '\uE000';
    public const char RefEnd = '\uE001';
    public const char TermStart = '\uE002';
    public const char TermEnd = '\uE003';

    public static bool IsMarker(char c) => c is >= RefStart and <= TermEnd;
}
