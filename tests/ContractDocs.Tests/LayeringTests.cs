using System.Text.RegularExpressions;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests;

/// <summary>The engine's floors lean one way: Model, then Library, Selection, Templating, Rendering; Storage and Intake
/// stand on Library; Comparing on Rendering; Drafting on everything. A file may name its own floor and those below it, never one above, in a
/// using directive or a qualified name (comments aside).</summary>
public sealed partial class LayeringTests
{
    private static readonly Dictionary<string, string[]> Below = new(StringComparer.Ordinal)
    {
        ["Model"] = [],
        ["Library"] = ["Model"],
        ["Selection"] = ["Model", "Library"],
        ["Templating"] = ["Model", "Library", "Selection"],
        ["Rendering"] = ["Model", "Library", "Selection", "Templating"],
        ["Storage"] = ["Model", "Library"],
        ["Intake"] = ["Model", "Library"],
        ["Comparing"] = ["Model", "Library", "Selection", "Templating", "Rendering"],
        ["Drafting"] = ["Model", "Library", "Selection", "Templating", "Rendering", "Storage", "Intake", "Comparing"],
    };

    public static TheoryData<string> Floors() => [.. Below.Keys];

    [Theory]
    [MemberData(nameof(Floors))]
    public void Floor_NamesNothingAboveIt(string floor)
    {
        var folder = Path.Combine(RepoPaths.Root, "functions", "ContractDocs", floor);
        var allowed = Below[floor].Append(floor).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).ToList();

        Assert.NotEmpty(files);
        var upward = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var named in Named(lines[i]).Where(n => !allowed.Contains(n)))
                {
                    upward.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}:{i + 1}: {floor} names {named}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(upward.Count == 0, string.Join("\n", upward));
    }

    [Theory]
    [InlineData("using ContractDocs.Rendering;", "Rendering")]
    [InlineData("    private readonly Func<ClauseVersion, Templating.TemplateAnalysis> _analyse;", "Templating")]
    [InlineData("var x = ContractDocs.Selection.Resolver.Empty;", "Selection")]
    [InlineData("var m = _library.Model; // Rendering.Word is mentioned in a comment", "")]
    [InlineData("/// <see cref=\"Selection.SelectionReader\"/>", "")]
    public void Named_FindsUsingsAndQualifiedNamesButNotMembersOrComments(string line, string expected)
    {
        Assert.Equal(expected, string.Join(",", Named(line)));
    }

    private static IEnumerable<string> Named(string line)
    {
        var code = Comment().Replace(line, string.Empty);
        return Reference().Matches(code).Select(m => m.Groups["floor"].Value).Distinct(StringComparer.Ordinal);
    }

    [Fact]
    public void Floors_CoverEveryFolderOfTheEngine()
    {
        var folders = Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "functions", "ContractDocs"))
            .Select(Path.GetFileName)
            .Where(f => f is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(Below.Keys.Order(StringComparer.Ordinal), folders);
    }

    [GeneratedRegex(@"//.*$")]
    private static partial Regex Comment();

    /// <summary>"using ContractDocs.Rendering;", "ContractDocs.Templating.X", or a name relative to ContractDocs such as
    /// "Templating.TemplateAnalysis" (a floor's name followed by a capitalised type or namespace).</summary>
    [GeneratedRegex(@"(?<![\w.])(?:ContractDocs\.)?(?<floor>Model|Library|Selection|Templating|Rendering|Storage|Intake|Drafting)(?:\.(?=[A-Z])|(?<=ContractDocs\.\w+);)")]
    private static partial Regex Reference();
}
