using System.Text.Json;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>The repository's example selections (clause-library/examples), read once; callers get copies.</summary>
internal static class FuzzExamples
{
    private static readonly string[] ExampleNames =
        [.. Directory.EnumerateFiles(RepoPaths.Examples, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    private static readonly Lazy<Dictionary<string, FuzzJson>> Loaded = new(() => ExampleNames.ToDictionary(n => n, Read, StringComparer.Ordinal));

    public static IReadOnlyList<string> Names => ExampleNames;

    public static FuzzJson Copy(string name) => Loaded.Value[name].Clone();

    private static FuzzJson Read(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Examples, name + ".json")));
        return FuzzJson.From(document.RootElement);
    }
}
