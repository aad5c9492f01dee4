namespace ContractDocs.Tests.Rendering.CommonMark;

/// <summary>One example of a spec file: its Markdown and the HTML a reader should see, numbered from 1 within its
/// source. <see cref="ClauseId"/> is the clause the corpus library holds it in.</summary>
public sealed record SpecExample(string Source, int Number, string Section, string Markdown, string Html)
{
    public const string CommonMark = "commonmark";
    public const string PipeTable = "pipe-table";

    public string ClauseId => Source == CommonMark ? $"commonmark-{Number:0000}" : $"pipe-table-{Number:00}";

    public string Title => Source == CommonMark ? $"CommonMark example {Number}" : $"Pipe table example {Number}";

    public override string ToString() => $"{Title} ({Section})";
}
