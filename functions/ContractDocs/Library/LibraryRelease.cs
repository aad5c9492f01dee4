using System.Collections.Immutable;

namespace ContractDocs.Library;

/// <summary>An immutable release: which version of each clause contracts built from it use.</summary>
public sealed record LibraryRelease
{
    public required string Id { get; init; }

    public DateOnly? Published { get; init; }

    public string Notes { get; init; } = string.Empty;

    /// <summary>Clause id to pinned version, sorted by clause id.</summary>
    public required ImmutableSortedDictionary<string, SemanticVersion> Pins { get; init; }

    /// <summary>Clause ids withdrawn in this release.</summary>
    public ImmutableArray<string> Retired { get; init; } = [];

    public required string Path { get; init; }

    /// <summary>The file line on which each pinned or retired clause id appears.</summary>
    public ImmutableDictionary<string, int> Lines { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>The file line naming a clause id, or 1.</summary>
    public int LineOf(string clauseId) => Lines.GetValueOrDefault(clauseId, 1);
}
