using System.Text.Json;

namespace ContractDocs.Package.Tests;

/// <summary>What one function.json declares: its trigger type, and for an HTTP trigger the methods and route.</summary>
public sealed record FunctionDeclaration(string Name, string TriggerType, IReadOnlyList<string> Methods, string? Route)
{
    /// <summary>Reads <c>&lt;folder&gt;/function.json</c>; the function's name is the folder's.</summary>
    /// <exception cref="JsonException">The file is not JSON.</exception>
    /// <exception cref="KeyNotFoundException">The file has no bindings or no "in" trigger.</exception>
    public static FunctionDeclaration Read(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "function.json")));
        var trigger = json.RootElement.GetProperty("bindings").EnumerateArray()
            .FirstOrDefault(b => b.TryGetProperty("direction", out var d) && d.GetString() == "in");
        if (trigger.ValueKind != JsonValueKind.Object)
        {
            throw new KeyNotFoundException($"{folder}/function.json has no trigger binding.");
        }

        var methods = trigger.TryGetProperty("methods", out var m) ? m.EnumerateArray().Select(x => x.GetString()!.ToUpperInvariant()).ToList() : [];
        var route = trigger.TryGetProperty("route", out var r) ? r.GetString() : null;
        return new FunctionDeclaration(Path.GetFileName(folder), trigger.GetProperty("type").GetString()!, methods, route);
    }
}
