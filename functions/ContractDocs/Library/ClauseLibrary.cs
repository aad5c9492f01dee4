using System.Collections.Frozen;
using System.Collections.Immutable;
using ContractDocs.Model;

namespace ContractDocs.Library;

/// <summary>A loaded clause library: the contracting model, every clause version and every release.
/// Immutable and safe to share between threads.</summary>
public sealed class ClauseLibrary
{
    private readonly FrozenDictionary<(string Id, SemanticVersion Version), ClauseVersion> _versions;
    private readonly FrozenDictionary<string, ILookup<string, ClauseVersion>> _implementers;
    private readonly FrozenDictionary<string, LibraryRelease> _releases;
    private readonly FrozenDictionary<(string Model, SemanticVersion Version), LayoutDefinition> _layouts;

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
        _layouts = Layouts.Where(l => l.Version is not null).DistinctBy(l => (l.Model, l.Version)).ToFrozenDictionary(l => (l.Model, l.Version!.Value));
        Root = root;
        Model = model;
        Versions = [.. versions.OrderBy(v => v.Id, StringComparer.Ordinal).ThenBy(v => v.Version)];
        Releases = [.. releases.OrderBy(r => r.Id, ReleaseOrder.Comparer)];
        _versions = Versions.DistinctBy(v => (v.Id, v.Version)).ToFrozenDictionary(v => (v.Id, v.Version));
        _releases = Releases.DistinctBy(r => r.Id).ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        _implementers = _releases.ToFrozenDictionary(
            r => r.Key,
            r => Pinned(r.Value).SelectMany(c => c.Implements.Select(s => (Specification: s, Clause: c))).ToLookup(p => p.Specification, p => p.Clause, StringComparer.Ordinal),
            StringComparer.Ordinal);
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
        return release.Layouts.TryGetValue(modelId, out var version) ? _layouts.GetValueOrDefault((modelId, version)) : DefaultLayout;
    }

    public LayoutDefinition? FindLayout(string modelId, SemanticVersion version) => _layouts.GetValueOrDefault((modelId, version));

    /// <summary>The words of redlines (redline.yaml), or null when the library has none.</summary>
    public RedlineWording? Redline { get; init; }

    public LibraryRelease? FindRelease(string id) => _releases.GetValueOrDefault(id);

    public ClauseVersion? Find(string clauseId, SemanticVersion version) =>
        _versions.GetValueOrDefault((clauseId, version));

    /// <summary>The clause versions a release pins that implement a specification, in clause-id order.</summary>
    public IEnumerable<ClauseVersion> Implementing(LibraryRelease release, string specificationId)
    {
        ArgumentNullException.ThrowIfNull(release);
        return _implementers.TryGetValue(release.Id, out var lookup) ? lookup[specificationId] : [];
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
