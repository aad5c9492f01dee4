using System.Text.Json;

namespace ContractDocs.Package.Tests;

/// <summary>One function as functions.metadata declares it: its name, entry point, trigger type and, for an HTTP
/// trigger, its methods, route and authorization level; for a blob trigger its path and source.</summary>
public sealed record FunctionDeclaration(string Name, string ScriptFile, string EntryPoint, string TriggerType, IReadOnlyList<string> Methods, string? Route, string? AuthLevel, string? Path, string? Source)
{
    /// <exception cref="JsonException">The file is not JSON.</exception>
    /// <exception cref="KeyNotFoundException">A function has no name, entry point or trigger binding.</exception>
    public static IReadOnlyList<FunctionDeclaration> ReadAll(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return [.. json.RootElement.EnumerateArray().Select(f =>
        {
            var trigger = f.GetProperty("bindings").EnumerateArray().First(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            string? Text(string name) => trigger.TryGetProperty(name, out var value) ? value.GetString() : null;
            var methods = trigger.TryGetProperty("methods", out var m) ? m.EnumerateArray().Select(x => x.GetString()!.ToUpperInvariant()).ToList() : [];
            return new FunctionDeclaration(f.GetProperty("name").GetString()!, f.GetProperty("scriptFile").GetString()!, f.GetProperty("entryPoint").GetString()!,
                trigger.GetProperty("type").GetString()!, methods, Text("route"), Text("authLevel"), Text("path"), Text("source"));
        })];
    }
}
