using System.Globalization;

namespace ContractDocs.Model;

/// <summary>Orders release ids (<c>2026.2</c>, <c>2026.10</c>) by year, then by number, as people read them.</summary>
public static class ReleaseOrder
{
    public static int Compare(string? a, string? b)
    {
        var (yearA, numberA) = Split(a);
        var (yearB, numberB) = Split(b);
        return yearA != yearB ? yearA.CompareTo(yearB) : numberA != numberB ? numberA.CompareTo(numberB) : string.CompareOrdinal(a, b);
    }

    public static IComparer<string> Comparer { get; } = System.Collections.Generic.Comparer<string>.Create(Compare);

    private static (int Year, int Number) Split(string? id)
    {
        var dot = id?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        return dot > 0
            && int.TryParse(id![..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(id[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (year, number)
            : (int.MaxValue, int.MaxValue);
    }
}
