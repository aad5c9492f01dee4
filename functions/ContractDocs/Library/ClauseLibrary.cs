using System.Collections.Frozen;
using System.Collections.Immutable;
using ContractDocs.Model;

namespace ContractDocs.Library;

/// <summary>A loaded clause library: the contracting model, every clause version and every release.
/// Immutable and safe to share between threads.</summary>
public sealed class ClauseLibrary
{
    // Keyed by strings and holding arrays, not keyed by (id, version) tuples: generic code over a value type is not
    // in the ReadyToRun image and would be JIT-compiled at every cold start. An id has a handful of versions.
    private readonly FrozenDictionary<string, ClauseVersion[]> _versions;
    private readonly FrozenDictionary<string, FrozenDictionary<string, ClauseVersion[]>> _implementers;
    private readonly FrozenDictionary<string, LibraryRelease> _releases;
    private readonly FrozenDictionary<string, LayoutDefinition[]> _layouts;

    public ClauseLibrary(
        string root,
        ContractingModel model,
        ImmutableArray<ClauseVersion> versions,
        ImmutableArray<LibraryRelease> releases,
        ImmutableArray<LayoutDefinition> layouts = default,
        LayoutDefinition? defaultLayout = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Layouts = layouts.IsDefault ? [] : layouts;
        DefaultLayout = defaultLayout;
        _layouts = ByKey(Layouts.Where(l => l.Version is not null), l => l.Model, (a, b) => a.Version == b.Version);
        Root = root;
        Model = model;
        Versions = [.. versions.OrderBy(v => v.Id, StringComparer.Ordinal).ThenBy(v => v.Version)];
        Releases = [.. releases.OrderBy(r => r.Id, ReleaseOrder.Comparer)];
        _versions = ByKey(Versions, v => v.Id, (a, b) => a.Version == b.Version);
        _releases = Releases.DistinctBy(r => r.Id).ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        _implementers = _releases.ToFrozenDictionary(
            r => r.Key,
            r => ByKeys(Pinned(r.Value), c => c.Implements),
            StringComparer.Ordinal);
    }

    /// <summary>Items grouped by key in their order, the first of any two that <paramref name="same"/> calls equal
    /// kept.</summary>
    private static FrozenDictionary<string, T[]> ByKey<T>(IEnumerable<T> items, Func<T, string> key, Func<T, T, bool> same)
        where T : class
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!groups.TryGetValue(key(item), out var group))
            {
                groups[key(item)] = group = [];
            }

            if (!group.Exists(other => same(other, item)))
            {
                group.Add(item);
            }
        }

        return groups.ToFrozenDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Items under each of their keys, in their order.</summary>
    private static FrozenDictionary<string, T[]> ByKeys<T>(IEnumerable<T> items, Func<T, ImmutableArray<string>> keys)
        where T : class
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var key in keys(item))
            {
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = [];
                }

                group.Add(item);
            }
        }

        return groups.ToFrozenDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The folder the library was loaded from.</summary>
    public string Root { get; }

    public ContractingModel Model { get; }

    /// <summary>Every clause version, by id then version.</summary>
    public ImmutableArray<ClauseVersion> Versions { get; }

    public ImmutableArray<LibraryRelease> Releases { get; }

    /// <summary>Every layout version (<c>layouts/&lt;model&gt;/&lt;version&gt;.yaml</c>).</summary>
    public ImmutableArray<LayoutDefinition> Layouts { get; }

    /// <summary>model.yaml's <c>defaultLayout</c>: the layout of a release that pins none for a model.</summary>
    public LayoutDefinition? DefaultLayout { get; }

    /// <summary>The layout a release uses for a model: the version it pins, else the default; null when neither exists.</summary>
    public LayoutDefinition? LayoutFor(LibraryRelease release, string modelId)
    {
        ArgumentNullException.ThrowIfNull(release);
        return release.Layouts.TryGetValue(modelId, out var version) ? FindLayout(modelId, version) : DefaultLayout;
    }

    public LayoutDefinition? FindLayout(string modelId, SemanticVersion version)
    {
        return modelId is not null && _layouts.TryGetValue(modelId, out var layouts) ? System.Array.Find(layouts, l => l.Version == version) : null;
    }

    /// <summary>The words of redlines (redline.yaml), or null when the library has none.</summary>
    public RedlineWording? Redline { get; init; }

    public LibraryRelease? FindRelease(string id) => _releases.GetValueOrDefault(id);

    public ClauseVersion? Find(string clauseId, SemanticVersion version)
    {
        if (clauseId is not null && _versions.TryGetValue(clauseId, out var versions))
        {
            foreach (var candidate in versions)
            {
                if (candidate.Version == version)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The clause versions a release pins that implement a specification, in clause-id order.</summary>
    public IEnumerable<ClauseVersion> Implementing(LibraryRelease release, string specificationId)
    {
        ArgumentNullException.ThrowIfNull(release);
        return _implementers.TryGetValue(release.Id, out var bySpecification) && bySpecification.TryGetValue(specificationId, out var clauses) ? clauses : [];
    }

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

    /// <summary>The newest release (release ids sort as YYYY.N, by year then number).</summary>
    public LibraryRelease? Latest => Releases.IsEmpty ? null : Releases[^1];
}
