using Markdig.Renderers;
using Markdig.Syntax;

namespace ContractDocs.Rendering.Markdown;

/// <summary>
/// Renders a Markdig syntax tree as WordprocessingML, one small object renderer per node type (registered here, as
/// Markdig's own renderers are). Holds the state of the paragraph and run being written. Not thread-safe: one per
/// document.
/// </summary>
public sealed class WordRenderer : RendererBase
{
    private readonly System.Text.StringBuilder _pending = new(256);
    private (bool Bold, bool Italic, string? Style) _pendingFormat;
    private System.Collections.Immutable.ImmutableArray<string> _holes = [];
    private int _nextHole;

    public WordRenderer(WordWriter writer, DocumentState state)
    {
        Writer = writer;
        State = state;
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new QuoteRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new HtmlBlockRenderer());
        ObjectRenderers.Add(new LiteralRenderer());
        ObjectRenderers.Add(new EmphasisRenderer());
        ObjectRenderers.Add(new LinkRenderer());
        ObjectRenderers.Add(new AutolinkRenderer());
        ObjectRenderers.Add(new LineBreakRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new HtmlInlineRenderer());
        ObjectRenderers.Add(new HtmlEntityRenderer());
        ObjectRenderers.Add(new DelimiterRenderer());
    }

    public WordWriter Writer { get; }

    public DocumentState State { get; }

    /// <summary>The paragraph style for top-level paragraphs of the body being written (e.g. ClauseText).</summary>
    public string BodyStyle { get; set; } = Styles.ClauseText;

    /// <summary>The list being written: its numbering instance and nesting level, or null outside lists.</summary>
    public (int NumId, int Level)? List { get; set; }

    /// <summary>True from the start of a list item until its numbered paragraph is written; later paragraphs of the
    /// item are continuation paragraphs (no number, indented to the item's text).</summary>
    public bool ItemNumberPending { get; set; }

    /// <summary>Inside a table cell of an aligned column: the paragraph justification (<c>left</c>, <c>center</c>,
    /// <c>right</c>).</summary>
    public string? CellJustification { get; set; }

    /// <summary>Inside a table cell, paragraphs use the table text style.</summary>
    public string? CellStyle { get; set; }

    public int Bold { get; set; }

    /// <summary>Inside a hyperlink, runs take the Hyperlink character style.</summary>
    public int HyperlinkDepth { get; set; }

    public int Italic { get; set; }

    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return Writer;
    }

    /// <summary>Renders a clause's Markdown, filling its holes in order as its text is written.</summary>
    /// <exception cref="InvalidOperationException">The text had more or fewer holes than values (a fault in this
    /// program, never in the library).</exception>
    public void Render(ClauseMarkdown markdown)
    {
        _holes = markdown.Holes;
        _nextHole = 0;
        Write(markdown.Document);
        var filled = _nextHole;
        _holes = [];
        _nextHole = 0;
        if (filled != markdown.Holes.Length)
        {
            throw new InvalidOperationException($"A clause's Markdown had {filled} holes written for {markdown.Holes.Length} values.");
        }
    }

    /// <summary>Whether the text being rendered has holes (<see cref="NextHole"/>).</summary>
    public bool HasHoles => !_holes.IsEmpty;

    /// <summary>The value for the next hole in the text.</summary>
    public string NextHole() => _nextHole < _holes.Length
        ? _holes[_nextHole++]
        : throw new InvalidOperationException("A clause's Markdown has more holes than values.");

    /// <summary>Starts a <c>w:p</c> with the style and numbering the current context calls for.</summary>
    public void StartParagraph(string? style = null)
    {
        FlushText();
        Writer.Start("w:p").Start("w:pPr");
        if (CellStyle is not null)
        {
            Writer.Empty("w:pStyle", "w:val", CellStyle);
            if (CellJustification is not null)
            {
                Writer.Empty("w:jc", "w:val", CellJustification);
            }
        }
        else if (List is { } list)
        {
            Writer.Empty("w:pStyle", "w:val", Styles.ListParagraph);
            if (ItemNumberPending)
            {
                ItemNumberPending = false;
                Writer.Start("w:numPr").Empty("w:ilvl", "w:val", list.Level.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Empty("w:numId", "w:val", list.NumId.ToString(System.Globalization.CultureInfo.InvariantCulture)).End();
            }
            else
            {
                Writer.Start("w:ind").Attr("w:left", ListDefinitions.TextIndent(list.Level)).Attr("w:firstLine", 0).End();
            }
        }
        else
        {
            Writer.Empty("w:pStyle", "w:val", style ?? BodyStyle);
        }

        Writer.End();
    }

    /// <summary>Writes the current list item's numbered paragraph, empty, if the item has not written it yet: before
    /// content that cannot carry the number (a nested list, a table) and at the end of an empty item.</summary>
    public void WritePendingItemNumber()
    {
        if (ItemNumberPending && List is not null && CellStyle is null)
        {
            StartParagraph();
            EndParagraph();
        }
    }

    public void EndParagraph()
    {
        FlushText();
        Writer.End();
    }

    /// <summary>Adds text to the run being built; adjacent text with the same formatting becomes one run.</summary>
    public void AppendText(ReadOnlySpan<char> text, bool bold, bool italic, string? style)
    {
        if (_pending.Length > 0 && (bold, italic, style) != _pendingFormat)
        {
            FlushText();
        }

        _pendingFormat = (bold, italic, style);
        _pending.Append(text);
    }

    /// <summary>Writes the run being built; call before writing anything that is not text.</summary>
    public void FlushText()
    {
        if (_pending.Length == 0)
        {
            return;
        }

        var (bold, italic, style) = _pendingFormat;
        Writer.StartRun(bold, italic, style);
        foreach (var chunk in _pending.GetChunks())
        {
            Writer.Text(chunk.Span);
        }

        Writer.End().End();
        _pending.Clear();
    }

    public void WriteInlines(LeafBlock block)
    {
        if (block.Inline is { } inlines)
        {
            WriteChildren(inlines);
        }
    }
}
