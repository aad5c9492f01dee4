namespace ContractDocs.Tests.Support;

/// <summary>Files to lay over <c>Cases/_base</c> with <see cref="TestLibrary.Create"/> for the rules of release 2026.3:
/// model.yaml with a <c>rules:</c> block, a layout per contract model, and releases that pin them.</summary>
public static class LibraryFiles
{
    /// <summary>The contract models of the base library.</summary>
    public static readonly string[] Models = ["accountable-care", "alliance", "lead-provider", "outcomes-based"];

    /// <summary>The clauses the base release pins, each at 1.0.0.</summary>
    public static readonly string[] BaseClauses =
        ["alliance-only", "baseline", "capitated", "definitions", "gain-share", "governing-law", "joint", "joint-alliance", "pbr", "pooled"];

    /// <summary>The line model.yaml's appended text starts on (the base file has 82 lines).</summary>
    public const int AppendedModelLine = 83;

    public static string BaseModel => File.ReadAllText(Path.Combine(TestLibrary.CasesFolder, "_base", "model.yaml"));

    /// <summary>The base model.yaml with <paramref name="extra"/> (top-level YAML) appended.</summary>
    public static (string Path, string? Content) ModelYaml(string extra) => ("model.yaml", BaseModel + extra);

    /// <summary>The base model.yaml held to the drafting rules from <paramref name="since"/>, with optional essentials
    /// (YAML list items indented by four spaces).</summary>
    public static (string Path, string? Content) Rules(string since, string essentials = "") =>
        ModelYaml($"rules:\n  since: \"{since}\"\n" + (essentials.Length == 0 ? string.Empty : "  essentials:\n" + essentials));

    /// <summary>A correct layout file for one model: a single part that takes the rest, and every label.</summary>
    public static string Layout(string model, string version = "1.0.0", string parts = "  - title: General conditions\n    rest: true\n", string note = "") =>
        $"model: {model}\nversion: {version}\nparts:\n{parts}labels:\n  clause: \"clause {{number}}\"\n  scheduleParagraph: \"paragraph {{number}} of {{schedule}}\"\n  contents: Contents\n  means: means\n  recitals: Background\n{note}";

    /// <summary><c>layouts/&lt;model&gt;/1.0.0.yaml</c> for every model.</summary>
    public static IEnumerable<(string Path, string? Content)> Layouts() => Models.Select(m => ($"layouts/{m}/1.0.0.yaml", (string?)Layout(m)));

    /// <summary>A release pinning every base clause at 1.0.0 (with <paramref name="clauses"/> replacing or adding pins;
    /// a null version drops the pin), the given schedules, and (when <paramref name="layouts"/>) layout 1.0.0 for
    /// every model.</summary>
    public static (string Path, string? Content) Release(
        string id,
        IReadOnlyDictionary<string, string?>? clauses = null,
        IReadOnlyDictionary<string, string>? schedules = null,
        bool layouts = true)
    {
        var pins = BaseClauses.ToDictionary(c => c, c => (string?)"1.0.0", StringComparer.Ordinal);
        foreach (var (id2, version) in clauses ?? new Dictionary<string, string?>())
        {
            pins[id2] = version;
        }

        var text = $"id: \"{id}\"\npublished: 2026-12-01\nnotes: A release for a test.\nclauses:\n"
            + string.Concat(pins.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"  {p.Key}: {p.Value}\n"));
        if (schedules is { Count: > 0 })
        {
            text += "schedules:\n" + string.Concat(schedules.Select(s => $"  {s.Key}: {s.Value}\n"));
        }

        if (layouts)
        {
            text += "layouts:\n" + string.Concat(Models.Select(m => $"  {m}: 1.0.0\n"));
        }

        return ($"releases/{id}.yaml", text);
    }

    /// <summary>A library held to the rules from release 2026.2: the base release 2026.1 (published before the rules),
    /// release 2026.2 pinning the same clauses and a layout for every model, then <paramref name="files"/>.</summary>
    public static (string Path, string? Content)[] Held(params (string Path, string? Content)[] files) =>
        [Rules("2026.2"), .. Layouts(), Release("2026.2"), .. files];

    /// <summary>An approved text's front matter (a clause under clauses/, a schedule under schedules/), then the body.</summary>
    public static string Text(string id, string body, string extra = "", string version = "1.0.0") =>
        $"---\nid: {id}\nversion: {version}\ntitle: {id}\nstatus: approved\n{extra}models: [accountable-care, alliance, lead-provider, outcomes-based]\n---\n{body}\n";

    /// <summary>clauses/pbr/1.0.0.md with the given body (on line 9).</summary>
    public static (string Path, string? Content) Pbr(string body, string version = "1.0.0") =>
        ($"clauses/pbr/{version}.md", Text("pbr", body, "implements: [F1.pbr]\n", version));

    /// <summary>clauses/pooled/1.0.0.md whose 'Pooled Fund' definition (under 'defines:' on line 8) is
    /// <paramref name="definition"/>.</summary>
    public static (string Path, string? Content) PooledDefining(string definition) =>
        ("clauses/pooled/1.0.0.md",
            $"---\nid: pooled\nversion: 1.0.0\ntitle: Pooled fund\nstatus: approved\nimplements: [F1.pooled]\nmodels: [accountable-care, alliance, lead-provider, outcomes-based]\ndefines:\n  - term: Pooled Fund\n    definition: \"{definition}\"\n---\nThe Parties establish the {{{{term \"Pooled Fund\"}}}}.\n");
}
