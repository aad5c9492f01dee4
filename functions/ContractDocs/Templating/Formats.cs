using System.Globalization;

namespace ContractDocs.Templating;

/// <summary>How values read in a contract: money, dates, percentages, ordinals and lists, in British English.</summary>
public static class Formats
{
    private static readonly CultureInfo British = CultureInfo.InvariantCulture;

    private static readonly string[] OrdinalWords =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth",
    ];

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];

    /// <summary>£38,000,000 for whole pounds; £1,234.50 otherwise.</summary>
    public static string Money(decimal pounds) =>
        pounds == decimal.Truncate(pounds)
            ? "£" + pounds.ToString("#,##0", British)
            : "£" + pounds.ToString("#,##0.00", British);

    /// <summary>1 April 2027.</summary>
    public static string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>3%, 12.5%.</summary>
    public static string Percent(decimal value) => value.ToString("0.##", British) + "%";

    /// <summary>"first" to "twentieth" in words, then 21st, 22nd, 23rd, 24th ...</summary>
    public static string Ordinal(int value)
    {
        if (value is >= 0 and <= 20)
        {
            return OrdinalWords[value];
        }

        var suffix = (value % 100) is 11 or 12 or 13 ? "th" : (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return value.ToString(British) + suffix;
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }

    /// <summary>A number as typed (no trailing zeros).</summary>
    public static string Number(decimal value) => value.ToString("0.##########", British);
}
