using System.Text.Json;

namespace ContractDocs.Storage;

/// <summary>
/// Rebuilds a clause library folder from the releases published to storage, so an app can build contracts from
/// exactly what legal published. Every release with a manifest is fetched; model.yaml comes from the newest. Files
/// are checked against the manifest's SHA-256 on the way.
/// </summary>
public static class PublishedLibrary
{
    /// <summary>Downloads the published releases into <paramref name="folder"/> and returns it; null when no release
    /// has been published yet.</summary>
    /// <exception cref="InvalidDataException">A file does not match its manifest or is missing.</exception>
    public static async Task<string?> DownloadAsync(IDocumentStore store, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var manifests = new List<DocumentAddress>();
        await foreach (var document in store.ListAsync(ReleasePublisher.Container, string.Empty, cancellationToken))
        {
            if (document.Address.Name.EndsWith("/manifest.json", StringComparison.Ordinal))
            {
                manifests.Add(document.Address);
            }
        }

        if (manifests.Count == 0)
        {
            return null;
        }

        foreach (var manifest in manifests.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var release = manifest.Name.Split('/')[0];
            await using var stream = (await store.OpenReadAsync(manifest, cancellationToken))!;
            using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            foreach (var file in json.RootElement.GetProperty("files").EnumerateObject())
            {
                await using var content = await store.OpenReadAsync(new DocumentAddress(ReleasePublisher.Container, $"{release}/{file.Name}"), cancellationToken)
                    ?? throw new InvalidDataException($"Release {release} lacks {file.Name}.");
                using var buffer = new MemoryStream();
                await content.CopyToAsync(buffer, cancellationToken);
                if (Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(buffer.ToArray())) != file.Value.GetString())
                {
                    throw new InvalidDataException($"Release {release}: {file.Name} does not match its manifest.");
                }

                var target = Path.Combine(folder, file.Name.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllBytesAsync(target, buffer.ToArray(), cancellationToken);
            }
        }

        return folder;
    }
}
