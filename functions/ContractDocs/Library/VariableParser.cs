using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;
using ContractDocs.Model;

namespace ContractDocs.Library;

/// <summary>Reads a <c>variables:</c> list (model.yaml or clause front matter).</summary>
internal static class VariableParser
{
    /// <summary>The keys a variable may hold (and the schemas list).</summary>
    internal static readonly string[] Keys =
        ["name", "type", "required", "description", "options", "min", "max", "mustIncludeKinds", "firstYearZero", "roles"];

    public static ImmutableArray<VariableDefinition> Parse(YamlReader reader, YamlMappingNode owner)
    {
        var result = ImmutableArray.CreateBuilder<VariableDefinition>();
        foreach (var map in reader.Mappings(owner, "variables"))
        {
            reader.CheckKeys(map, Keys);
            var name = reader.String(map, "name", required: true);
            var typeName = reader.String(map, "type", required: true);
            if (name is null || typeName is null)
            {
                continue;
            }

            if (!Ids.IsVariableName(name))
            {
                reader.Problem(map, "invalid-variable-name", $"Variable '{name}' must be camelCase letters and digits.");
            }

            if (!VariableTypes.TryParse(typeName, out var type))
            {
                reader.Problem(map, "unknown-variable-type",
                    $"Variable '{name}' has unknown type '{typeName}'. Types: {string.Join(", ", VariableTypes.Names)}.");
                continue;
            }

            var options = reader.StringList(map, "options");
            if (type == VariableType.Choice && options.IsEmpty)
            {
                reader.Problem(map, "missing-options", $"Choice variable '{name}' needs 'options'.");
            }

            var kinds = reader.StringList(map, "mustIncludeKinds");
            foreach (var kind in kinds.Where(k => !VariableTypes.PartyKinds.Contains(k)))
            {
                reader.Problem(map, "unknown-party-kind",
                    $"Variable '{name}' names party kind '{kind}'. Kinds: {string.Join(", ", VariableTypes.PartyKinds)}.");
            }

            result.Add(new VariableDefinition(
                name,
                type,
                reader.Boolean(map, "required"),
                reader.String(map, "description", required: true) ?? string.Empty,
                options,
                reader.Number(map, "min"),
                reader.Number(map, "max"),
                kinds,
                reader.Boolean(map, "firstYearZero"),
                Roles(reader, map, name, type)));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<RoleRule> Roles(YamlReader reader, YamlMappingNode map, string name, VariableType type)
    {
        var rules = ImmutableArray.CreateBuilder<RoleRule>();
        foreach (var rule in reader.Mappings(map, "roles"))
        {
            reader.CheckKeys(rule, "role", "min", "max", "kinds", "mustIncludeKinds", "within");
            if (type != VariableType.Parties)
            {
                reader.Problem(rule, "invalid-value", $"Only a parties variable can have 'roles'; '{name}' is not one.");
            }

            var role = reader.String(rule, "role", required: true) ?? "?";
            var within = reader.String(rule, "within", required: false);
            foreach (var unknown in new[] { role, within }.OfType<string>().Where(r => !VariableTypes.PartyRoles.Contains(r)))
            {
                reader.Problem(rule, "unknown-party-role", $"'{unknown}' is not a party role. Roles: {string.Join(", ", VariableTypes.PartyRoles)}.");
            }

            var kinds = reader.StringList(rule, "kinds");
            var mustInclude = reader.StringList(rule, "mustIncludeKinds");
            foreach (var kind in kinds.Concat(mustInclude).Where(k => !VariableTypes.PartyKinds.Contains(k)))
            {
                reader.Problem(rule, "unknown-party-kind", $"'{kind}' is not a party kind. Kinds: {string.Join(", ", VariableTypes.PartyKinds)}.");
            }

            var min = reader.Number(rule, "min");
            var max = reader.Number(rule, "max");
            rules.Add(new RoleRule(role, min is null ? null : (int)min, max is null ? null : (int)max, kinds, mustInclude, within));
        }

        return [.. rules.GroupBy(r => r.Role, StringComparer.Ordinal).Select(g => g.Aggregate((a, b) => a.Merge(b)))];
    }
}
