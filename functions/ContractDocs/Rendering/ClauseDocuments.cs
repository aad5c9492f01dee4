using System.Collections.Concurrent;
using System.Collections.Immutable;
using ContractDocs.Library;
using ContractDocs.Templating;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContractDocs.Rendering;

/// <summary>A clause's Markdown as the renderer writes it: the text, its syntax tree, and the values that fill its
/// holes (<see cref="ClauseShape"/>), in order. With no holes the text is the rendered Markdown itself.</summary>
public sealed record ClauseMarkdown(string Text, MarkdownDocument Document, ImmutableArray<string> Holes)
{
    /// <summary>Rendered Markdown, without holes, parsed.</summary>
    public static ClauseMarkdown Parse(string text) => new(text, Markdig.Markdown.Parse(text, MarkdownPipelines.Clauses), []);
}

/// <summary>
/// Clause Markdown parsed once per shape rather than once per contract. A clause is rendered with its plain values as
/// holes; when the shape is the one last parsed for that clause, its syntax tree is used again and the values fill the
/// holes as the Word renderer writes the text. A shape is used only where every hole fell in plain text (not in code,
/// a link's address, a reference definition or a marker's name); otherwise the clause is rendered and parsed whole, as
/// it always was. Either way the document is the same, byte for byte. The trees are shared and never changed once
/// parsed. Thread-safe; one per renderer, holding one shape per clause version.
/// </summary>
internal sealed class ClauseDocuments(ContractTemplating templating, bool shapes)
{
    private readonly ConcurrentDictionary<string, Parsed> _last = new(StringComparer.Ordinal);

    public ClauseMarkdown For(string cacheKey, string source, object values)
    {
        if (!shapes)
        {
            return Whole(cacheKey, source, values);
        }

        _last.TryGetValue(cacheKey, out var last);
        var shape = templating.RenderShape(cacheKey, source, values, last?.Text);
        if (!shape.Unchanged || last is null)
        {
            var document = shape.Holeable ? Markdig.Markdown.Parse(shape.Text, MarkdownPipelines.Clauses) : null;
            last = new Parsed(shape.Text, document is not null && (shape.Holes.IsEmpty || HolesAreText(shape.Text, document, shape.Holes.Length)) ? document : null);
            _last[cacheKey] = last;
        }

        return last.Document is { } parsed ? new ClauseMarkdown(last.Text, parsed, shape.Holes) : Whole(cacheKey, source, values);
    }

    private ClauseMarkdown Whole(string cacheKey, string source, object values)
    {
        return ClauseMarkdown.Parse(templating.RenderMarkdown(cacheKey, source, values));
    }

    /// <summary>Whether every hole is in literal text, outside any marker, in a document without link reference
    /// definitions (whose labels a value could match).</summary>
    private static bool HolesAreText(string text, MarkdownDocument document, int holes)
    {
        var insideMarker = false;
        foreach (var c in text)
        {
            if (c == Markers.Hole && insideMarker)
            {
                return false;
            }

            if (c is Markers.RefStart or Markers.TermStart or Markers.AnchorStart)
            {
                insideMarker = true;
            }
            else if (c is Markers.RefEnd or Markers.TermEnd or Markers.AnchorEnd)
            {
                insideMarker = false;
            }
        }

        if (document.Descendants<LinkReferenceDefinition>().Any())
        {
            return false;
        }

        var inLiterals = 0;
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            inLiterals += literal.Content.AsSpan().Count(Markers.Hole);
        }

        return inLiterals == holes;
    }

    /// <summary>The last shape of a clause, and its tree when holes may be filled in it (null: render it whole).</summary>
    private sealed record Parsed(string Text, MarkdownDocument? Document);
}
