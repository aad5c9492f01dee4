using Markdig;

namespace ContractDocs.Rendering;

/// <summary>The one Markdig pipeline clause bodies are parsed with: CommonMark plus GFM pipe tables, HTML off.
/// Markdig pipelines are immutable and thread-safe.</summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Clauses { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .Build();
}
