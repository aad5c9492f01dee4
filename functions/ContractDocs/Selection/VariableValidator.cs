using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ContractDocs.Library;
using ContractDocs.Model;

namespace ContractDocs.Selection;

/// <summary>Checks every value against its variable's type and constraints; reports all missing names and every
/// wrong value with its JSON path. Stateless.</summary>
internal static class VariableValidator
{
    public static void Validate(
        ImmutableArray<VariableDefinition> variables,
        IReadOnlyDictionary<string, JsonElement> values,
        List<SelectionProblem> problems)
    {
        foreach (var variable in variables)
        {
            var path = JsonPath.Child("$.variables", variable.Name);
            if (!values.TryGetValue(variable.Name, out var value) || IsBlank(value))
            {
                if (variable.Required)
                {
                    problems.Add(new SelectionProblem(ProblemCodes.MissingVariable,
                        $"'{variable.Name}' is needed: {variable.Description}", path, variable.Name));
                }

                continue;
            }

            var errors = new List<(string Path, string Message)>();
            ValueRules.Check(variable, value, path, errors);
            foreach (var (at, message) in errors)
            {
                problems.Add(new SelectionProblem(ProblemCodes.InvalidVariable, message, at, variable.Name));
            }
        }
    }

    /// <summary>True for a value that counts as not given: null, blank text or an empty list.</summary>
    public static bool IsBlank(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };
}
