using System.Text;
using System.Text.Json.Nodes;
using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Selection;
using ContractDocs.Templating;

namespace ContractDocs.Tests.Support;

/// <summary>The repository's clause library and templates, loaded once for all tests (they are immutable).</summary>
public static class RealLibrary
{
    private static readonly Lazy<LibraryLoadResult> LoadedLibrary = new(() => LibraryLoader.Load(RepoPaths.Library));
    private static readonly Lazy<ContractRenderer> SharedRenderer = new(() =>
    {
        var templating = new ContractTemplating();
        return new ContractRenderer(Library, TemplateSet.Load(RepoPaths.Templates, templating), templating);
    });

    public static LibraryLoadResult Loaded => LoadedLibrary.Value;

    public static ClauseLibrary Library => Loaded.Library;

    public static ContractRenderer Renderer => SharedRenderer.Value;

    public static IEnumerable<string> ExampleNames =>
        Directory.EnumerateFiles(RepoPaths.Examples, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    /// <summary>The four examples that predate release 2026.3, still built under the releases they were written for.</summary>
    public static IReadOnlyList<string> LegacyExampleNames { get; } = ["capitated-place", "frailty-alliance", "lead-provider-ltc", "outcomes-based-reablement"];

    /// <summary>The releases before 2026.3, under which the legacy examples still build.</summary>
    public static IReadOnlyList<string> LegacyReleases { get; } = ["2026.1", "2026.2"];

    /// <summary>Every example at its own release (null), and each legacy example under each legacy release.</summary>
    public static IEnumerable<(string Example, string? Release)> ExamplesAndReleases =>
        ExampleNames.Select(n => (n, (string?)null)).Concat(LegacyExampleNames.SelectMany(n => LegacyReleases.Select(r => (n, (string?)r))));

    /// <summary>How the renderer lays the plan out: recitals, Parts with their clauses in order, schedules.</summary>
    public static DocumentLayout Layout(AssemblyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return ContractLayout.Build(plan, Library, Library.LayoutFor(plan.Release, plan.Model)!, c => c.Clause.Body);
    }

    public static JsonObject Example(string name, string? release = null)
    {
        var selection = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Examples, name + ".json")))!.AsObject();
        if (release is not null)
        {
            selection["release"] = release;
        }

        return selection;
    }

    public static ResolveResult Resolve(JsonObject selection)
    {
        var read = SelectionReader.Read(Encoding.UTF8.GetBytes(selection.ToJsonString()));
        Assert.True(read.Selection is not null, string.Join(" | ", read.Problems));
        return new Resolver(Library).Resolve(read.Selection);
    }

    public static AssemblyPlan Plan(JsonObject selection)
    {
        var result = Resolve(selection);
        Assert.True(result.Succeeded, string.Join(" | ", result.Problems));
        return result.Plan!;
    }

    public static byte[] Generate(JsonObject selection)
    {
        using var output = new MemoryStream();
        Renderer.Render(Plan(selection), output);
        return output.ToArray();
    }
}
