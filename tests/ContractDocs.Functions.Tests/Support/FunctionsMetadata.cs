using System.Text.Json;
using ContractDocs.Tests.Support;

namespace ContractDocs.Functions.Tests.Support;

/// <summary>The functions.metadata the Worker SDK wrote into the Functions app's build output (the build of the same
/// configuration as these tests): the one list of functions the Functions host reads.</summary>
public static class FunctionsMetadata
{
    public static string Path
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{System.IO.Path.DirectorySeparatorChar}Release{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return System.IO.Path.Combine(RepoPaths.Root, "functions", "ContractDocs.Functions", "bin", configuration, "net10.0", "functions.metadata");
        }
    }

    /// <summary>Each function's name and its trigger binding.</summary>
    public static IReadOnlyList<(string Name, string EntryPoint, JsonElement Trigger)> Read()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path));
        return [.. json.RootElement.EnumerateArray().Select(f => (
            f.GetProperty("name").GetString()!,
            f.GetProperty("entryPoint").GetString()!,
            f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).Clone()))];
    }

    /// <summary>"GET api/contracts/{id} function" for each method of each HTTP function.</summary>
    public static IEnumerable<string> HttpRoutes(string name, JsonElement trigger) =>
        trigger.GetProperty("methods").EnumerateArray().Select(m => $"{m.GetString()!.ToUpperInvariant()} {trigger.GetProperty("route").GetString()} {trigger.GetProperty("authLevel").GetString()!.ToLowerInvariant()} {name}");
}
