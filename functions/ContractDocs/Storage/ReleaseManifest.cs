using System.Text.Json.Serialization;

namespace ContractDocs.Storage;

/// <summary>A published release's manifest, written last: who published it, when, and every file with its SHA-256.
/// Its JSON (names in camelCase as declared here, in this order) is what every published manifest already holds.</summary>
internal sealed record ReleaseManifest(
    [property: JsonPropertyName("release")] string Release,
    [property: JsonPropertyName("publishedBy")] string PublishedBy,
    [property: JsonPropertyName("publishedAt")] DateTimeOffset PublishedAt,
    [property: JsonPropertyName("files")] SortedDictionary<string, string> Files);
