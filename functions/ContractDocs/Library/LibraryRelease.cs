using System.Collections.Immutable;

namespace ContractDocs.Library;

/// <summary>An immutable release: which version of each clause contracts built from it use.</summary>
public sealed record LibraryRelease
{
    public required string Id { get; init; }

    public DateOnly? Published { get; init; }

    public string Notes { get; init; } = string.Empty;

    /// <summary>Clause and schedule id to pinned version, sorted by id (clauses and schedules share one id space).</summary>
    public required ImmutableSortedDictionary<string, SemanticVersion> Pins { get; init; }

    /// <summary>The ids of <see cref="Pins"/> listed under <c>schedules:</c>.</summary>
    public ImmutableSortedSet<string> Schedules { get; init; } = ImmutableSortedSet<string>.Empty;

    /// <summary>Contract model id to the layout version the release uses; a model without one uses model.yaml's default.</summary>
    public ImmutableSortedDictionary<string, SemanticVersion> Layouts { get; init; } = ImmutableSortedDictionary<string, SemanticVersion>.Empty;

    /// <summary>Clause ids withdrawn in this release.</summary>
    public ImmutableArray<string> Retired { get; init; } = [];

    public required string Path { get; init; }

    /// <summary>The file line on which each pinned or retired clause id appears.</summary>
    public ImmutableDictionary<string, int> Lines { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>The file line naming a clause id (or, for "layout:" and a model id, a layout pin), or 1.</summary>
    public int LineOf(string clauseId) => Lines.GetValueOrDefault(clauseId, 1);
}
