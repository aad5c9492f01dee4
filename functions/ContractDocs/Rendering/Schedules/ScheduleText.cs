using ContractDocs.Templating;

namespace ContractDocs.Rendering.Schedules;

/// <summary>Cell text for schedule tables, and the display name of a party kind.</summary>
public static class ScheduleText
{
    public static string Of(IReadOnlyDictionary<string, object?> row, string field) => row.GetValueOrDefault(field) switch
    {
        null => string.Empty,
        decimal d => Formats.Number(d),
        var value => value.ToString() ?? string.Empty,
    };

    public static string Percent(object? value) => value is decimal d ? Formats.Percent(d) : string.Empty;

    public static string KindName(string kind) => kind switch
    {
        "health-commissioner" => "Health commissioner",
        "local-authority" => "Local authority",
        "nhs-trust" => "NHS trust",
        "gp-federation" => "GP federation",
        "voluntary-organisation" => "Voluntary organisation",
        "independent-provider" => "Independent provider",
        _ => kind,
    };
}
