using System.Collections.Immutable;

namespace ContractDocs.Library;

/// <summary>What one kind of text a release pins: a clause, a schedule, or a model's layout.</summary>
public enum PinnedKind
{
    Clause,
    Schedule,
    Layout,
}

/// <summary>How one pinned text differs between two releases. <see cref="From"/> is null when it is new in the later
/// release, <see cref="To"/> when the later release leaves it out (<see cref="Retired"/> when it says so). A layout's
/// version is null where a release pins none and uses model.yaml's default.</summary>
public sealed record PinChange(PinnedKind Kind, string Id, SemanticVersion? From, SemanticVersion? To, bool Retired)
{
    public bool IsAdded => From is null && To is not null;

    public bool IsRemoved => To is null && From is not null;
}

/// <summary>
/// What changed between two releases of the library: every clause, schedule and layout pin added, changed, retired or
/// removed, in kind and id order. The same answer for legal's compare page and <c>contractdocs compare</c>.
/// </summary>
public sealed record ReleaseComparison(LibraryRelease From, LibraryRelease To, ImmutableArray<PinChange> Changes)
{
    public static ReleaseComparison Of(LibraryRelease from, LibraryRelease to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var changes = new List<PinChange>();
        foreach (var kind in new[] { PinnedKind.Clause, PinnedKind.Schedule })
        {
            var before = Pins(from, kind);
            var after = Pins(to, kind);
            foreach (var id in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
            {
                var a = before.TryGetValue(id, out var va) ? va : (SemanticVersion?)null;
                var b = after.TryGetValue(id, out var vb) ? vb : (SemanticVersion?)null;
                if (a != b)
                {
                    changes.Add(new PinChange(kind, id, a, b, b is null && to.Retired.Contains(id)));
                }
            }
        }

        foreach (var model in from.Layouts.Keys.Union(to.Layouts.Keys).Order(StringComparer.Ordinal))
        {
            var a = from.Layouts.TryGetValue(model, out var va) ? va : (SemanticVersion?)null;
            var b = to.Layouts.TryGetValue(model, out var vb) ? vb : (SemanticVersion?)null;
            if (a != b)
            {
                changes.Add(new PinChange(PinnedKind.Layout, model, a, b, Retired: false));
            }
        }

        return new ReleaseComparison(from, to, [.. changes]);
    }

    public IEnumerable<PinChange> Added => Changes.Where(c => c.IsAdded);

    public IEnumerable<PinChange> Changed => Changes.Where(c => c.From is not null && c.To is not null);

    public IEnumerable<PinChange> Removed => Changes.Where(c => c.IsRemoved);

    private static Dictionary<string, SemanticVersion> Pins(LibraryRelease release, PinnedKind kind) =>
        release.Pins.Where(p => release.Schedules.Contains(p.Key) == (kind == PinnedKind.Schedule)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
