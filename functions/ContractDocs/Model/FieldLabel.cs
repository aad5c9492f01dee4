using System.Collections.Immutable;

namespace ContractDocs.Model;

/// <summary>How a value the commissioner fills in reads on the form and in its messages: legal's words from model.yaml
/// <c>labels</c>. <see cref="Noun"/> is how the value reads inside a sentence ("Enter the contract reference");
/// <see cref="Unit"/> what a whole number counts ("Term must be a whole number of years"); <see cref="Options"/> a
/// label for each option of a choice; <see cref="Party"/> says the value names one of the parties.</summary>
public sealed record FieldLabel
{
    public FieldLabel(string name, string label, string? noun = null, string? hint = null, string? unit = null, bool party = false, ImmutableDictionary<string, string>? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Name = name;
        Label = label;
        Noun = noun ?? "the " + (label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label);
        Hint = hint;
        Unit = unit;
        Party = party;
        Options = options ?? ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
    }

    public string Name { get; }

    public string Label { get; }

    public string Noun { get; }

    /// <summary>Words for the form that replace the clause's description, when that names machine values.</summary>
    public string? Hint { get; }

    public string? Unit { get; }

    public bool Party { get; }

    public ImmutableDictionary<string, string> Options { get; }

    /// <summary>An option's label, or the option itself when legal has given none (the linter refuses that).</summary>
    public string OptionLabel(string option) => Options.GetValueOrDefault(option, option);
}
