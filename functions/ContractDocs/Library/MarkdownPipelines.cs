using Markdig;

namespace ContractDocs.Library;

/// <summary>The one Markdig pipeline clause bodies are parsed with: CommonMark plus GFM pipe tables, HTML off.
/// Markdig pipelines are immutable and thread-safe.</summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Clauses { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    /// <summary>The same with HTML on, for the linter only: it finds what a lawyer wrote as HTML, which the clause
    /// pipeline would print as literal text. Never used to render.</summary>
    public static MarkdownPipeline ClausesWithHtml { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .Build();
}
