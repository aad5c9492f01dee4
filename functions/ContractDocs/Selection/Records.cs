using System.Text.Json;
using ContractDocs.Library;
using ContractDocs.Model;

namespace ContractDocs.Selection;

/// <summary>The rules for structured values: parties, people, outcome rows, payment-at-risk years, contributions.</summary>
internal static class Records
{
    public static void Party(JsonElement value, string path, string name, List<(string, string)> errors)
    {
        if (!Fields(value, path, name, errors, VariableTypes.RecordFields(VariableType.Party)))
        {
            return;
        }

        Required(value, path, "name", name, errors);
        if (!value.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String || !VariableTypes.PartyKinds.Contains(kind.GetString()!))
        {
            errors.Add((JsonPath.Child(path, "kind"), $"Each party in '{name}' needs a kind: one of {string.Join(", ", VariableTypes.PartyKinds)}."));
        }

        Optional(value, path, "identifier", name, errors);
        Optional(value, path, "address", name, errors);
        if (value.TryGetProperty("roles", out var roles) && roles.ValueKind != JsonValueKind.Null)
        {
            if (roles.ValueKind != JsonValueKind.Array || roles.EnumerateArray().Any(r => r.ValueKind != JsonValueKind.String || !VariableTypes.PartyRoles.Contains(r.GetString()!)))
            {
                errors.Add((JsonPath.Child(path, "roles"), $"A party's roles in '{name}' are a list of: {string.Join(", ", VariableTypes.PartyRoles)}."));
            }
            else if (roles.EnumerateArray().Select(r => r.GetString()).GroupBy(r => r).Any(g => g.Count() > 1))
            {
                errors.Add((JsonPath.Child(path, "roles"), $"A party's roles in '{name}' name each role once."));
            }
        }
    }

    /// <summary>A row of a list whose fields are all text (quality requirements, sub-contractors, data flows): each
    /// field required.</summary>
    public static void TextRecord(VariableType type, JsonElement value, string path, string name, List<(string, string)> errors)
    {
        if (Fields(value, path, name, errors, VariableTypes.RecordFields(type)))
        {
            foreach (var field in VariableTypes.RecordFields(type))
            {
                Required(value, path, field, name, errors);
            }
        }
    }

    public static void PartyKinds(VariableDefinition variable, JsonElement value, string path, List<(string, string)> errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var kinds = value.EnumerateArray()
            .Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String)
            .Select(p => p.GetProperty("kind").GetString())
            .ToHashSet(StringComparer.Ordinal);
        var missing = variable.MustIncludeKinds.Where(k => !kinds.Contains(k)).ToList();
        if (missing.Count > 0)
        {
            errors.Add((path, $"'{variable.Name}' must include a party of kind {string.Join(" and ", missing)} for the clauses chosen."));
        }
    }

    public static void Person(JsonElement value, string path, string name, List<(string, string)> errors)
    {
        if (Fields(value, path, name, errors, VariableTypes.RecordFields(VariableType.People)))
        {
            Required(value, path, "name", name, errors);
            Required(value, path, "role", name, errors);
            Optional(value, path, "organisation", name, errors);
        }
    }

    public static void Outcome(JsonElement value, string path, string name, List<(string, string)> errors)
    {
        if (!Fields(value, path, name, errors, VariableTypes.RecordFields(VariableType.Outcomes)))
        {
            return;
        }

        foreach (var field in new[] { "indicator", "baseline", "target", "source", "frequency" })
        {
            if (!value.TryGetProperty(field, out var text) || !(ValueRules.Decimal(text) is not null
                || (text.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(text.GetString()))))
            {
                errors.Add((JsonPath.Child(path, field), $"Each outcome in '{name}' needs '{field}': text, or a number such as 2410."));
            }
        }

        ValueRules.Number(Property(value, "weight"), JsonPath.Child(path, "weight"), $"Each outcome's weight in '{name}' must be a percentage from 0 to 100", 0, 100, 2, null, errors);
    }

    public static void OutcomeWeights(JsonElement value, string path, string name, List<(string, string)> errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        // Summed only when every weight is a percentage (each wrong one is reported by its row), so at most
        // 500 x 100: the sum cannot overflow.
        var weights = value.EnumerateArray()
            .Select(o => Decimal(o, "weight") is { } w && w is >= 0 and <= 100 ? w : (decimal?)null)
            .ToList();
        if (weights.All(w => w is not null) && weights.Sum() is var total && total != 100)
        {
            errors.Add((path, $"The weights of the outcomes in '{name}' add up to {total}%; they must add up to 100%."));
        }
    }

    public static void RiskYear(JsonElement value, string path, string name, List<(string, string)> errors)
    {
        if (Fields(value, path, name, errors, VariableTypes.RecordFields(VariableType.PaymentAtRisk)))
        {
            ValueRules.Number(Property(value, "year"), JsonPath.Child(path, "year"), $"Each year in '{name}' must be a contract year from 1", 1, 50, 0, null, errors);
            ValueRules.Number(Property(value, "percentage"), JsonPath.Child(path, "percentage"), $"Each percentage in '{name}' must be from 0 to 100", 0, 100, 2, null, errors);
        }
    }

    public static void RiskYears(VariableDefinition variable, JsonElement value, string path, List<(string, string)> errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var rows = value.EnumerateArray()
            .Select(r => (Year: Decimal(r, "year"), Percentage: Decimal(r, "percentage")))
            .ToList();
        var years = rows.Select(r => r.Year).ToList();
        if (years.All(y => y is not null) && !years.Select(y => y!.Value).SequenceEqual(Enumerable.Range(1, years.Count).Select(i => (decimal)i)))
        {
            errors.Add((path, $"'{variable.Name}' must list contract years 1, 2, 3 … in order, once each."));
        }

        if (variable.FirstYearZero && rows.FirstOrDefault(r => r.Year == 1) is { Percentage: > 0 } first)
        {
            errors.Add((JsonPath.Item(path, rows.IndexOf(first)), $"'{variable.Name}' must put 0% at risk in year 1: the contract has a bedding-in year."));
        }
    }

    public static void Contribution(JsonElement value, string path, string name, List<(string, string)> errors)
    {
        if (Fields(value, path, name, errors, VariableTypes.RecordFields(VariableType.Contributions)))
        {
            Required(value, path, "party", name, errors);
            ValueRules.Number(Property(value, "amount"), JsonPath.Child(path, "amount"), $"Each amount in '{name}' must be in pounds", 0, ValueRules.MaxMoney, 2, null, errors);
        }
    }

    private static bool Fields(JsonElement value, string path, string name, List<(string, string)> errors, IReadOnlyList<string> allowed)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add((path, $"Each item of '{name}' must be an object with {string.Join(", ", allowed)}."));
            return false;
        }

        foreach (var property in value.EnumerateObject().Where(p => !allowed.Contains(p.Name)))
        {
            errors.Add((JsonPath.Child(path, property.Name), $"'{property.Name}' is not a field of '{name}'. Fields: {string.Join(", ", allowed)}."));
        }

        return true;
    }

    private static void Required(JsonElement value, string path, string field, string name, List<(string, string)> errors)
    {
        if (!value.TryGetProperty(field, out var text) || text.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(text.GetString()))
        {
            errors.Add((JsonPath.Child(path, field), $"Each item of '{name}' needs '{field}' (text)."));
        }
    }

    private static void Optional(JsonElement value, string path, string field, string name, List<(string, string)> errors)
    {
        if (value.TryGetProperty(field, out var text) && text.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            errors.Add((JsonPath.Child(path, field), $"'{field}' in '{name}' must be text."));
        }
    }

    private static JsonElement Property(JsonElement value, string field) =>
        value.TryGetProperty(field, out var found) ? found : default;

    /// <summary>A row's field as a number, or null when the row is not an object, lacks the field, or the field is not
    /// a number decimal can hold (a string, null, true, an object, 1e400 …).</summary>
    private static decimal? Decimal(JsonElement row, string field) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(field, out var v) ? ValueRules.Decimal(v) : null;
}
