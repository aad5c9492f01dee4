using System.Text.Json;
using ContractDocs.Library;
using ContractDocs.Model;

namespace ContractDocs.Selection;

/// <summary>Checks the roles given to the parties against the rules the plan's clauses declare (<see cref="RoleRule"/>):
/// how many hold each role, of which kinds, and within which other role. Every broken rule is reported, in words.</summary>
internal static class PartyRoleRules
{
    public static void Check(VariableDefinition variable, JsonElement value, string path, List<(string, string)> errors)
    {
        if (value.ValueKind != JsonValueKind.Array || variable.Roles.IsEmpty)
        {
            return;
        }

        var parties = value.EnumerateArray()
            .Select((p, i) => (Index: i, Name: Text(p, "name"), Kind: Text(p, "kind"), Roles: Roles(p)))
            .ToList();
        foreach (var rule in variable.Roles)
        {
            var holders = parties.Where(p => p.Roles.Contains(rule.Role)).ToList();
            var count = rule.Min == rule.Max && rule.Min is { } exactly ? $"exactly {Count(exactly)}"
                : rule.Min is { } min && rule.Max is { } max ? $"{min} to {max}"
                : rule.Min is { } least ? $"at least {Count(least)}"
                : rule.Max is { } most ? $"at most {Count(most)}" : null;
            if ((rule.Min is { } low && holders.Count < low) || (rule.Max is { } high && holders.Count > high))
            {
                errors.Add((path, $"'{variable.Name}' must give the role {rule.Role} to {count} of the parties; {(holders.Count == 0 ? "none has it" : $"{holders.Count} have it")}."));
            }

            foreach (var holder in holders.Where(h => !rule.Kinds.IsEmpty && !rule.Kinds.Contains(h.Kind ?? string.Empty)))
            {
                errors.Add((JsonPath.Child(JsonPath.Item(path, holder.Index), "roles"),
                    $"{holder.Name ?? "A party"} cannot have the role {rule.Role}: it is a {holder.Kind}, and the role is for {string.Join(" or ", rule.Kinds)} only."));
            }

            var kinds = holders.Select(h => h.Kind).ToHashSet(StringComparer.Ordinal);
            foreach (var kind in rule.MustIncludeKinds.Where(k => holders.Count > 0 && !kinds.Contains(k)))
            {
                errors.Add((path, $"The parties with the role {rule.Role} in '{variable.Name}' must include a {kind}."));
            }

            if (rule.Within is { } within)
            {
                foreach (var holder in holders.Where(h => !h.Roles.Contains(within)))
                {
                    errors.Add((JsonPath.Child(JsonPath.Item(path, holder.Index), "roles"),
                        $"{holder.Name ?? "A party"} has the role {rule.Role}, so it must also have the role {within}."));
                }
            }
        }
    }

    private static string Count(int n) => n == 1 ? "one" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Text(JsonElement party, string field) =>
        party.ValueKind == JsonValueKind.Object && party.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static HashSet<string> Roles(JsonElement party) =>
        party.ValueKind == JsonValueKind.Object && party.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array
            ? roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
}
