namespace ContractDocs.Library;

/// <summary>A line diff by longest common subsequence, for comparing two clause versions side by side.</summary>
public static class LineDiff
{
    public enum Kind
    {
        Same,
        Removed,
        Added,
    }

    public static List<(Kind Kind, string Line)> Compare(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var lengths = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = before[i] == after[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var result = new List<(Kind, string)>();
        int a = 0, b = 0;
        while (a < before.Count || b < after.Count)
        {
            if (a < before.Count && b < after.Count && before[a] == after[b])
            {
                result.Add((Kind.Same, before[a++]));
                b++;
            }
            else if (b < after.Count && (a == before.Count || lengths[a, b + 1] >= lengths[a + 1, b]))
            {
                result.Add((Kind.Added, after[b++]));
            }
            else
            {
                result.Add((Kind.Removed, before[a++]));
            }
        }

        return result;
    }
}
