using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ContractDocs.Library;

/// <summary>
/// How a contract of one model is laid out, as legal words it: the Parts and their titles (which clauses each takes),
/// the heading of the recitals, the words the renderer puts around numbers (a cross-reference's "clause 7", the
/// contents heading, "means" in the definitions), and the note on the document's provenance that follows the
/// signatures. <c>layouts/&lt;model&gt;/&lt;version&gt;.yaml</c>, pinned per model by a release, so an old release keeps
/// its structure; a release that pins none uses model.yaml's <c>defaultLayout</c>. Immutable.
/// </summary>
public sealed record LayoutDefinition
{
    /// <summary>The label keys every layout gives.</summary>
    public static readonly ImmutableArray<string> LabelKeys = ["clause", "scheduleParagraph", "contents", "means", "recitals"];

    /// <summary>The model it lays out; empty for model.yaml's default.</summary>
    public required string Model { get; init; }

    /// <summary>Its version; null for model.yaml's default.</summary>
    public SemanticVersion? Version { get; init; }

    public required ImmutableArray<LayoutPartRule> Parts { get; init; }

    /// <summary>Words by key (<see cref="LabelKeys"/>): <c>clause</c> and <c>scheduleParagraph</c> are patterns with
    /// <c>{number}</c> (and <c>{schedule}</c>).</summary>
    public required FrozenDictionary<string, string> Labels { get; init; }

    /// <summary>The heading of the note on provenance after the signatures (not part of the agreement).</summary>
    public string? NoteTitle { get; init; }

    /// <summary>The note's text: Markdown with Handlebars (contract values such as <c>contract.release</c>).</summary>
    public string? NoteBody { get; init; }

    /// <summary>The column headings of the note's table of schedules (the schedule, its title, the clauses and
    /// schedules that cite it), or empty for no table.</summary>
    public ImmutableArray<string> NoteScheduleColumns { get; init; } = [];

    public required string Path { get; init; }

    public int Line { get; init; } = 1;

    public string Key => Version is { } v ? $"{Model}@{v}" : "default";

    public string Label(string key) => Labels.GetValueOrDefault(key) ?? key;
}

/// <summary>
/// One Part of a layout and the clauses it takes: those named in <see cref="Clauses"/>; then those of the named
/// criteria or elements; then core clauses of the named placement; a part with <see cref="EachElement"/> stands for
/// one Part per element (titled by the element); the part with <see cref="Rest"/> takes what no other part takes.
/// </summary>
public sealed record LayoutPartRule(
    string Title,
    ImmutableArray<string> Clauses,
    ImmutableArray<string> Criteria,
    ImmutableArray<string> Elements,
    Placement? Placement,
    bool EachElement,
    bool Rest,
    int Line);
