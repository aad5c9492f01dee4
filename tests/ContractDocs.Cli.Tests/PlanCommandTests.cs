using System.Text.Json;

namespace ContractDocs.Cli.Tests;

/// <summary><c>contractdocs plan</c> on every example at its own release, and on the four legacy examples under
/// releases 2026.1 and 2026.2, compared with golden plans
/// (Golden/&lt;example&gt;.&lt;release&gt;.json). Set CONTRACTDOCS_ACCEPT=1 to write a missing golden file.</summary>
public sealed class PlanCommandTests
{
    private static readonly HashSet<string> Legacy = new(["capitated-place", "frailty-alliance", "lead-provider-ltc", "outcomes-based-reablement"], StringComparer.Ordinal);

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Cli.Library, "examples"), "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            using var example = JsonDocument.Parse(File.ReadAllText(file));
            data.Add(name, example.RootElement.GetProperty("release").GetString()!);
            if (Legacy.Contains(name))
            {
                data.Add(name, "2026.1");
                data.Add(name, "2026.2");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Plan_Example_MatchesItsGoldenPlan(string example, string release)
    {
        var (exit, output, error) = Cli.Run("plan", Cli.ExampleWithRelease(example, release), "--library", Cli.Library);

        Assert.True(exit == 0, error);
        var golden = Path.Combine(Cli.Root, "tests", "ContractDocs.Cli.Tests", "Golden", $"{example}.{release}.json");
        if (!File.Exists(golden) && Environment.GetEnvironmentVariable("CONTRACTDOCS_ACCEPT") == "1")
        {
            File.WriteAllText(golden, output);
        }

        Assert.Equal(Normalise(File.ReadAllText(golden)), Normalise(output));
        using var plan = JsonDocument.Parse(output);
        Assert.Equal(release, plan.RootElement.GetProperty("release").GetString());
        Assert.All(plan.RootElement.GetProperty("clauses").EnumerateArray(), c => Assert.Matches("^[0-9a-f]{64}$", c.GetProperty("sha256").GetString()));
    }

    [Fact]
    public void Plan_Release2026Point2_UsesTheNewVersionsAndNotTheRetiredClause()
    {
        var (exit, output, error) = Cli.Run("plan", Cli.ExampleWithRelease("lead-provider-ltc", "2026.2"), "--library", Cli.Library);

        Assert.True(exit == 0, error);
        using var plan = JsonDocument.Parse(output);
        var clauses = plan.RootElement.GetProperty("clauses").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("version").GetString());
        Assert.Equal("1.1.0", clauses["outcomes-framework"]);
        Assert.Equal("1.1.0", clauses["payment-at-risk"]);
        Assert.DoesNotContain("payment-by-results", clauses.Keys);
    }

    [Theory]
    [InlineData("{\"release\":\"2019.1\",\"model\":\"alliance\"}", "unknown-release")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"prime-contractor\"}", "unknown-model")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"alliance\",\"specifications\":[\"F1.capitated-budget\"]}", "not-for-model")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"alliance\",\"specifications\":[\"P1.alliance-charter\",\"F3.payment-at-risk\"]}", "excluded-pair")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"accountable-care\",\"specifications\":[\"F1.capitated-budget\",\"F2.payment-by-results\"]}", "not-for-model")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"lead-provider\",\"specifications\":[\"F1.capitated-budget\",\"F2.payment-by-results\"]}", "excluded-pair")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"lead-provider\",\"specifications\":[\"F4.risk-gain-share\"]}", "unmet-requirement")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"alliance\",\"specifications\":[\"O1.joint-outcomes\"]}", "missing-variable")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"alliance\",\"specifications\":[\"O9.nothing\"]}", "unknown-specification")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"alliance\",\"specifications\":[\"O1.joint-outcomes\",\"O1.joint-outcomes\"]}", "duplicate-choice")]
    [InlineData("{\"release\":\"2026.1\",", "invalid-json")]
    [InlineData("{\"release\":\"2026.3\",\"model\":\"lead-provider\",\"specifications\":[]}", "missing-essential")]
    public void Plan_BrokenSelection_PrintsTheCodeAndExitsOne(string json, string code)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("contractdocs-plan-").FullName, "selection.json");
        File.WriteAllText(path, json);

        var (exit, output, error) = Cli.Run("plan", path, "--library", Cli.Library);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($": {code}: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MissingFile_ExitsTwo()
    {
        var (exit, _, error) = Cli.Run("plan", "/nonexistent/selection.json", "--library", Cli.Library);

        Assert.Equal(2, exit);
        Assert.Contains("no selection file", error, StringComparison.Ordinal);
    }

    private static string Normalise(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
