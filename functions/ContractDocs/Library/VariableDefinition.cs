using System.Collections.Immutable;

namespace ContractDocs.Library;

/// <summary>
/// A variable a clause (or the model) needs from the commissioner, with its type and constraints.
/// Two declarations of one name must agree on type; <see cref="Merge"/> combines their constraints.
/// </summary>
public sealed record VariableDefinition
{
    public VariableDefinition(
        string name,
        VariableType type,
        bool required,
        string description,
        ImmutableArray<string> options = default,
        decimal? min = null,
        decimal? max = null,
        ImmutableArray<string> mustIncludeKinds = default,
        bool firstYearZero = false,
        ImmutableArray<RoleRule> roles = default)
    {
        Roles = roles.IsDefault ? [] : roles;
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Type = type;
        Required = required;
        Description = description ?? string.Empty;
        Options = options.IsDefault ? [] : options;
        Min = min;
        Max = max;
        MustIncludeKinds = mustIncludeKinds.IsDefault ? [] : mustIncludeKinds;
        FirstYearZero = firstYearZero;
    }

    public string Name { get; }

    public VariableType Type { get; }

    public bool Required { get; }

    public string Description { get; }

    /// <summary>The allowed values of a <see cref="VariableType.Choice"/>.</summary>
    public ImmutableArray<string> Options { get; }

    /// <summary>Inclusive lower bound for numbers (money in pounds, percentages 0-100, integers).</summary>
    public decimal? Min { get; }

    public decimal? Max { get; }

    /// <summary>Party kinds that must each appear at least once in a <see cref="VariableType.Parties"/> value.</summary>
    public ImmutableArray<string> MustIncludeKinds { get; }

    /// <summary>For payment at risk: contract year 1 must carry 0% (a bedding-in year).</summary>
    public bool FirstYearZero { get; }

    /// <summary>For parties: the rules for the parties given each role (one rule per role).</summary>
    public ImmutableArray<RoleRule> Roles { get; }

    /// <summary>Combines two declarations of the same variable: the stricter of each constraint wins.</summary>
    /// <exception cref="InvalidOperationException">The names or types differ.</exception>
    public VariableDefinition Merge(VariableDefinition other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Name != Name || other.Type != Type)
        {
            throw new InvalidOperationException($"Cannot merge variable '{Name}' ({Type}) with '{other.Name}' ({other.Type}).");
        }

        return new VariableDefinition(
            Name,
            Type,
            Required || other.Required,
            // A required declaration's words, when only one is required: an optional one's "leave empty for …" would
            // tell the commissioner to leave out a value the contract needs.
            Required != other.Required ? (Required ? Description : other.Description)
                : Description.Length >= other.Description.Length ? Description : other.Description,
            Options.IsEmpty ? other.Options : other.Options.IsEmpty ? Options : [.. Options.Intersect(other.Options)],
            Min is null ? other.Min : other.Min is null ? Min : Math.Max(Min.Value, other.Min.Value),
            Max is null ? other.Max : other.Max is null ? Max : Math.Min(Max.Value, other.Max.Value),
            [.. MustIncludeKinds.Union(other.MustIncludeKinds)],
            FirstYearZero || other.FirstYearZero,
            [.. Roles.Concat(other.Roles).GroupBy(r => r.Role, StringComparer.Ordinal).Select(g => g.Aggregate((a, b) => a.Merge(b)))]);
    }
}
