using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;

namespace ContractDocs.Storage;

/// <summary>
/// Azure Blob Storage behind <see cref="IDocumentStore"/>. Creates are sent with <c>If-None-Match: *</c> (the
/// <see cref="BlobUploadOptions"/> overload adds no condition by itself). A failure is reported with what is known of
/// it: nothing written when the request never left (the container could not be reached), unknown once the upload was
/// sent (the connection may have dropped after the service stored it; a retry then finds the blob there).
/// Read links are SAS for one blob, read-only: account-key SAS when the client holds a key (Azurite, connection
/// strings), user-delegation SAS under a managed identity. Thread-safe.
/// </summary>
public sealed class BlobDocumentStore : IDocumentStore
{
    private readonly BlobServiceClient _service;
    private readonly ConcurrentDictionary<string, Task<BlobContainerClient>> _containers = new(StringComparer.Ordinal);

    public BlobDocumentStore(BlobServiceClient service)
    {
        ArgumentNullException.ThrowIfNull(service);
        _service = service;
    }

    public Task<StoredDocument> CreateAsync(DocumentAddress address, Stream content, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default) =>
        UploadAsync(address, content, contentType, metadata, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken);

    public async Task<StoredDocument?> GetAsync(DocumentAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var blob = (await ContainerAsync(address.Container, cancellationToken)).GetBlobClient(address.Name);
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            return new StoredDocument(address, properties.ETag.ToString("H"), properties.ContentLength, properties.ContentType ?? "application/octet-stream", properties.Metadata.ToImmutableSortedDictionary(StringComparer.Ordinal), properties.LastModified);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable(address, e, WriteOutcome.NothingWritten);
        }
    }

    public async Task<Stream?> OpenReadAsync(DocumentAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var blob = (await ContainerAsync(address.Container, cancellationToken)).GetBlobClient(address.Name);
        try
        {
            return (await blob.DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable(address, e, WriteOutcome.NothingWritten);
        }
    }

    public async IAsyncEnumerable<StoredDocument> ListAsync(string container, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? continuation = null;
        do
        {
            var page = await ListPageAsync(container, prefix, continuation, 5000, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    public async Task<DocumentPage> ListPageAsync(string container, string prefix, string? continuation, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        var client = await ContainerAsync(container, cancellationToken);
        try
        {
            await foreach (var page in client.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = prefix }, cancellationToken).AsPages(continuation, maxItems))
            {
                var items = page.Values.Select(item => new StoredDocument(
                    new DocumentAddress(container, item.Name),
                    item.Properties.ETag?.ToString("H") ?? string.Empty,
                    item.Properties.ContentLength ?? 0,
                    item.Properties.ContentType ?? "application/octet-stream",
                    (item.Metadata ?? new Dictionary<string, string>()).ToImmutableSortedDictionary(StringComparer.Ordinal),
                    item.Properties.LastModified ?? DateTimeOffset.MinValue));
                return new DocumentPage([.. items], string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken);
            }

            return new DocumentPage([], null);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // The container went away (an emulator restarted without its state): nothing is listed; it is made again
            // at the next write.
            _containers.TryRemove(container, out _);
            return new DocumentPage([], null);
        }
        catch (RequestFailedException e) when (e.Status == 400 && continuation is not null)
        {
            throw new InvalidContinuationException("The listing's continuation token is not one this store issued.", e);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw new StorageUnavailableException($"Blob storage is not reachable (listing {container}). Try again shortly.", WriteOutcome.NothingWritten, e);
        }
    }

    public async Task<Uri?> GetReadLinkAsync(DocumentAddress address, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var blob = (await ContainerAsync(address.Container, cancellationToken)).GetBlobClient(address.Name);
        var expires = DateTimeOffset.UtcNow.Add(lifetime);
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expires)
        {
            BlobContainerName = address.Container,
            BlobName = address.Name,
            Resource = "b",
            StartsOn = DateTimeOffset.UtcNow.AddMinutes(-2),
        };
        if (blob.CanGenerateSasUri)
        {
            return blob.GenerateSasUri(sas);
        }

        var key = await _service.GetUserDelegationKeyAsync(DateTimeOffset.UtcNow.AddMinutes(-2), expires, cancellationToken);
        return new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key.Value, _service.AccountName) }.ToUri();
    }

    private async Task<StoredDocument> UploadAsync(DocumentAddress address, Stream content, string contentType, IReadOnlyDictionary<string, string> metadata, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var start = content.CanSeek ? content.Position : -1;
        try
        {
            return await UploadOnceAsync(address, content, contentType, metadata, conditions, cancellationToken);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound && start >= 0)
        {
            // The container went away (deleted, or an emulator restarted without its state): make it again, once.
            _containers.TryRemove(address.Container, out _);
            content.Position = start;
            return await UploadOnceAsync(address, content, contentType, metadata, conditions, cancellationToken);
        }
    }

    private async Task<StoredDocument> UploadOnceAsync(DocumentAddress address, Stream content, string contentType, IReadOnlyDictionary<string, string> metadata, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        var blob = (await ContainerAsync(address.Container, cancellationToken)).GetBlobClient(address.Name);
        try
        {
            var options = new BlobUploadOptions
            {
                Conditions = conditions,
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                Metadata = metadata.ToDictionary(),
            };
            var start = content.CanSeek ? content.Position : 0;
            var uploaded = (await blob.UploadAsync(content, options, cancellationToken)).Value;
            return new StoredDocument(address, uploaded.ETag.ToString("H"), content.CanSeek ? content.Position - start : -1, contentType,
                metadata.ToImmutableSortedDictionary(StringComparer.Ordinal), uploaded.LastModified);
        }
        catch (RequestFailedException e) when (e.Status == 409 || e.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            throw new DocumentExistsException($"{address} already exists.", e);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // If-None-Match: * is answered 412 by some service versions when the blob exists.
            throw new DocumentExistsException($"{address} already exists.", e);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable(address, e, WriteOutcome.Unknown);
        }
    }

    private async Task<BlobContainerClient> ContainerAsync(string name, CancellationToken cancellationToken)
    {
        var task = _containers.GetOrAdd(name, async n =>
        {
            var container = _service.GetBlobContainerClient(n);
            await container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            return container;
        });
        try
        {
            return await task.WaitAsync(cancellationToken);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            _containers.TryRemove(name, out _);
            throw new StorageUnavailableException($"Blob storage is not reachable (container {name}). Try again shortly.", WriteOutcome.NothingWritten, e);
        }
    }

    private static bool IsUnavailable(Exception e) =>
        e is RequestFailedException { Status: 0 or >= 500 } or HttpRequestException or TimeoutException or IOException
        || (e is AggregateException aggregate && aggregate.InnerExceptions.All(IsUnavailable))
        || (e is OperationCanceledException && e.InnerException is TimeoutException);

    private static StorageUnavailableException Unavailable(DocumentAddress address, Exception e, WriteOutcome outcome) =>
        new($"Blob storage is not reachable ({address}). Try again shortly.", outcome, e);
}
