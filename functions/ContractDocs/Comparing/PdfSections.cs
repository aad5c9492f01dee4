using System.Collections.Immutable;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace ContractDocs.Comparing;

/// <summary>
/// Reads a PDF's text and cuts it at the draft's clause headings: the text's lines (words grouped by baseline, left to
/// right), without the lines every page repeats (running heads and page footers) or list numbers Word drew, are
/// searched from the end for each draft heading in turn (the table of contents, which names every heading first, is
/// passed over), and a Part heading before the next section is left out. A heading that is not found is a clause the PDF does not have. The PDF has
/// passed intake before it comes here.
/// </summary>
public static partial class PdfSections
{
    /// <summary>The signed copy's sections, named as the draft's they stand for; null when the PDF has no text.</summary>
    /// <exception cref="InvalidDataException">The PDF cannot be read.</exception>
    public static ImmutableArray<DocumentSection>? Read(byte[] bytes, IReadOnlyList<DocumentSection> draft, IReadOnlyList<string> dividers)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(dividers);
        var divider = dividers.Select(SectionMatcher.Heading).ToHashSet(StringComparer.Ordinal);
        var lines = Lines(bytes);
        if (lines.Count == 0)
        {
            return null;
        }

        var (starts, twoLines) = Starts(lines, [.. draft.Select(d => SectionMatcher.Heading(d.Heading))]);
        var sections = ImmutableArray.CreateBuilder<DocumentSection>();
        for (var d = 0; d < draft.Count; d++)
        {
            if (starts[d] is not { } start)
            {
                continue;
            }

            var end = Enumerable.Range(d + 1, draft.Count - d - 1).Select(n => starts[n]).FirstOrDefault(s => s is not null) ?? lines.Count;
            // A Part heading stands between the last section of one Part and the first of the next: not in either.
            var headingLines = twoLines.Contains(start) ? 2 : 1;
            var body = lines.Skip(start + headingLines).Take(end - start - headingLines).ToList();
            while (body.Count > 0 && divider.Contains(SectionMatcher.Heading(body[^1])))
            {
                body.RemoveAt(body.Count - 1);
            }

            sections.Add(new DocumentSection(draft[d].Kind, draft[d].Bookmark, string.Join(' ', lines.Skip(start).Take(headingLines)), WrappedHyphen().Replace(string.Join('\n', body), "-"), []));
        }

        return sections.ToImmutable();
    }

    /// <summary>Where each heading starts, or null: the longest run of headings whose last occurrences are in draft
    /// order (which passes over the table of contents), then each heading left out looked for between its neighbours,
    /// also as two lines (a long heading wraps).</summary>
    private static (int?[] Starts, HashSet<int> TwoLines) Starts(List<string> lines, string[] headings)
    {
        var normal = lines.Select(SectionMatcher.Heading).ToArray();
        var last = headings.Select(h => h.Length == 0 ? -1 : Array.LastIndexOf(normal, h)).ToArray();
        var starts = new int?[headings.Length];
        var twoLines = new HashSet<int>();
        foreach (var d in LongestIncreasing(last))
        {
            starts[d] = last[d];
        }

        for (var d = 0; d < headings.Length; d++)
        {
            if (starts[d] is not null || headings[d].Length == 0)
            {
                continue;
            }

            var from = (d == 0 ? null : starts[..d].LastOrDefault(s => s is not null)) ?? -1;
            var to = starts[(d + 1)..].FirstOrDefault(s => s is not null) ?? lines.Count;
            for (var i = from + 1; i < to; i++)
            {
                if (normal[i] == headings[d])
                {
                    starts[d] = i;
                    break;
                }

                if (i + 1 < to && SectionMatcher.Heading(lines[i] + " " + lines[i + 1]) == headings[d])
                {
                    starts[d] = i;
                    twoLines.Add(i);
                    break;
                }
            }
        }

        return (starts, twoLines);
    }

    /// <summary>The indexes of a longest strictly increasing subsequence of the non-negative values.</summary>
    private static List<int> LongestIncreasing(int[] values)
    {
        var length = new int[values.Length];
        var previous = new int[values.Length];
        var best = -1;
        for (var i = 0; i < values.Length; i++)
        {
            previous[i] = -1;
            if (values[i] < 0)
            {
                continue;
            }

            length[i] = 1;
            for (var j = 0; j < i; j++)
            {
                if (values[j] >= 0 && values[j] < values[i] && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }

            if (best < 0 || length[i] > length[best])
            {
                best = i;
            }
        }

        var chosen = new List<int>();
        for (var i = best; i >= 0; i = previous[i])
        {
            chosen.Add(i);
        }

        chosen.Reverse();
        return chosen;
    }

    private static List<string> Lines(byte[] bytes)
    {
        var pages = new List<List<string>>();
        try
        {
            using var document = PdfDocument.Open(bytes);
            foreach (var page in document.GetPages())
            {
                var lines = new List<List<UglyToad.PdfPig.Content.Word>>();
                foreach (var word in page.GetWords().OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
                {
                    if (lines.Count > 0 && Math.Abs(lines[^1][0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= 3)
                    {
                        lines[^1].Add(word);
                    }
                    else
                    {
                        lines.Add([word]);
                    }
                }

                pages.Add([.. lines.Select(l => string.Join(' ', l.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))]);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException("The PDF cannot be read.", e);
        }

        // Running heads and footers: a line (digits aside) on more than half of several pages.
        var repeated = pages.Count < 3
            ? []
            : pages.SelectMany(p => p.Select(Shape).Distinct()).GroupBy(s => s).Where(g => g.Count() > pages.Count / 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return [.. pages.SelectMany(p => p).Where(l => !repeated.Contains(Shape(l))).Select(l => ListNumber().Replace(l, string.Empty).Trim()).Where(l => l.Length > 0)];
    }

    private static string Shape(string line) => Digits().Replace(line, "#");

    /// <summary>A word broken at its hyphen over two lines ("sub-" then "contractors") is one word.</summary>
    [GeneratedRegex(@"(?<=\p{L})-\n")]
    private static partial Regex WrappedHyphen();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\s*(?:[0-9]{1,3}(?:\.[0-9]{1,3})+\.?\s+(?=\p{Lu}|\()|[0-9]{1,3}\.\s+(?=\p{L}|\()|\((?:[a-zA-Z]{1,4}|[0-9]{1,3})\)\s*|[\u2022\u25CF\u25AA\u2013-]\s+)")]
    private static partial Regex ListNumber();
}
