using System.Text.Json;

namespace ContractDocs.Templating;

/// <summary>Turns selection values (JSON) into the plain objects Handlebars binds to: dictionaries, lists, strings,
/// decimals and booleans.</summary>
public static class TemplateValues
{
    public static object? From(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => From(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => value.EnumerateArray().Select(From).ToList(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetDecimal(out var d) ? d : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
