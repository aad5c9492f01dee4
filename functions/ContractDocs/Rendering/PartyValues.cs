using ContractDocs.Model;

namespace ContractDocs.Rendering;

/// <summary>
/// What templates and clauses read of the parties besides what was typed: each party's kind and roles in legal's words
/// (<c>kindName</c>, <c>roleNames</c>: model.yaml), a true flag per role it holds (<c>{{#if leadProvider}}</c> inside
/// <c>{{#each parties}}</c>), and, at the top level, the parties by role (<c>{{#each partiesByRole.section75Partner}}</c>)
/// and the one Lead Provider and pooled fund host (<c>{{leadProvider.name}}</c>, <c>{{poolHost.name}}</c>) where given.
/// </summary>
internal static class PartyValues
{
    public static void Add(Dictionary<string, object?> values, ContractingModel model)
    {
        var parties = (values.GetValueOrDefault("parties") as IEnumerable<object?> ?? []).OfType<Dictionary<string, object?>>().ToList();
        var byRole = ContractDocs.Model.VariableTypes.PartyRoles.ToDictionary(r => r, _ => new List<object?>(), StringComparer.Ordinal);
        foreach (var party in parties)
        {
            party["kindName"] = party.GetValueOrDefault("kind") is string kind ? model.KindTitle(kind) : null;
            var roles = (party.GetValueOrDefault("roles") as IEnumerable<object?> ?? []).OfType<string>().ToList();
            party["roleNames"] = roles.Count == 0 ? null : string.Join(", ", roles.Select(model.RoleTitle));
            foreach (var role in ContractDocs.Model.VariableTypes.PartyRoles)
            {
                party[role] = roles.Contains(role, StringComparer.Ordinal) ? true : null;
                if (roles.Contains(role, StringComparer.Ordinal))
                {
                    byRole[role].Add(party);
                }
            }
        }

        values["partiesByRole"] = byRole.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        values.TryAdd("leadProvider", byRole["leadProvider"].FirstOrDefault());
        values.TryAdd("poolHost", byRole["poolHost"].FirstOrDefault());
    }
}
