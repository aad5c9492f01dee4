namespace ContractDocs.Storage;

/// <summary>
/// Where contracts, executed documents, records, audit events, indexes and published releases live. Every write is
/// create-only: a document, once there, never changes, so racing writers cannot overwrite each other and a retried
/// write either lands or finds its own earlier copy. Two implementations: <see cref="BlobDocumentStore"/> (Azure Blob
/// Storage) and <see cref="Folder.FolderDocumentStore"/> (a local folder, the default when no storage is configured).
/// Implementations are thread-safe.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Writes a new document; refuses if the name exists. A document is visible only once complete.</summary>
    /// <exception cref="DocumentExistsException">A document of that name already exists; nothing was written.</exception>
    /// <exception cref="StorageUnavailableException">The store failed; its <see cref="StorageUnavailableException.Outcome"/>
    /// says whether the write may have landed.</exception>
    Task<StoredDocument> CreateAsync(DocumentAddress address, Stream content, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default);

    /// <summary>The document's properties, or null if there is none.</summary>
    Task<StoredDocument?> GetAsync(DocumentAddress address, CancellationToken cancellationToken = default);

    /// <summary>The document's content, or null if there is none. The caller disposes the stream.</summary>
    Task<Stream?> OpenReadAsync(DocumentAddress address, CancellationToken cancellationToken = default);

    /// <summary>Documents of a container whose names start with <paramref name="prefix"/>, in name order.</summary>
    IAsyncEnumerable<StoredDocument> ListAsync(string container, string prefix, CancellationToken cancellationToken = default);

    /// <summary>One page of <see cref="ListAsync"/>: at most <paramref name="maxItems"/> documents in name order, from
    /// where <paramref name="continuation"/> (the previous page's, or null to start) left off.</summary>
    Task<DocumentPage> ListPageAsync(string container, string prefix, string? continuation, int maxItems, CancellationToken cancellationToken = default);

    /// <summary>A short-lived, read-only link to one document, or null where the store cannot issue one (the app
    /// then streams the document itself).</summary>
    Task<Uri?> GetReadLinkAsync(DocumentAddress address, TimeSpan lifetime, CancellationToken cancellationToken = default);
}
