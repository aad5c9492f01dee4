namespace ContractDocs.Selection;

public enum InclusionKind
{
    /// <summary>The commissioner chose the specification.</summary>
    Chosen,

    /// <summary>A chosen criterion brought it as a default.</summary>
    Default,

    /// <summary>Another clause's <c>requires</c> pulled it in.</summary>
    Required,

    /// <summary>A core clause: in every contract of its model.</summary>
    Core,
}

/// <summary>Why a specification or clause is in the plan; <see cref="By"/> is the criterion, clause or specification
/// that brought it (null for Chosen and Core).</summary>
public sealed record InclusionReason(InclusionKind Kind, string? By)
{
    public static InclusionReason Chosen { get; } = new(InclusionKind.Chosen, null);

    public static InclusionReason CoreClause { get; } = new(InclusionKind.Core, null);

    public override string ToString() => Kind switch
    {
        InclusionKind.Chosen => "chosen",
        InclusionKind.Default => $"default of criterion {By}",
        InclusionKind.Required => $"required by {By}",
        _ => "core",
    };
}
