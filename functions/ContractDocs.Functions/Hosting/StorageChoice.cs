using Azure.Storage.Blobs;
using ContractDocs.Storage;
using ContractDocs.Storage.Folder;

namespace ContractDocs.Functions.Hosting;

/// <summary>The document store the options choose: blob storage by connection string (Azurite, or an account with
/// keys), blob storage by account URI and the app's managed identity (Azure), or else the folder store.</summary>
public sealed record StorageChoice(IDocumentStore Store, string Description)
{
    public static StorageChoice Create(ContractDocsOptions settings, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var retries = new BlobClientOptions { Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(200), NetworkTimeout = TimeSpan.FromSeconds(10) } };
        if (!string.IsNullOrWhiteSpace(settings.StorageConnectionString))
        {
            var service = new BlobServiceClient(settings.StorageConnectionString, retries);
            return new StorageChoice(new BlobDocumentStore(service), $"blob storage at {service.Uri}");
        }

        if (settings.StorageAccountUri is { } account)
        {
            // In Azure: the app's managed identity (the Bicep grants it Storage Blob Data roles); no keys anywhere.
            return new StorageChoice(new BlobDocumentStore(new BlobServiceClient(account, new Azure.Identity.DefaultAzureCredential(), retries)), $"blob storage at {account} (managed identity)");
        }

        var folder = Path.GetFullPath(settings.FolderStore, contentRoot);
        return new StorageChoice(new FolderDocumentStore(folder), $"folder {folder}");
    }
}
