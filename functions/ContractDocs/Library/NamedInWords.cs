using System.Text.RegularExpressions;

namespace ContractDocs.Library;

/// <summary>
/// Finds text that names a clause or a schedule in words or by a typed number ("the services schedule", "the schedule listing
/// the Parties", "the clause on the Lead Provider", "the joint clinical and social care leadership clause", "clause 12",
/// "Schedule 3", "Clause 12", "paragraphs 4 and 5") instead of citing it with
/// <c>{{ref}}</c>: such words point at nothing, never renumber, and survive the removal of what they name. "This
/// clause", "this Schedule", "the Schedules" (in general), "each clause", "any clause", "the relevant Schedule" and
/// "the clause" alone are fine. Checked in the body and in the definitions.
/// </summary>
internal static partial class NamedInWords
{
    public static void Check(ClauseVersion text, Action<int, string> add)
    {
        // Blank each tag but keep its line breaks, so a tag over several lines does not move the lines after it.
        var body = Untagged().Replace(text.Body, m => new string([.. m.Value.Select(c => c == '\n' ? '\n' : ' ')]));
        foreach (Match match in Pattern().Matches(body))
        {
            var line = text.BodyLine + body.AsSpan(0, match.Index).Count('\n');
            add(line, Message(match.Value));
        }

        foreach (var definition in text.Defines)
        {
            foreach (Match match in Pattern().Matches(Untagged().Replace(definition.Definition, " ")))
            {
                add(text.LineOf("defines"), $"The definition of \"{definition.Term}\": {Message(match.Value)}");
            }
        }
    }

    private static string Message(string words) =>
        $"'{string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}' names a clause or schedule in words. Cite it with {{{{ref \"its-id\"}}}} (or \"its-id#anchor\" for a paragraph), so the contract prints its number as a live cross-reference, and the resolver refuses a contract that leaves it out.";

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex Untagged();

    /// <summary>A word between "the" and "clause" or "schedule" that makes the words name no particular text ("each
    /// clause", "any clause", "another clause", "the relevant Schedule", "a schedule of rates"), or points at the
    /// text itself or one already cited ("this clause", "that Schedule"); and "the", so that "kept under the clause"
    /// is as unnamed as "under the clause", and only "the dispute resolution clause" is quoted from "the terms of the
    /// dispute resolution clause".</summary>
    private const string NotANameWord = @"(?!(?i:this|these|that|those|its|each|every|any|another|such|same|relevant|the|an?)\b)";

    [GeneratedRegex(
        @"\b(?:[Tt]he|[Aa]n?)\s+(?:" + NotANameWord + @"[A-Za-z][A-Za-z-]*\s+){1,4}[Ss]chedule\b(?!s)(?!\s+\d)"
        + @"|\b[Tt]he\s+[Cc]lause\s+(?:on|about|headed|dealing\s+with|titled)\b"
        + @"|\b[Tt]he\s+[Ss]chedules?\s+(?:on|about|headed|titled|listing|setting\s+out|dealing\s+with|that\s+(?:sets|lists))\b"
        + @"|\b[Tt]he\s+(?:" + NotANameWord + @"[A-Za-z][A-Za-z-]*\s+){1,7}[Cc]lause\b(?!s)(?!\s+\d)"
        + @"|\b(?:[Cc]lauses?|[Ss]chedules?|[Pp]aragraphs?)\s+\d+(?:\.\d+)*\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
