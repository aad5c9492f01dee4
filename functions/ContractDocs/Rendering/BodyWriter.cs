using System.Collections.Immutable;
using ContractDocs.Library;
using ContractDocs.Rendering.Markdown;
using ContractDocs.Rendering.Schedules;

namespace ContractDocs.Rendering;

/// <summary>Writes the contract's Parts, clauses (heading with bookmark, then the body through Markdig), the
/// definitions list inside the definitions clause, and the schedules.</summary>
internal static class BodyWriter
{
    /// <summary>The clause after whose body the list of defined terms is written.</summary>
    public const string DefinitionsClauseId = "definitions";

    public static void Write(
        WordRenderer renderer,
        ImmutableArray<LayoutPart> parts,
        ImmutableArray<TermDefinition> definitions,
        IReadOnlyList<ContractSchedule> schedules,
        ScheduleData data)
    {
        var writer = renderer.Writer;
        foreach (var part in parts)
        {
            Paragraphs.Styled(writer, Styles.PartHeading, part.Title);
            foreach (var clause in part.Clauses)
            {
                Paragraphs.Bookmarked(writer, Styles.ClauseHeading, clause.Planned.Clause.Title, clause.Bookmark, renderer.State.NextBookmarkId());
                var document = Markdig.Markdown.Parse(clause.Markdown, MarkdownPipelines.Clauses);
                renderer.BodyStyle = Styles.ClauseText;
                renderer.Render(document);
                if (clause.Planned.Clause.Id == DefinitionsClauseId)
                {
                    WriteDefinitions(renderer, definitions);
                }
            }
        }

        foreach (var schedule in schedules)
        {
            Paragraphs.Styled(writer, Styles.ScheduleHeading, schedule.Title);
            schedule.Write(writer, data);
        }
    }

    /// <summary>Every term the contract uses, alphabetically, with its definition: exactly the terms used.</summary>
    private static void WriteDefinitions(WordRenderer renderer, ImmutableArray<TermDefinition> definitions)
    {
        var byTerm = definitions.ToDictionary(d => d.Term, StringComparer.Ordinal);
        foreach (var term in renderer.State.TermsUsed.Order(StringComparer.OrdinalIgnoreCase))
        {
            if (!byTerm.TryGetValue(term, out var definition))
            {
                continue;
            }

            var writer = renderer.Writer;
            writer.Start("w:p").Start("w:pPr").Empty("w:pStyle", "w:val", Styles.DefinitionText).End();
            writer.Run($"\u201C{term}\u201D", bold: true);
            writer.Run(" means " + definition.Definition.TrimEnd().TrimEnd(';', '.') + ";");
            writer.End();
        }
    }
}
