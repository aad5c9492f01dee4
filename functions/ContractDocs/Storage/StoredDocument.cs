using System.Collections.Immutable;

namespace ContractDocs.Storage;

/// <summary>What the store knows of a document: where, its ETag, size, type and metadata.</summary>
public sealed record StoredDocument(
    DocumentAddress Address,
    string ETag,
    long Length,
    string ContentType,
    ImmutableSortedDictionary<string, string> Metadata,
    DateTimeOffset LastModified);
