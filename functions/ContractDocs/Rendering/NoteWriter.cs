using System.Text;
using ContractDocs.Library;
using ContractDocs.Rendering.Markdown;
using ContractDocs.Templating;

namespace ContractDocs.Rendering;

/// <summary>The note after the signatures, not part of the agreement: where the document came from (release, selection
/// fingerprint; every clause version and its hash are in the document's properties) and, when the layout heads one, a
/// table of the schedules with the clauses and schedules that cite each, all as live cross-references. Its words are
/// the layout's.</summary>
internal static class NoteWriter
{
    private static readonly MarkdownEncoder Encoder = new();

    /// <param name="definitions">The definitions the contract prints: a schedule one cites is cited by the
    /// definitions clause, where it is printed.</param>
    public static void Write(WordRenderer renderer, DocumentLayout layout, IEnumerable<TermDefinition> definitions, Func<string, string> markdown)
    {
        var definition = layout.Definition;
        if (definition.NoteTitle is null || definition.NoteBody is null)
        {
            return;
        }

        var text = markdown(definition.NoteBody);
        if (definition.NoteScheduleColumns is [var schedule, var title, var citedIn] && !layout.Schedules.IsEmpty)
        {
            text += "\n\n" + ScheduleTable(layout, definitions, schedule, title, citedIn);
        }

        Paragraphs.Styled(renderer.Writer, Styles.NoteHeading, definition.NoteTitle);
        renderer.BodyStyle = Styles.NoteText;
        renderer.Render(Markdig.Markdown.Parse(text, MarkdownPipelines.Clauses));
        renderer.BodyStyle = Styles.ClauseText;
    }

    /// <summary>One row per schedule, in order: its number, its title and every text of the contract that cites it
    /// (or a paragraph of it), in document order, as the same reference markers a clause's <c>{{ref}}</c> writes.</summary>
    internal static string ScheduleTable(DocumentLayout layout, IEnumerable<TermDefinition> definitions, string scheduleHeading, string titleHeading, string citedInHeading)
    {
        var citers = layout.All.Select(t => (Id: t.Planned.Clause.Id, Targets: Cited(t.Markdown))).ToList();
        var definitionsClause = citers.FindIndex(c => c.Id == BodyWriter.DefinitionsClauseId);
        if (definitionsClause >= 0)
        {
            foreach (var definition in definitions.Where(d => d.Definition.Contains("ref", StringComparison.Ordinal)))
            {
                citers[definitionsClause].Targets.UnionWith(TemplateAnalysis.Of(definition.Definition).References.Select(r => TemplateAnalysis.TargetOf(r.ClauseId)));
            }
        }

        var table = new StringBuilder();
        table.Append("| ").Append(Cell(scheduleHeading)).Append(" | ").Append(Cell(titleHeading)).Append(" | ").Append(Cell(citedInHeading)).Append(" |\n| --- | --- | --- |\n");
        foreach (var schedule in layout.Schedules)
        {
            var id = schedule.Planned.Clause.Id;
            var citing = citers.Where(c => c.Id != id && c.Targets.Contains(id)).Select(c => Ref(c.Id));
            table.Append("| ").Append(Ref(id)).Append(" | ").Append(Cell(schedule.Planned.Clause.Title)).Append(" | ").Append(string.Join(", ", citing)).Append(" |\n");
        }

        return table.ToString();
    }

    /// <summary>The clauses and schedules a rendered text cites: what its reference markers name, before any anchor.</summary>
    private static HashSet<string> Cited(string markdown)
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        while ((at = markdown.IndexOf(Markers.RefStart, at)) >= 0 && markdown.IndexOf(Markers.RefEnd, at + 1) is var end and > 0)
        {
            cited.Add(TemplateAnalysis.TargetOf(markdown[(at + 1)..end]));
            at = end + 1;
        }

        return cited;
    }

    private static string Ref(string id) => $"{Markers.RefStart}{id}{Markers.RefEnd}";

    private static string Cell(string text)
    {
        using var writer = new StringWriter();
        Encoder.Encode(text, writer);
        return writer.ToString();
    }
}
