using System.Collections.Frozen;

namespace ContractDocs.Library;

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
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<VariableType, string> NameOf =
        ByName.ToFrozenDictionary(p => p.Value, p => p.Key);

    /// <summary>The kinds a party may have, in the order the form offers them.</summary>
    public static IReadOnlyList<string> PartyKinds { get; } =
    [
        "health-commissioner", "local-authority", "nhs-trust", "gp-federation", "voluntary-organisation",
        "independent-provider",
    ];

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out VariableType type) =>
        ByName.TryGetValue(name ?? string.Empty, out type);

    public static string Name(VariableType type) => NameOf[type];

    /// <summary>The fields of one record of a structured type (party, person, outcome row, payment-at-risk year,
    /// contribution); empty for plain types. The one list validation, templates and the form share.</summary>
    public static IReadOnlyList<string> RecordFields(VariableType type) => type switch
    {
        VariableType.Party or VariableType.Parties => ["name", "kind", "identifier", "address"],
        VariableType.People => ["name", "role", "organisation"],
        VariableType.Outcomes => ["indicator", "baseline", "target", "weight", "source", "frequency"],
        VariableType.PaymentAtRisk => ["year", "percentage"],
        VariableType.Contributions => ["party", "amount"],
        _ => [],
    };

    /// <summary>True for types whose values are lists (usable with <c>{{#each}}</c>).</summary>
    public static bool IsList(VariableType type) =>
        type is VariableType.TextList or VariableType.Parties or VariableType.People or VariableType.Outcomes
            or VariableType.PaymentAtRisk or VariableType.Contributions;
}
