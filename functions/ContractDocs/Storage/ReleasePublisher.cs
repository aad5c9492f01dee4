using System.Security.Cryptography;
using System.Text.Json;
using ContractDocs.Library;

namespace ContractDocs.Storage;

/// <summary>
/// Publishes a library release to the <c>releases</c> container: model.yaml, the release file and every pinned
/// clause version, then the manifest last. The manifest is created once, so a release id can be published only once;
/// a publish that failed part-way can be retried (files already there with the same content are accepted).
/// Thread-safe.
/// </summary>
public sealed class ReleasePublisher
{
    public const string Container = "releases";
    private readonly IDocumentStore _store;

    public ReleasePublisher(IDocumentStore store) => _store = store;

    /// <summary>The manifest (file path to SHA-256) of the published release.</summary>
    /// <exception cref="KeyNotFoundException">The library has no such release.</exception>
    /// <exception cref="DocumentExistsException">The release id is already published; nothing was changed.</exception>
    public async Task<IReadOnlyDictionary<string, string>> PublishAsync(ClauseLibrary library, string releaseId, string who, DateTimeOffset when, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(library);
        var release = library.FindRelease(releaseId) ?? throw new KeyNotFoundException($"The library has no release '{releaseId}'.");
        var manifest = new DocumentAddress(Container, $"{release.Id}/manifest.json");
        if (await _store.GetAsync(manifest, cancellationToken) is not null)
        {
            throw new DocumentExistsException($"Release {release.Id} is already published; a published release never changes.");
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var paths = new List<string> { "model.yaml", release.Path };
        // The redline's words (legal's too) travel with the release, so a library served from storage can write redlines.
        if (File.Exists(Path.Combine(library.Root, RedlineWording.FileName)))
        {
            paths.Add(RedlineWording.FileName);
        }

        paths.AddRange(library.Pinned(release).Select(c => c.Path));
        foreach (var path in paths)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(library.Root, path), cancellationToken);
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            files[path] = sha;
            var address = new DocumentAddress(Container, $"{release.Id}/{path}");
            try
            {
                await _store.CreateAsync(address, new MemoryStream(bytes), "text/plain; charset=utf-8", new Dictionary<string, string> { ["sha256"] = sha }, cancellationToken);
            }
            catch (DocumentExistsException)
            {
                // Left by an earlier attempt that stopped before the manifest? Only the same bytes may stay.
                if ((await _store.GetAsync(address, cancellationToken))?.Metadata.GetValueOrDefault("sha256") != sha)
                {
                    throw;
                }
            }
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new ReleaseManifest(release.Id, who, when, files), PlainJson.Default.ReleaseManifest);
        await _store.CreateAsync(manifest, new MemoryStream(body), "application/json", new Dictionary<string, string> { ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(body)) }, cancellationToken);
        return files;
    }
}
