using System.Collections.Frozen;
using System.Collections.Immutable;
using ContractDocs.Model;

namespace ContractDocs.Library;

/// <summary>A loaded clause library: the contracting model, every clause version and every release.
/// Immutable and safe to share between threads.</summary>
public sealed class ClauseLibrary
{
    private readonly FrozenDictionary<string, ClauseVersion> _versions;
    private readonly FrozenDictionary<string, LibraryRelease> _releases;

    public ClauseLibrary(
        string root,
        ContractingModel model,
        ImmutableArray<ClauseVersion> versions,
        ImmutableArray<LibraryRelease> releases)
    {
        ArgumentNullException.ThrowIfNull(model);
        Root = root;
        Model = model;
        Versions = [.. versions.OrderBy(v => v.Id, StringComparer.Ordinal).ThenBy(v => v.Version)];
        Releases = [.. releases.OrderBy(r => r.Id, StringComparer.Ordinal)];
        _versions = Versions.DistinctBy(v => v.Key).ToFrozenDictionary(v => v.Key, StringComparer.Ordinal);
        _releases = Releases.DistinctBy(r => r.Id).ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>The folder the library was loaded from.</summary>
    public string Root { get; }

    public ContractingModel Model { get; }

    /// <summary>Every clause version, by id then version.</summary>
    public ImmutableArray<ClauseVersion> Versions { get; }

    public ImmutableArray<LibraryRelease> Releases { get; }

    public LibraryRelease? FindRelease(string id) => _releases.GetValueOrDefault(id);

    public ClauseVersion? Find(string clauseId, SemanticVersion version) =>
        _versions.GetValueOrDefault($"{clauseId}@{version}");

    /// <summary>The clause versions a release pins, in clause-id order; pins to missing versions are skipped.</summary>
    public IEnumerable<ClauseVersion> Pinned(LibraryRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        foreach (var (id, version) in release.Pins)
        {
            if (Find(id, version) is { } clause)
            {
                yield return clause;
            }
        }
    }

    /// <summary>The newest release by id order (release ids sort as YYYY.N).</summary>
    public LibraryRelease? Latest => Releases.IsEmpty ? null : Releases[^1];
}
