using System.Collections.Frozen;

namespace ContractDocs.Model;

/// <summary>Names of variable types as written in front matter, and the party kinds a party may have.</summary>
public static class VariableTypes
{
    private static readonly FrozenDictionary<string, VariableType> ByName = new Dictionary<string, VariableType>
    {
        ["text"] = VariableType.Text,
        ["date"] = VariableType.Date,
        ["money"] = VariableType.Money,
        ["percentage"] = VariableType.Percentage,
        ["integer"] = VariableType.Integer,
        ["boolean"] = VariableType.Boolean,
        ["choice"] = VariableType.Choice,
        ["text-list"] = VariableType.TextList,
        ["party"] = VariableType.Party,
        ["parties"] = VariableType.Parties,
        ["people"] = VariableType.People,
        ["outcomes"] = VariableType.Outcomes,
        ["payment-at-risk"] = VariableType.PaymentAtRisk,
        ["contributions"] = VariableType.Contributions,
        ["quality-requirements"] = VariableType.QualityRequirements,
        ["subcontractors"] = VariableType.Subcontractors,
        ["data-flows"] = VariableType.DataFlows,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<VariableType, string> NameOf =
        ByName.ToFrozenDictionary(p => p.Value, p => p.Key);

    /// <summary>The kinds a party may have, in the order the form offers them.</summary>
    public static IReadOnlyList<string> PartyKinds { get; } =
    [
        "health-commissioner", "local-authority", "nhs-trust", "gp-federation", "voluntary-organisation",
        "independent-provider",
    ];

    /// <summary>The roles a party may be given (chosen, never inferred from its kind), by the ids a selection and the
    /// templates use; their words are in model.yaml <c>partyRoles</c>.</summary>
    public static IReadOnlyList<string> PartyRoles { get; } =
    [
        "commissioner", "provider", "leadProvider", "allianceParticipant", "section75Partner", "poolHost",
    ];

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out VariableType type) =>
        ByName.TryGetValue(name ?? string.Empty, out type);

    public static string Name(VariableType type) => NameOf[type];

    /// <summary>The fields of one record of a structured type (party, person, outcome row, payment-at-risk year,
    /// contribution); empty for plain types. The one list validation, templates and the form share.</summary>
    public static IReadOnlyList<string> RecordFields(VariableType type) => type switch
    {
        VariableType.Party or VariableType.Parties => ["name", "kind", "identifier", "address", "roles"],
        VariableType.People => ["name", "role", "organisation"],
        VariableType.Outcomes => ["indicator", "baseline", "target", "weight", "source", "frequency"],
        VariableType.PaymentAtRisk => ["year", "percentage"],
        VariableType.Contributions => ["party", "amount"],
        VariableType.QualityRequirements => ["requirement", "threshold", "measurement", "consequence"],
        VariableType.Subcontractors => ["name", "services"],
        VariableType.DataFlows => ["data", "from", "to", "purpose", "basis"],
        _ => [],
    };

    /// <summary>The record fields that hold text (all but a party's roles, which is a list of role ids).</summary>
    public static IEnumerable<string> TextFields(VariableType type) => RecordFields(type).Where(f => f != "roles");

    /// <summary>True for types whose values are lists (usable with <c>{{#each}}</c>).</summary>
    public static bool IsList(VariableType type) =>
        type is VariableType.TextList or VariableType.Parties or VariableType.People or VariableType.Outcomes
            or VariableType.PaymentAtRisk or VariableType.Contributions or VariableType.QualityRequirements
            or VariableType.Subcontractors or VariableType.DataFlows;
}
