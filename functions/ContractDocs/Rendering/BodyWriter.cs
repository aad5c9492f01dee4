using System.Collections.Immutable;
using ContractDocs.Library;
using ContractDocs.Rendering.Markdown;

namespace ContractDocs.Rendering;

/// <summary>Writes the body of the contract: the recitals under the layout's heading, the Parts and their clauses
/// (heading with bookmark, then the body through Markdig), the definitions inside the definitions clause, and the
/// schedules (numbered headings; numbered paragraphs), all from the library.</summary>
internal static class BodyWriter
{
    /// <summary>The clause after whose body the list of defined terms is written.</summary>
    public const string DefinitionsClauseId = "definitions";

    public static void Write(WordRenderer renderer, DocumentLayout layout, ImmutableArray<TermDefinition> definitions, Func<TermDefinition, string> definitionMarkdown)
    {
        var writer = renderer.Writer;
        if (!layout.Recitals.IsEmpty)
        {
            Paragraphs.Styled(writer, Styles.RecitalsHeading, layout.Definition.Label("recitals"));
            foreach (var recital in layout.Recitals)
            {
                renderer.BodyStyle = Styles.RecitalText;
                renderer.Render(recital.Body);
            }
        }

        foreach (var part in layout.Parts)
        {
            Paragraphs.Styled(writer, Styles.PartHeading, part.Title);
            foreach (var clause in part.Clauses)
            {
                Paragraphs.Bookmarked(writer, Styles.ClauseHeading, clause.Planned.Clause.Title, clause.Bookmark, renderer.State.NextBookmarkId());
                renderer.BodyStyle = Styles.ClauseText;
                renderer.Render(clause.Body);
                if (clause.Planned.Clause.Id == DefinitionsClauseId)
                {
                    WriteDefinitions(renderer, definitions, definitionMarkdown);
                }
            }
        }

        foreach (var schedule in layout.Schedules)
        {
            Paragraphs.Bookmarked(writer, Styles.ScheduleHeading, schedule.Planned.Clause.Title, schedule.Bookmark, renderer.State.NextBookmarkId());
            renderer.BodyStyle = Styles.ScheduleText;
            renderer.Render(schedule.Body);
        }

        renderer.BodyStyle = Styles.ClauseText;
    }

    /// <summary>Every term the contract uses, alphabetically, with its definition (which may cite clauses and
    /// schedules): exactly the terms used. The term is in bold, then the layout's word for "means".</summary>
    private static void WriteDefinitions(WordRenderer renderer, ImmutableArray<TermDefinition> definitions, Func<TermDefinition, string> definitionMarkdown)
    {
        var byTerm = definitions.ToDictionary(d => d.Term, StringComparer.Ordinal);
        var means = renderer.State.Layout.Label("means");
        foreach (var term in renderer.State.TermsUsed.Order(StringComparer.OrdinalIgnoreCase).ToList())
        {
            if (!byTerm.TryGetValue(term, out var definition))
            {
                continue;
            }

            var document = Markdig.Markdown.Parse(definitionMarkdown(definition).TrimEnd().TrimEnd(';', '.'), MarkdownPipelines.Clauses);
            renderer.StartParagraph(Styles.DefinitionText);
            renderer.AppendText($"\u201C{term}\u201D", bold: true, italic: false, null);
            renderer.AppendText($" {means} ", bold: false, italic: false, null);
            foreach (var block in document.OfType<Markdig.Syntax.LeafBlock>())
            {
                renderer.WriteInlines(block);
            }

            renderer.AppendText(";", bold: false, italic: false, null);
            renderer.EndParagraph();
        }
    }
}
