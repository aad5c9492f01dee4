namespace ContractDocs.Storage;

/// <summary>
/// Where contracts, executed documents, records, audit events and published releases live. Every write is
/// create-only or conditional on an ETag, so two racing writers cannot both win and nothing is overwritten by
/// accident. Two implementations: <see cref="BlobDocumentStore"/> (Azure Blob Storage) and
/// <see cref="FolderDocumentStore"/> (a local folder, the default when no storage is configured).
/// Implementations are thread-safe.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Writes a new document; refuses if the name exists.</summary>
    /// <exception cref="DocumentExistsException">A document of that name already exists; nothing was written.</exception>
    /// <exception cref="StorageUnavailableException">The store cannot be reached; nothing was written.</exception>
    Task<StoredDocument> CreateAsync(DocumentAddress address, Stream content, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default);

    /// <summary>Replaces a document only if it still has <paramref name="etag"/>.</summary>
    /// <exception cref="DocumentChangedException">The document changed (or vanished) since that ETag was read.</exception>
    Task<StoredDocument> ReplaceAsync(DocumentAddress address, Stream content, string contentType, IReadOnlyDictionary<string, string> metadata, string etag, CancellationToken cancellationToken = default);

    /// <summary>The document's properties, or null if there is none.</summary>
    Task<StoredDocument?> GetAsync(DocumentAddress address, CancellationToken cancellationToken = default);

    /// <summary>The document's content, or null if there is none. The caller disposes the stream.</summary>
    Task<Stream?> OpenReadAsync(DocumentAddress address, CancellationToken cancellationToken = default);

    /// <summary>Documents of a container whose names start with <paramref name="prefix"/>, in name order.</summary>
    IAsyncEnumerable<StoredDocument> ListAsync(string container, string prefix, CancellationToken cancellationToken = default);

    /// <summary>A short-lived, read-only link to one document, or null where the store cannot issue one (the app
    /// then streams the document itself).</summary>
    Task<Uri?> GetReadLinkAsync(DocumentAddress address, TimeSpan lifetime, CancellationToken cancellationToken = default);
}
