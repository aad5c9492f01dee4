using System.Collections.Immutable;

namespace ContractDocs.Library;

/// <summary>What a clause needs in the same contract.</summary>
public enum RequirementKind
{
    /// <summary>A clause id: pulled into the plan automatically.</summary>
    Clause,

    /// <summary>A specification id: chosen automatically, with its clause for the contract model.</summary>
    Specification,

    /// <summary>One of several specification ids that the commissioner must choose.</summary>
    AnyOf,
}

/// <summary>One entry of a clause's <c>requires</c> list.</summary>
public sealed record Requirement(RequirementKind Kind, ImmutableArray<string> Targets, int Line)
{
    public override string ToString() => Kind == RequirementKind.AnyOf
        ? $"anyOf [{string.Join(", ", Targets)}]"
        : Targets[0];
}
