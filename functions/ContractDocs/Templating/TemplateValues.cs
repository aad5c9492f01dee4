using System.Text.Json;
using ContractDocs.Library;
using ContractDocs.Model;

namespace ContractDocs.Templating;

/// <summary>Turns selection values (JSON) into the plain objects Handlebars binds to: dictionaries, lists, strings,
/// decimals and booleans. Never throws for values <see cref="Selection.SelectionReader"/> accepted; a field given twice
/// (which the reader refuses) keeps its first value.</summary>
public static class TemplateValues
{
    /// <summary>Like <see cref="From(JsonElement)"/>, and every record of a structured type carries all its fields,
    /// an optional one left out as null, so <c>{{#if address}}</c> works in strict mode.</summary>
    public static object? From(JsonElement value, VariableType type)
    {
        var converted = From(value);
        var fields = VariableTypes.RecordFields(type);
        if (fields.Count == 0)
        {
            return converted;
        }

        foreach (var record in (converted as IEnumerable<object?> ?? [converted]).OfType<Dictionary<string, object?>>())
        {
            foreach (var field in fields)
            {
                record.TryAdd(field, null);
            }
        }

        return converted;
    }

    public static object? From(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().DistinctBy(p => p.Name, StringComparer.Ordinal).ToDictionary(p => p.Name, p => From(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => value.EnumerateArray().Select(From).ToList(),
        JsonValueKind.String => value.GetString(),
        // A number decimal cannot hold (1e400; 1e-400 reads as 0) stays as typed: never a double, whose infinity
        // would print as "∞" and overflow the money and percent helpers.
        JsonValueKind.Number => value.TryGetDecimal(out var d) ? d : value.GetRawText(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
