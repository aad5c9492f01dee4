using ContractDocs.Model;
using ContractDocs.Templating;

namespace ContractDocs.Library;

/// <summary>Linter rules that hold within each release: every <c>{{ref}}</c> of a pinned text names a clause or schedule
/// the release pins, and an anchor that the pinned version of its target sets; and, for releases held to the drafting
/// rules, no clause or schedule names another in words (<see cref="NamedInWords"/>).</summary>
internal static class ReferenceRules
{
    public static void Check(ClauseLibrary library, List<LibraryProblem> problems)
    {
        var reported = new HashSet<(string Path, string Reference)>();
        var wordsChecked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var release in library.Releases)
        {
            var pinned = library.Pinned(release).ToDictionary(c => c.Id, StringComparer.Ordinal);
            foreach (var text in pinned.Values)
            {
                var analysis = TemplateAnalysis.Of(text.CitingText);
                var offset = text.BodyLine - 1;
                // CitingText is the body, then the definitions: a reference past the body's lines is in a definition.
                var bodyLines = text.Body.AsSpan().Count('\n') + 1;
                foreach (var (reference, citingLine) in analysis.References)
                {
                    var line = citingLine <= bodyLines ? citingLine + offset : text.LineOf("defines");
                    var targetId = TemplateAnalysis.TargetOf(reference);
                    if (library.Versions.All(v => v.Id != targetId) || !reported.Add((text.Path, reference + "@" + release.Id)))
                    {
                        continue;
                    }

                    if (!pinned.TryGetValue(targetId, out var target))
                    {
                        problems.Add(new LibraryProblem(text.Path, line, "reference-not-in-release",
                            $"{{{{ref \"{reference}\"}}}} names '{targetId}', which release {release.Id} does not pin, so no contract built from it could print that reference."));
                    }
                    else if (TemplateAnalysis.AnchorOf(reference) is { } anchor && TemplateAnalysis.Of(target.Body).Anchors.All(a => a.Name != anchor))
                    {
                        problems.Add(new LibraryProblem(text.Path, line, "unknown-anchor",
                            $"{{{{ref \"{reference}\"}}}}: {target.Key} (pinned by release {release.Id}) sets no {{{{anchor \"{anchor}\"}}}}. Add the anchor to the paragraph meant, or cite the whole {(target.Kind == ClauseKind.Schedule ? "schedule" : "clause")}."));
                    }
                }

                if (library.Model.Rules.Apply(release.Id) && wordsChecked.Add(text.Path))
                {
                    NamedInWords.Check(text, (line, message) => problems.Add(new LibraryProblem(text.Path, line, "named-in-words", message)));
                }
            }
        }
    }
}
