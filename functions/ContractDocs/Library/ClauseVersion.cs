using System.Collections.Immutable;

namespace ContractDocs.Library;

/// <summary>
/// One version of one clause: its front matter and its Markdown+Handlebars body, as read from
/// <c>clauses/&lt;id&gt;/&lt;version&gt;.md</c>. Immutable.
/// </summary>
public sealed record ClauseVersion
{
    public required string Id { get; init; }

    public required SemanticVersion Version { get; init; }

    /// <summary>A clause or a schedule (by the folder it lives in).</summary>
    public ClauseKind Kind { get; init; } = ClauseKind.Clause;

    public required string Title { get; init; }

    public required ClauseStatus Status { get; init; }

    /// <summary>Specification ids this version implements (empty for core clauses).</summary>
    public ImmutableArray<string> Implements { get; init; } = [];

    public ImmutableArray<string> Models { get; init; } = [];

    /// <summary>In every contract of its models, chosen or not.</summary>
    public bool Core { get; init; }

    public Placement Placement { get; init; } = Placement.Body;

    /// <summary>Sort key among clauses of the same placement and specification, or among schedules (front matter
    /// <c>order</c>, default 0).</summary>
    public int Order { get; init; }

    public ImmutableArray<Requirement> Requires { get; init; } = [];

    /// <summary>Clause ids or specification ids that cannot stand in the same contract.</summary>
    public ImmutableArray<string> Excludes { get; init; } = [];

    public ImmutableArray<VariableDefinition> Variables { get; init; } = [];

    public ImmutableArray<TermDefinition> Defines { get; init; } = [];

    public SemanticVersion? Supersedes { get; init; }

    public required string Body { get; init; }

    /// <summary>The 1-based line of the file on which the body starts.</summary>
    public int BodyLine { get; init; }

    /// <summary>The file's path relative to the library root, with forward slashes.</summary>
    public required string Path { get; init; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes: front matter and body.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The file line of each top-level front matter key, for pointing problems at the right line.</summary>
    public ImmutableDictionary<string, int> KeyLines { get; init; } = ImmutableDictionary<string, int>.Empty;

    public string Key => $"{Id}@{Version}";

    /// <summary>The body and then each definition, one per line: the text whose references, terms and anchors count
    /// (a definition may cite a clause or schedule too).</summary>
    public string CitingText => Defines.IsEmpty ? Body : Body + "\n" + string.Join("\n", Defines.Select(d => d.Definition));

    /// <summary>The file line of a front matter key, or 1 when the key is absent.</summary>
    public int LineOf(string key) => KeyLines.GetValueOrDefault(key, 1);

    public bool AppliesTo(string modelId) => Models.Contains(modelId, StringComparer.Ordinal);
}
