using System.Text.RegularExpressions;
using ContractDocs.Tests.Support;

namespace ContractDocs.Infra.Tests;

/// <summary>infra/main.bicep (and every module it uses) builds and passes <c>bicep lint</c>.</summary>
public sealed partial class BicepLintTests
{
    /// <summary>
    /// Linter rules whose warnings are accepted, each with the reason. A warning is also only accepted when the
    /// line it points at (or the line above) carries a comment naming the rule. Empty: the templates lint clean.
    /// </summary>
    private static readonly Dictionary<string, string> ExplainedWarnings = new(StringComparer.Ordinal)
    {
    };

    private static readonly Lazy<BicepResult> Lint = new(() => BicepCli.Run("lint", Path.Combine(RepoPaths.Infra, "main.bicep")));

    [Fact]
    public void Bicep_cli_is_the_pinned_version()
    {
        var result = BicepCli.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Bicep CLI version {BicepCli.Version}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_succeeds_without_errors()
    {
        var build = CompiledTemplate.Main.BuildResult;

        Assert.Equal(0, build.ExitCode);
        Assert.DoesNotContain("Error", build.Error, StringComparison.Ordinal);
        Assert.StartsWith("{", CompiledTemplate.Main.Json.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_reports_no_errors()
    {
        var lint = Lint.Value;

        Assert.True(lint.ExitCode == 0, $"bicep lint exited {lint.ExitCode}:\n{lint.All}");
        Assert.DoesNotContain("Error", lint.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_warnings_are_all_explained()
    {
        var output = Lint.Value.All;
        var warnings = Diagnostic().Matches(output);
        var unexplained = warnings
            .Where(w => !ExplainedWarnings.ContainsKey(w.Groups["code"].Value) ||
                        !CommentNamesRule(w.Groups["file"].Value, int.Parse(w.Groups["line"].Value), w.Groups["code"].Value))
            .Select(w => w.Value.Trim())
            .ToList();

        Assert.True(unexplained.Count == 0, "Unexplained bicep lint warnings:\n" + string.Join('\n', unexplained));
        // Every "Warning" in the output was one of the diagnostics parsed above (nothing in another shape slips by).
        Assert.Equal(warnings.Count, Regex.Count(output, @"\bWarning\b"));
    }

    private static bool CommentNamesRule(string file, int line, string code)
    {
        var lines = File.ReadAllLines(file);
        return Enumerable.Range(line - 2, 2)
            .Where(i => i >= 0 && i < lines.Length)
            .Any(i => lines[i].Contains("//", StringComparison.Ordinal) && lines[i].Contains(code, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)\) : Warning (?<code>[^:\s]+): (?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex Diagnostic();
}
