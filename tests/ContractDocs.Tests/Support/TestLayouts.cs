using System.Collections.Frozen;
using ContractDocs.Library;
using ContractDocs.Rendering;

namespace ContractDocs.Tests.Support;

/// <summary>Layouts for rendering below the level of a whole contract (golden fragments, package checks): the words
/// a layout gives, as the repository's default layout words them.</summary>
public static class TestLayouts
{
    public static LayoutDefinition Plain { get; } = new()
    {
        Model = string.Empty,
        Parts = [new LayoutPartRule("General", [], [], [], null, false, true, 1)],
        Labels = new Dictionary<string, string>
        {
            ["clause"] = "clause {number}",
            ["scheduleParagraph"] = "paragraph {number} of {schedule}",
            ["contents"] = "Contents",
            ["means"] = "means",
            ["recitals"] = "Background",
        }.ToFrozenDictionary(StringComparer.Ordinal),
        Path = "test",
    };

    public static DocumentLayout EmptyDocument { get; } = new(Plain, [], [], []);
}
