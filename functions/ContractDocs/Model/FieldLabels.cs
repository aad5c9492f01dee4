using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ContractDocs.Model;

/// <summary>The labels of model.yaml <c>labels</c>: one per variable name and one per row field (a party's name, an
/// outcome's baseline …). Immutable and safe to share between threads.</summary>
public sealed class FieldLabels
{
    private readonly FrozenDictionary<string, FieldLabel> _variables;
    private readonly FrozenDictionary<string, FieldLabel> _fields;

    public FieldLabels(IEnumerable<FieldLabel> variables, IEnumerable<FieldLabel> fields)
    {
        VariableLabels = [.. variables.DistinctBy(l => l.Name)];
        FieldList = [.. fields.DistinctBy(l => l.Name)];
        _variables = VariableLabels.ToFrozenDictionary(l => l.Name, StringComparer.Ordinal);
        _fields = FieldList.ToFrozenDictionary(l => l.Name, StringComparer.Ordinal);
    }

    /// <summary>The variables' labels in model.yaml's order (for a release snapshot).</summary>
    internal ImmutableArray<FieldLabel> VariableLabels { get; }

    /// <summary>The row fields' labels in model.yaml's order (for a release snapshot).</summary>
    internal ImmutableArray<FieldLabel> FieldList { get; }

    public static FieldLabels None { get; } = new([], []);

    public IEnumerable<FieldLabel> Variables => _variables.Values;

    public FieldLabel? FindVariable(string name) => _variables.GetValueOrDefault(name);

    public FieldLabel? FindField(string name) => _fields.GetValueOrDefault(name);

    /// <summary>A variable's label; without one, its name in words ("annualBudget" reads "Annual budget").</summary>
    public FieldLabel Variable(string name) => FindVariable(name) ?? new FieldLabel(name, Words(name));

    /// <summary>A row field's label; without one, its name in words.</summary>
    public FieldLabel Field(string name) => FindField(name) ?? new FieldLabel(name, Words(name));

    private static string Words(string name)
    {
        var words = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
