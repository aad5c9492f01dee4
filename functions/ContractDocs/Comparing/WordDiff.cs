using System.Collections.Immutable;
using DiffPlex;
using DiffPlex.Chunkers;

namespace ContractDocs.Comparing;

/// <summary>Word-level differences of two texts with DiffPlex: the texts are split at white space (which is then not
/// compared), and each run of differing words becomes one <see cref="WordChange"/>. Thread-safe.</summary>
public static class WordDiff
{
    private const int ContextWords = 6;
    private static readonly char[] Space = [' ', '\n', '\r', '\t', '\u00A0'];

    public static string[] Words(string text) => (text ?? string.Empty).Split(Space, StringSplitOptions.RemoveEmptyEntries);

    public static ImmutableArray<WordChange> Changes(string before, string after)
    {
        var a = Words(before);
        var b = Words(after);
        var result = Differ.Instance.CreateDiffs(string.Join('\n', a), string.Join('\n', b), ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var changes = ImmutableArray.CreateBuilder<WordChange>();
        var previousEnd = 0;
        foreach (var block in result.DiffBlocks)
        {
            // Context is unchanged text only: never words the previous change removed.
            var start = Math.Max(previousEnd, block.DeleteStartA - ContextWords);
            previousEnd = block.DeleteStartA + block.DeleteCountA;
            changes.Add(new WordChange(
                string.Join(' ', a[start..block.DeleteStartA]),
                string.Join(' ', a.Skip(block.DeleteStartA).Take(block.DeleteCountA)),
                string.Join(' ', b.Skip(block.InsertStartB).Take(block.InsertCountB))));
        }

        return changes.ToImmutable();
    }

    /// <summary>The same words, as many times each, in any order.</summary>
    public static bool SameWords(string x, string y) =>
        Words(x).Order(StringComparer.Ordinal).SequenceEqual(Words(y).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>How alike two texts are, 0 to 1: the share of words in common (Dice over word multisets).</summary>
    public static double Similarity(string x, string y)
    {
        var a = Words(x).GroupBy(w => w, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var b = Words(y).GroupBy(w => w, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var total = a.Values.Sum() + b.Values.Sum();
        if (total == 0)
        {
            return 0;
        }

        var common = a.Sum(p => Math.Min(p.Value, b.GetValueOrDefault(p.Key)));
        return 2.0 * common / total;
    }
}
