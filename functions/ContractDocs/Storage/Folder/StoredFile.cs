using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;

namespace ContractDocs.Storage.Folder;

/// <summary>
/// One stored document as one file: the content, then a trailer holding its ETag (the SHA-256 of the content), content
/// type and metadata, then the trailer's length and a 4-byte mark. Content and properties are written together and
/// published together, so a reader never sees one without the other.
/// </summary>
internal static class StoredFile
{
    private const int TailLength = 8;
    private static ReadOnlySpan<byte> Mark => "CDS2"u8;

    /// <summary>Streams <paramref name="content"/> and its trailer into <paramref name="path"/> (a new file) and
    /// returns the ETag.</summary>
    public static async Task<string> WriteAsync(string path, Stream content, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        var etag = "\"" + Convert.ToHexStringLower(hash.GetHashAndReset()) + "\"";
        var trailer = JsonSerializer.SerializeToUtf8Bytes(new Trailer(etag, contentType, new SortedDictionary<string, string>(metadata.ToDictionary(), StringComparer.Ordinal)), PlainJson.Default.Trailer);
        var tail = new byte[TailLength];
        BinaryPrimitives.WriteInt32LittleEndian(tail, trailer.Length);
        Mark.CopyTo(tail.AsSpan(4));
        await file.WriteAsync(trailer, cancellationToken);
        await file.WriteAsync(tail, cancellationToken);
        await file.FlushAsync(cancellationToken);
        file.Flush(flushToDisk: true);
        return etag;
    }

    /// <summary>The document's properties and where its content ends, or null when the file is not a stored document.</summary>
    public static async Task<(StoredDocument Document, long ContentLength)?> ReadPropertiesAsync(string path, DocumentAddress address, CancellationToken cancellationToken)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }

        await using (file)
        {
            if (file.Length < TailLength)
            {
                return null;
            }

            var tail = new byte[TailLength];
            file.Position = file.Length - TailLength;
            await file.ReadExactlyAsync(tail, cancellationToken);
            var length = BinaryPrimitives.ReadInt32LittleEndian(tail);
            if (!tail.AsSpan(4).SequenceEqual(Mark) || length <= 0 || length > file.Length - TailLength)
            {
                return null;
            }

            var trailer = new byte[length];
            var contentLength = file.Length - TailLength - length;
            file.Position = contentLength;
            await file.ReadExactlyAsync(trailer, cancellationToken);
            var parsed = JsonSerializer.Deserialize(trailer, PlainJson.Default.Trailer)!;
            var document = new StoredDocument(address, parsed.ETag, contentLength, parsed.ContentType,
                parsed.Metadata.ToImmutableSortedDictionary(StringComparer.Ordinal), File.GetLastWriteTimeUtc(path));
            return (document, contentLength);
        }
    }

    internal sealed record Trailer(string ETag, string ContentType, SortedDictionary<string, string> Metadata);
}
