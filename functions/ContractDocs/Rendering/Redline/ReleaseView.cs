using System.Text;
using System.Text.RegularExpressions;

namespace ContractDocs.Rendering.Redline;

/// <summary>
/// A clause's Markdown as a release book prints it: Handlebars left as written (a release has no values), but with
/// tables kept whole. In a clause, a line holding only a block tag (<c>{{#each outcomes}}</c>, <c>{{/each}}</c>,
/// <c>{{else}}</c>) may sit between a table's rows, where the rendered contract has rows; read as Markdown it would end
/// the table and leave the rest as lines of pipes. Here such a tag, opened within the table, becomes a row of its own
/// (its text in the first cell); a tag just before a table's header, and a line of text right after its last row, are
/// set apart from it by a blank line, so every table is a table. Nothing else changes.
/// </summary>
public static partial class ReleaseView
{
    public static string Body(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (!markdown.Contains('|', StringComparison.Ordinal) || !markdown.Contains("{{", StringComparison.Ordinal))
        {
            return markdown;
        }

        var lines = markdown.Split('\n');
        var output = new StringBuilder(markdown.Length + 64);
        var inTable = false;
        var openedInTable = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (BlockTag().Match(trimmed) is { Success: true } tag)
            {
                var opens = tag.Groups["kind"].Value is "#" or "^";
                var closes = tag.Groups["kind"].Value == "/";
                if (inTable && (opens || openedInTable > 0))
                {
                    openedInTable += opens ? 1 : closes ? -1 : 0;
                    Line(output, i, "| " + trimmed + " |");
                    continue;
                }

                if (inTable)
                {
                    // It closes (or turns) a block opened before the table: the table ends here.
                    inTable = false;
                    Line(output, i, string.Empty);
                }

                Line(output, i, line);
                if (StartsTable(lines, NextNonTag(lines, i + 1)))
                {
                    Line(output, i, string.Empty);
                }

                continue;
            }

            if (trimmed.StartsWith('|'))
            {
                if (!inTable && DelimiterRow().IsMatch(trimmed))
                {
                    inTable = true;
                    openedInTable = 0;
                }
            }
            else if (inTable)
            {
                // A line that is not a row ends the table; Markdown would otherwise take the table for a paragraph.
                inTable = false;
                if (trimmed.Length > 0)
                {
                    Line(output, i, string.Empty);
                }
            }

            Line(output, i, line);
        }

        return output.ToString();
    }

    private static void Line(StringBuilder output, int index, string line)
    {
        if (index > 0 || output.Length > 0)
        {
            output.Append('\n');
        }

        output.Append(line);
    }

    private static int NextNonTag(string[] lines, int from)
    {
        var i = from;
        while (i < lines.Length && BlockTag().IsMatch(lines[i].Trim()))
        {
            i++;
        }

        return i;
    }

    /// <summary>A header row at <paramref name="index"/> with the delimiter row under it.</summary>
    private static bool StartsTable(string[] lines, int index) =>
        index + 1 < lines.Length && lines[index].TrimStart().StartsWith('|') && DelimiterRow().IsMatch(lines[index + 1].Trim());

    [GeneratedRegex(@"^\{\{~?\s*(?<kind>[#/^]|else\b)[^{}]*\}\}$")]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$")]
    private static partial Regex DelimiterRow();
}
