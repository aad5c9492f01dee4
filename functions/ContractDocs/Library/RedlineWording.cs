using System.Collections.Frozen;
using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace ContractDocs.Library;

/// <summary>The words of a redline (headings, labels, the summary's columns), from the library's
/// <c>redline.yaml</c>: legal's words, never C#'s. Immutable.</summary>
public sealed record RedlineWording
{
    public const string FileName = "redline.yaml";

    /// <summary>Every key the file must give.</summary>
    public static readonly ImmutableArray<string> Keys =
    [
        "author", "title", "bookTitle", "contractTitle", "intro", "contractIntro", "summaryHeading", "columnChange", "columnKind", "columnId",
        "columnTitle", "columnFrom", "columnTo", "clausesHeading", "schedulesHeading", "versionLine", "clause", "schedule", "layout",
        "added", "changed", "retired", "removed", "none", "noChanges",
    ];

    private RedlineWording(FrozenDictionary<string, string> labels) => Labels = labels;

    public FrozenDictionary<string, string> Labels { get; }

    /// <summary>The wording from labels already read and checked (a release snapshot's).</summary>
    internal static RedlineWording FromLabels(IEnumerable<KeyValuePair<string, string>> labels) =>
        new(labels.ToFrozenDictionary(StringComparer.Ordinal));

    /// <summary>The label <paramref name="key"/> with each <c>{name}</c> replaced by its value.</summary>
    public string Format(string key, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = Labels[key];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Reads the library's redline.yaml; null with a problem for each missing key or a file that is not a
    /// mapping of text; null with no problem when the library has no such file.</summary>
    public static RedlineWording? Load(string root, List<LibraryProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var path = System.IO.Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var reader = new YamlReader(FileName, problems);
        var map = reader.ParseMapping(File.ReadAllText(path));
        if (map is null)
        {
            return null;
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { Length: > 0 } text })
            {
                labels[name] = text;
            }
        }

        var missing = Keys.Where(k => !labels.ContainsKey(k)).ToList();
        foreach (var key in missing)
        {
            problems.Add(new LibraryProblem(FileName, 1, "missing-redline-label", $"redline.yaml gives no text for '{key}'; every redline label is required."));
        }

        return missing.Count == 0 ? new RedlineWording(labels.ToFrozenDictionary(StringComparer.Ordinal)) : null;
    }
}
