using System.Text.RegularExpressions;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Rendering.CommonMark;

/// <summary>
/// Reads spec files in the CommonMark format: the 652 examples of the CommonMark 0.31.2 specification from the npm
/// package commonmark-spec (pinned in package.json; the test command's npm ci installs it), and ContractDocs' own
/// pipe-table cases beside this file. The example syntax and the tab arrow (→) follow the specification's own test
/// extractor.
/// </summary>
public static partial class SpecExamples
{
    public static string CommonMarkSpecPath => Path.Combine(RepoPaths.Root, "node_modules", "commonmark-spec", "spec.txt");

    public static string PipeTablesPath => Path.Combine(RepoPaths.Root, "tests", "ContractDocs.Tests", "Rendering", "CommonMark", "pipe-tables.md");

    public static IReadOnlyList<SpecExample> All { get; } = Load();

    public static SpecExample Find(string clauseId) => All.Single(e => e.ClauseId == clauseId);

    private static List<SpecExample> Load()
    {
        if (!File.Exists(CommonMarkSpecPath))
        {
            throw new FileNotFoundException("commonmark-spec is not installed; run the test command (scripts/test), which runs npm ci.", CommonMarkSpecPath);
        }

        return [.. Read(SpecExample.CommonMark, File.ReadAllText(CommonMarkSpecPath)), .. Read(SpecExample.PipeTable, File.ReadAllText(PipeTablesPath))];
    }

    private static IEnumerable<SpecExample> Read(string source, string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var end = EndOfTests().Match(text);
        if (end.Success)
        {
            text = text[..end.Index];
        }

        var section = string.Empty;
        var number = 0;
        foreach (Match match in ExampleOrHeading().Matches(text))
        {
            if (match.Groups["section"].Success)
            {
                section = match.Groups["section"].Value;
                continue;
            }

            number++;
            yield return new SpecExample(source, number, section, match.Groups["markdown"].Value.Replace('→', '\t'), match.Groups["html"].Value.Replace('→', '\t'));
        }
    }

    [GeneratedRegex("^<!-- END TESTS -->", RegexOptions.Multiline)]
    private static partial Regex EndOfTests();

    [GeneratedRegex(@"^`{32} example\n(?<markdown>[\s\S]*?)^\.\n(?<html>[\s\S]*?)^`{32}$|^#{1,6} *(?<section>.*)$", RegexOptions.Multiline)]
    private static partial Regex ExampleOrHeading();
}
