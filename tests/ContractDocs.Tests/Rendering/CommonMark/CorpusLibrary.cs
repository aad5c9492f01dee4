using System.Text;
using System.Text.Json.Nodes;
using ContractDocs.Library;
using ContractDocs.Selection;

namespace ContractDocs.Tests.Rendering.CommonMark;

/// <summary>
/// A clause library in a temporary folder holding every corpus example as the body of its own approved core clause
/// (clauses/&lt;example id&gt;/1.0.0.md), pinned by one release, for one contract model whose contract-level variables
/// are the ones the real alliance template prints. Loaded by the real loader, so every example goes through what a
/// lawyer's clause file does: front matter, the linter, Handlebars, Markdig and the Word renderers.
/// </summary>
public sealed class CorpusLibrary : IDisposable
{
    public const string Model = "alliance";
    public const string Release = "2026.1";

    private const string ModelYaml = """
        models:
          - id: alliance
            title: Alliance
            summary: The corpus contract.
        variables:
          - { name: contractTitle, type: text, required: true, description: The title. }
          - { name: contractReference, type: text, required: true, description: The reference. }
          - { name: parties, type: parties, required: true, description: The parties. }
          - { name: commencementDate, type: date, required: true, description: The start. }
          - { name: termYears, type: integer, required: true, description: The term. }
        defaultLayout:
          parts:
            - { title: The corpus, rest: true }
          labels: { clause: "clause {number}", scheduleParagraph: "paragraph {number} of {schedule}", contents: Contents, means: means, recitals: Background }
        elements: []
        """;

    private CorpusLibrary(string root, LibraryLoadResult loaded)
    {
        Root = root;
        Loaded = loaded;
    }

    public string Root { get; }

    public LibraryLoadResult Loaded { get; }

    public static CorpusLibrary Create(IReadOnlyList<SpecExample> examples)
    {
        var root = Directory.CreateTempSubdirectory("contractdocs-commonmark-").FullName;
        File.WriteAllText(Path.Combine(root, "model.yaml"), ModelYaml + "\n");
        var release = new StringBuilder($"id: \"{Release}\"\npublished: 2026-04-01\nnotes: The CommonMark corpus.\nclauses:\n");
        foreach (var example in examples)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, "clauses", example.ClauseId)).FullName;
            File.WriteAllText(Path.Combine(folder, "1.0.0.md"), ClauseFile(example), new UTF8Encoding(false));
            release.Append(System.Globalization.CultureInfo.InvariantCulture, $"  {example.ClauseId}: 1.0.0\n");
        }

        Directory.CreateDirectory(Path.Combine(root, "releases"));
        File.WriteAllText(Path.Combine(root, "releases", Release + ".yaml"), release.ToString());
        return new CorpusLibrary(root, LibraryLoader.Load(root));
    }

    /// <summary>The file a lawyer would write with the example as its body.</summary>
    public static string ClauseFile(SpecExample example) =>
        $"---\nid: {example.ClauseId}\nversion: 1.0.0\ntitle: {example.Title}\nstatus: approved\nmodels: [{Model}]\ncore: true\nplacement: body\n---\n{example.Markdown}";

    public static string ClausePath(SpecExample example) => $"clauses/{example.ClauseId}/1.0.0.md";

    /// <summary>The plan of the contract that holds every clause of the library (all are core clauses).</summary>
    public AssemblyPlan PlanWithEveryClause()
    {
        var selection = new JsonObject
        {
            ["release"] = Release,
            ["model"] = Model,
            ["variables"] = new JsonObject
            {
                ["contractTitle"] = "CommonMark corpus",
                ["contractReference"] = "CM-0.31.2",
                ["commencementDate"] = "2027-04-01",
                ["termYears"] = 1,
                ["parties"] = new JsonArray(new JsonObject { ["name"] = "NHS Anyshire ICB", ["kind"] = "health-commissioner", ["identifier"] = "QXY" }),
            },
        };
        var read = SelectionReader.Read(Encoding.UTF8.GetBytes(selection.ToJsonString()));
        Assert.True(read.Selection is not null, string.Join(" | ", read.Problems));
        var resolved = new Resolver(Loaded.Library).Resolve(read.Selection);
        Assert.True(resolved.Succeeded, string.Join(" | ", resolved.Problems));
        return resolved.Plan!;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
