using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace ContractDocs.Storage;

/// <summary>
/// A document store in a local folder: one sub-folder per container, the content in the file, its content type
/// and metadata in a sidecar (<c>name.meta.json</c>). A document appears only when complete: content and sidecar are
/// written to temporary files and moved into place, the content last, and a create never replaces an existing file.
/// The ETag is the SHA-256 of the content. Thread-safe within one process (writes to one name are serialised).
/// </summary>
public sealed class FolderDocumentStore : IDocumentStore
{
    private const string MetaSuffix = ".meta.json";
    private readonly string _root;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public FolderDocumentStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public async Task<StoredDocument> CreateAsync(DocumentAddress address, Stream content, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        return await WithLock(address, async () =>
        {
            var path = PathOf(address);
            if (File.Exists(path))
            {
                throw new DocumentExistsException($"{address} already exists.");
            }

            return await WriteAsync(address, content, contentType, metadata, cancellationToken);
        });
    }

    public async Task<StoredDocument> ReplaceAsync(DocumentAddress address, Stream content, string contentType, IReadOnlyDictionary<string, string> metadata, string etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        return await WithLock(address, async () =>
        {
            var current = await GetAsync(address, cancellationToken);
            if (current is null || current.ETag != etag)
            {
                throw new DocumentChangedException($"{address} changed since ETag {etag} was read.");
            }

            return await WriteAsync(address, content, contentType, metadata, cancellationToken);
        });
    }

    public async Task<StoredDocument?> GetAsync(DocumentAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var path = PathOf(address);
        if (!File.Exists(path) || !File.Exists(path + MetaSuffix))
        {
            return null;
        }

        var sidecar = JsonSerializer.Deserialize<Sidecar>(await File.ReadAllBytesAsync(path + MetaSuffix, cancellationToken))!;
        return new StoredDocument(address, sidecar.ETag, new FileInfo(path).Length, sidecar.ContentType, sidecar.Metadata.ToImmutableSortedDictionary(StringComparer.Ordinal), File.GetLastWriteTimeUtc(path));
    }

    public Task<Stream?> OpenReadAsync(DocumentAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var path = PathOf(address);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public async IAsyncEnumerable<StoredDocument> ListAsync(string container, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(_root, new DocumentAddress(container, "x").Container);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var names = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(MetaSuffix, StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith(".tmp-", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(n => n.StartsWith(prefix ?? string.Empty, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (await GetAsync(new DocumentAddress(container, name), cancellationToken) is { } document)
            {
                yield return document;
            }
        }
    }

    /// <summary>A folder has no signed links; the app streams the document itself.</summary>
    public Task<Uri?> GetReadLinkAsync(DocumentAddress address, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        Task.FromResult<Uri?>(null);

    private async Task<StoredDocument> WriteAsync(DocumentAddress address, Stream content, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var path = PathOf(address);
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".tmp-{Guid.NewGuid():N}");
        string etag;
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                etag = "\"" + Convert.ToHexStringLower(hash.GetHashAndReset()) + "\"";
            }

            var sidecar = JsonSerializer.SerializeToUtf8Bytes(new Sidecar(etag, contentType, new SortedDictionary<string, string>(metadata.ToDictionary(), StringComparer.Ordinal)));
            await File.WriteAllBytesAsync(temporary + MetaSuffix, sidecar, cancellationToken);
            File.Move(temporary + MetaSuffix, path + MetaSuffix, overwrite: true);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(temporary + MetaSuffix);
        }

        return (await GetAsync(address, cancellationToken))!;
    }

    private async Task<T> WithLock<T>(DocumentAddress address, Func<Task<T>> action)
    {
        var gate = _locks.GetOrAdd(address.ToString(), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            return await action();
        }
        finally
        {
            gate.Release();
        }
    }

    private string PathOf(DocumentAddress address) => Path.Combine(_root, address.Container, address.Name.Replace('/', Path.DirectorySeparatorChar));

    private sealed record Sidecar(string ETag, string ContentType, SortedDictionary<string, string> Metadata);
}
