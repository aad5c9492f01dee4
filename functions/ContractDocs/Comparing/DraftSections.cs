using System.Collections.Immutable;
using ContractDocs.Library;

namespace ContractDocs.Comparing;

/// <summary>
/// The draft's sections, each named with the clause versions it was rendered from: the provenance properties list
/// every clause "id@version sha256"; a heading is the title of one of them (of the same kind, first unused), and the
/// recitals are every recital clause. Thread-safe.
/// </summary>
public static class DraftSections
{
    public static ImmutableArray<DocumentSection> Name(ImmutableArray<DocumentSection> sections, IReadOnlyDictionary<string, string> properties, ClauseLibrary library)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(library);
        var clauses = Provenance(properties).Select(key => (Key: key, Version: Find(library, key))).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        return [.. sections.Select(section =>
        {
            if (section.Kind == DocumentSection.Recitals)
            {
                return section with { Clauses = [.. clauses.Where(c => c.Version is { Kind: ClauseKind.Clause, Core: true, Placement: Placement.Recitals }).Select(c => c.Key)] };
            }

            var kind = section.Kind == DocumentSection.Schedule ? ClauseKind.Schedule : ClauseKind.Clause;
            var match = clauses.FirstOrDefault(c => c.Version is { } v && v.Kind == kind && !used.Contains(c.Key)
                && SectionMatcher.Heading(v.Title) == SectionMatcher.Heading(section.Heading));
            if (match.Key is null)
            {
                return section;
            }

            used.Add(match.Key);
            return section with { Clauses = [match.Key] };
        })];
    }

    /// <summary>"id@version" of every clause the provenance properties list, in their order.</summary>
    public static IEnumerable<string> Provenance(IReadOnlyDictionary<string, string> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return properties.Where(p => p.Key.StartsWith("ContractDocs.Clause.", StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Value.Split(' ')[0]);
    }

    public static ClauseVersion? Find(ClauseLibrary library, string key)
    {
        ArgumentNullException.ThrowIfNull(library);
        var at = key.LastIndexOf('@');
        return at > 0 && SemanticVersion.TryParse(key[(at + 1)..], out var version) ? library.Find(key[..at], version!.Value) : null;
    }
}
