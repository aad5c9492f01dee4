using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ContractDocs.Storage.Folder;

/// <summary>
/// A document store in a local folder: one sub-folder per container, each document one file holding its content and
/// its properties (<see cref="StoredFile"/>). A document is written to a temporary file and published under its name
/// with <see cref="AtomicFile"/>, which refuses an existing name atomically, so a create is create-only even between
/// processes sharing the folder, and a reader sees a document whole or not at all. The ETag is the SHA-256 of the
/// content. Thread-safe.
/// </summary>
public sealed class FolderDocumentStore : IDocumentStore
{
    private const string TemporaryPrefix = ".tmp-";
    private const string FormatMark = ".contractdocs-folder-store-2";
    private readonly string _root;

    /// <exception cref="InvalidOperationException">The folder holds documents in an older layout.</exception>
    public FolderDocumentStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
        var mark = Path.Combine(_root, FormatMark);
        if (!File.Exists(mark))
        {
            if (Directory.EnumerateFileSystemEntries(_root).Any())
            {
                throw new InvalidOperationException($"The folder store {_root} was written by an older ContractDocs (content and a .meta.json sidecar per document). Move it aside, or point ContractDocs:FolderStore at a new folder.");
            }

            File.WriteAllText(mark, "ContractDocs folder store, one file per document (content, then properties).\n");
        }
    }

    public async Task<StoredDocument> CreateAsync(DocumentAddress address, Stream content, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(metadata);
        var path = PathOf(address);
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"{TemporaryPrefix}{Guid.NewGuid():N}");
        try
        {
            await StoredFile.WriteAsync(temporary, content, contentType, metadata, cancellationToken);
            if (!AtomicFile.TryPublish(temporary, path))
            {
                throw new DocumentExistsException($"{address} already exists.");
            }
        }
        finally
        {
            File.Delete(temporary);
        }

        return (await GetAsync(address, cancellationToken))!;
    }

    public async Task<StoredDocument?> GetAsync(DocumentAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        return (await StoredFile.ReadPropertiesAsync(PathOf(address), address, cancellationToken))?.Document;
    }

    public async Task<Stream?> OpenReadAsync(DocumentAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var path = PathOf(address);
        if (await StoredFile.ReadPropertiesAsync(path, address, cancellationToken) is not { } found)
        {
            return null;
        }

        // A published file never changes, so the length read above still holds for the file opened here.
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return new ContentStream(file, found.ContentLength);
    }

    public async IAsyncEnumerable<StoredDocument> ListAsync(string container, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var name in Names(container, prefix ?? string.Empty, after: null))
        {
            if (await GetAsync(new DocumentAddress(container, name), cancellationToken) is { } document)
            {
                yield return document;
            }
        }
    }

    public async Task<DocumentPage> ListPageAsync(string container, string prefix, string? continuation, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        var items = ImmutableArray.CreateBuilder<StoredDocument>();
        string? last = null;
        using var names = Names(container, prefix ?? string.Empty, continuation).GetEnumerator();
        while (items.Count < maxItems && names.MoveNext())
        {
            last = names.Current;
            if (await GetAsync(new DocumentAddress(container, last), cancellationToken) is { } document)
            {
                items.Add(document);
            }
        }

        return new DocumentPage(items.ToImmutable(), items.Count == maxItems && names.MoveNext() ? last : null);
    }

    /// <summary>A folder has no signed links; the app streams the document itself.</summary>
    public Task<Uri?> GetReadLinkAsync(DocumentAddress address, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        Task.FromResult<Uri?>(null);

    /// <summary>Document names under <paramref name="prefix"/> in ordinal order, strictly after <paramref name="after"/>,
    /// walking only the folders that can hold such names: a page deep in a large container reads little.</summary>
    private IEnumerable<string> Names(string container, string prefix, string? after)
    {
        // Every name under the prefix lies in the folder its whole segments name: start there, not at the container,
        // so reading one contract's entries never lists every contract.
        var folder = Path.Combine(_root, new DocumentAddress(container, "x").Container);
        var cut = prefix.LastIndexOf('/');
        var relative = cut < 0 ? string.Empty : prefix[..(cut + 1)];
        var start = relative.Length == 0 ? folder : Path.Combine(folder, relative[..^1].Replace('/', Path.DirectorySeparatorChar));
        return Directory.Exists(start) && !relative.Split('/')[..^1].Any(s => s is "" or "." or ".." || s.StartsWith(TemporaryPrefix, StringComparison.Ordinal))
            ? Walk(start, relative, prefix, after)
            : [];
    }

    private static IEnumerable<string> Walk(string folder, string relative, string prefix, string? after)
    {
        var entries = new List<(string Key, string Name, bool IsFolder)>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith(TemporaryPrefix, StringComparison.Ordinal) || (relative.Length == 0 && entry.Name == FormatMark))
            {
                continue;
            }

            var isFolder = entry is DirectoryInfo;
            var name = relative + entry.Name;
            entries.Add((isFolder ? name + "/" : name, name, isFolder));
        }

        // Blob order: a folder sorts as its name followed by '/', the names inside it.
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (key, name, isFolder) in entries)
        {
            if (isFolder)
            {
                var couldMatch = key.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(key, StringComparison.Ordinal);
                var couldFollow = after is null || after.StartsWith(key, StringComparison.Ordinal) || string.CompareOrdinal(key, after) > 0;
                if (couldMatch && couldFollow)
                {
                    foreach (var inner in Walk(Path.Combine(folder, Path.GetFileName(name)), key, prefix, after))
                    {
                        yield return inner;
                    }
                }
            }
            else if (name.StartsWith(prefix, StringComparison.Ordinal) && (after is null || string.CompareOrdinal(name, after) > 0))
            {
                yield return name;
            }
        }
    }

    private string PathOf(DocumentAddress address) => Path.Combine(_root, address.Container, address.Name.Replace('/', Path.DirectorySeparatorChar));
}
