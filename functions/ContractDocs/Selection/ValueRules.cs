using System.Globalization;
using System.Text.Json;
using ContractDocs.Library;
using ContractDocs.Model;

namespace ContractDocs.Selection;

/// <summary>The rules for each variable type (clause-library/README.md, "Variable types").</summary>
internal static class ValueRules
{
    public const decimal MaxMoney = 1_000_000_000_000m;

    public static void Check(VariableDefinition variable, JsonElement value, string path, List<(string, string)> errors)
    {
        var name = variable.Name;
        switch (variable.Type)
        {
            case VariableType.Text:
                Text(value, path, name, errors);
                break;
            case VariableType.Date:
                Date(value, path, name, errors);
                break;
            case VariableType.Money:
                Number(value, path, $"'{name}' must be an amount in pounds, e.g. 38000000", 0, MaxMoney, 2, variable, errors);
                break;
            case VariableType.Percentage:
                Number(value, path, $"'{name}' must be a percentage from 0 to 100, e.g. 12.5", 0, 100, 2, variable, errors);
                break;
            case VariableType.Integer:
                Number(value, path, $"'{name}' must be a whole number", -1_000_000, 1_000_000, 0, variable, errors);
                break;
            case VariableType.Boolean:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add((path, $"'{name}' must be true or false."));
                }

                break;
            case VariableType.Choice:
                if (value.ValueKind != JsonValueKind.String || !variable.Options.Contains(value.GetString()!))
                {
                    errors.Add((path, $"'{name}' must be one of: {string.Join(", ", variable.Options)}."));
                }

                break;
            case VariableType.TextList:
                Items(value, path, name, errors, (item, itemPath) => Text(item, itemPath, name, errors));
                break;
            case VariableType.Party:
                Records.Party(value, path, name, errors);
                break;
            case VariableType.Parties:
                Items(value, path, name, errors, (item, itemPath) => Records.Party(item, itemPath, name, errors));
                Records.PartyKinds(variable, value, path, errors);
                PartyRoleRules.Check(variable, value, path, errors);
                break;
            case VariableType.People:
                Items(value, path, name, errors, (item, itemPath) => Records.Person(item, itemPath, name, errors));
                break;
            case VariableType.Outcomes:
                Items(value, path, name, errors, (item, itemPath) => Records.Outcome(item, itemPath, name, errors));
                Records.OutcomeWeights(value, path, name, errors);
                break;
            case VariableType.PaymentAtRisk:
                Items(value, path, name, errors, (item, itemPath) => Records.RiskYear(item, itemPath, name, errors));
                Records.RiskYears(variable, value, path, errors);
                break;
            case VariableType.QualityRequirements or VariableType.Subcontractors or VariableType.DataFlows:
                Items(value, path, name, errors, (item, itemPath) => Records.TextRecord(variable.Type, item, itemPath, name, errors));
                break;
            case VariableType.Contributions:
                Items(value, path, name, errors, (item, itemPath) => Records.Contribution(item, itemPath, name, errors));
                break;
        }
    }

    public static void Text(JsonElement value, string path, string name, List<(string, string)> errors)
    {
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add((path, $"'{name}' must be text (not blank)."));
        }
    }

    public static void Date(JsonElement value, string path, string name, List<(string, string)> errors)
    {
        if (value.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add((path, $"'{name}' must be a date written yyyy-mm-dd, e.g. 2027-04-01."));
        }
    }

    /// <summary>The value as a decimal, or null when it is not a JSON number or is one decimal cannot hold (1e400).
    /// Never throws, whatever the value's kind.</summary>
    public static decimal? Decimal(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number : null;

    public static void Number(
        JsonElement value, string path, string message, decimal min, decimal max, int decimals,
        VariableDefinition? variable, List<(string, string)> errors)
    {
        if (Decimal(value) is not { } number || number < min || number > max || decimal.Round(number, decimals) != number)
        {
            errors.Add((path, message + "."));
            return;
        }

        if (variable?.Min is { } low && number < low)
        {
            errors.Add((path, $"'{variable.Name}' must be at least {low}."));
        }

        if (variable?.Max is { } high && number > high)
        {
            errors.Add((path, $"'{variable.Name}' must be at most {high}."));
        }
    }

    private static void Items(JsonElement value, string path, string name, List<(string, string)> errors, Action<JsonElement, string> check)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add((path, $"'{name}' must be a list."));
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            check(item, JsonPath.Item(path, index++));
        }
    }
}
