using System.Globalization;

namespace ContractDocs.Functions.Pages;

/// <summary>Times as people in England read them: in Europe/London, with the zone's name and offset, so a time is never
/// ambiguous ("2 December 2026, 14:05 GMT (+00:00)", "1 July 2027, 09:30 BST (+01:00)").</summary>
public static class LondonTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Format(DateTimeOffset when)
    {
        var local = TimeZoneInfo.ConvertTime(when, London);
        var zone = London.IsDaylightSavingTime(local) ? "BST" : "GMT";
        var offset = local.Offset;
        return local.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)
            + $" {zone} ({(offset < TimeSpan.Zero ? '-' : '+')}{offset:hh\\:mm})";
    }

    /// <summary>The day in London ("2 December 2026").</summary>
    public static string Day(DateTimeOffset when) => TimeZoneInfo.ConvertTime(when, London).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
