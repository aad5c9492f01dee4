using System.Collections.Immutable;

namespace ContractDocs.Library;

/// <summary>
/// Checks a loaded library against every rule in clause-library/README.md. Stateless and thread-safe; returns
/// problems sorted by file and line, loader problems included.
/// </summary>
public static class LibraryLinter
{
    public static ImmutableArray<LibraryProblem> Lint(LibraryLoadResult loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var library = loaded.Library;
        var problems = new List<LibraryProblem>(loaded.Problems);
        ModelRules.Check(library.Model, problems);
        ClauseRules.Check(library, problems);
        RequiresGraph.CheckCycles(library, problems);
        ReleaseRules.Check(library, problems);
        ReferenceRules.Check(library, problems);
        LayoutRules.Check(library, problems);
        LabelRules.Check(library, problems);
        return [.. problems
            .Distinct()
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Code, StringComparer.Ordinal)];
    }

    /// <summary>The one-line summary printed when the library is clean.</summary>
    public static string Summary(ClauseLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        var model = library.Model;
        return $"clean: {model.Elements.Length} elements, {model.Criteria.Count()} criteria, "
            + $"{model.Specifications.Count()} specifications, {library.Versions.Where(v => v.Kind == ClauseKind.Clause).Select(v => v.Id).Distinct().Count()} clauses, "
            + $"{library.Versions.Where(v => v.Kind == ClauseKind.Schedule).Select(v => v.Id).Distinct().Count()} schedules, "
            + $"{library.Versions.Length} versions, {library.Layouts.Length} layouts, {library.Releases.Length} releases";
    }
}
