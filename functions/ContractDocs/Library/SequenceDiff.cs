using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;

namespace ContractDocs.Library;

/// <summary>
/// Aligns two sequences of keys with DiffPlex (Myers' algorithm) and answers the equal and replaced stretches in order,
/// covering both sequences exactly once. Used for lines, words, paragraphs, table rows and clause sections alike.
/// Thread-safe (no state).
/// </summary>
public static partial class SequenceDiff
{
    private const char Separator = '\u0001';
    private static readonly Differ Differ = new();
    private static readonly CustomFunctionChunker Chunker = new(s => s.Length == 0 ? [] : s.Split(Separator));

    public static IReadOnlyList<DiffSpan> Align(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var spans = new List<DiffSpan>();
        if (a.Count == 0 || b.Count == 0)
        {
            if (a.Count + b.Count > 0)
            {
                spans.Add(new DiffSpan(false, 0, a.Count, 0, b.Count));
            }

            return spans;
        }

        // Keys never hold the separator: it is a control character that neither Word text nor a key can carry.
        var result = Differ.CreateDiffs(string.Join(Separator, a.Select(Clean)), string.Join(Separator, b.Select(Clean)), false, false, Chunker);
        int i = 0, j = 0;
        foreach (var block in result.DiffBlocks)
        {
            if (block.DeleteStartA > i)
            {
                spans.Add(new DiffSpan(true, i, block.DeleteStartA - i, j, block.InsertStartB - j));
            }

            spans.Add(new DiffSpan(false, block.DeleteStartA, block.DeleteCountA, block.InsertStartB, block.InsertCountB));
            i = block.DeleteStartA + block.DeleteCountA;
            j = block.InsertStartB + block.InsertCountB;
        }

        if (i < a.Count)
        {
            spans.Add(new DiffSpan(true, i, a.Count - i, j, b.Count - j));
        }

        return spans;
    }

    /// <summary>Text as words and the spaces between them, each its own token, so that joining the tokens gives the
    /// text back exactly.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. WordPattern().Matches(text).Select(m => m.Value)];
    }

    /// <summary>Lines of <paramref name="before"/> and <paramref name="after"/>, each marked same, removed or added.</summary>
    public static IEnumerable<(DiffKind Kind, string Line)> Lines(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = before.Split('\n');
        var b = after.Split('\n');
        foreach (var span in Align(a, b))
        {
            for (var k = 0; k < span.ACount; k++)
            {
                yield return (span.Equal ? DiffKind.Same : DiffKind.Removed, a[span.AStart + k]);
            }

            for (var k = 0; !span.Equal && k < span.BCount; k++)
            {
                yield return (DiffKind.Added, b[span.BStart + k]);
            }
        }
    }

    private static string Clean(string key) => key.Contains(Separator, StringComparison.Ordinal) ? key.Replace(Separator, '\u0002') : key;

    [GeneratedRegex(@"\s+|[^\s]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
