using System.Collections.Immutable;
using System.Text.Json;

namespace ContractDocs.Selection;

/// <summary>
/// What a commissioner chose: a release, a contract model, criteria (which bring their default specifications),
/// specifications, and variable values as JSON. Immutable; values are detached copies.
/// </summary>
public sealed record ContractSelection
{
    public required string Release { get; init; }

    public required string Model { get; init; }

    public ImmutableArray<string> Criteria { get; init; } = [];

    public ImmutableArray<string> Specifications { get; init; } = [];

    /// <summary>Variable values by name, as the JSON the caller sent (cloned, safe to keep).</summary>
    public ImmutableSortedDictionary<string, JsonElement> Variables { get; init; } =
        ImmutableSortedDictionary<string, JsonElement>.Empty.WithComparers(StringComparer.Ordinal);
}
