using Azure.Storage.Blobs;
using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Selection;
using ContractDocs.Storage;
using ContractDocs.Templating;
using Microsoft.Extensions.Options;

namespace ContractDocs.Functions;

/// <summary>The engine objects the app shares, built once at start-up from the options: the library, resolver,
/// renderer and archive. All are immutable or thread-safe.</summary>
public sealed class Engine
{
    public Engine(IOptions<ContractDocsOptions> options, TimeProvider clock, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var repositoryLibrary = settings.LibraryFolder ?? LibraryLocator.Find(environment.ContentRootPath);
        Store = CreateStore(settings, environment);
        var libraryFolder = string.Equals(settings.LibrarySource, "storage", StringComparison.OrdinalIgnoreCase)
            ? PublishedLibrary.DownloadAsync(Store, Directory.CreateTempSubdirectory("contractdocs-published-").FullName, CancellationToken.None).GetAwaiter().GetResult()
            : repositoryLibrary ?? throw new InvalidOperationException("No clause library found: set ContractDocs:LibraryFolder.");
        Loaded = LibraryLoader.Load(libraryFolder);
        Library = Loaded.Library;
        Resolver = new Resolver(Library);
        var templating = new ContractTemplating();
        var templates = settings.TemplatesFolder ?? TemplateSet.FindFolder(repositoryLibrary ?? libraryFolder)
            ?? throw new InvalidOperationException("No templates folder found: set ContractDocs:TemplatesFolder.");
        Renderer = new ContractRenderer(Library, TemplateSet.Load(templates, templating), templating);
        Archive = new ContractArchive(Store, clock);
        ReadLinkLifetime = TimeSpan.FromMinutes(settings.ReadLinkMinutes);
        MaxUploadBytes = settings.MaxUploadBytes;
    }

    public LibraryLoadResult Loaded { get; }

    public ClauseLibrary Library { get; }

    public Resolver Resolver { get; }

    public ContractRenderer Renderer { get; }

    public IDocumentStore Store { get; }

    public ContractArchive Archive { get; }

    public TimeSpan ReadLinkLifetime { get; }

    public long MaxUploadBytes { get; }

    /// <summary>"blob storage at …" or "folder …", for the start-up line.</summary>
    public string StoreDescription { get; private set; } = string.Empty;

    private IDocumentStore CreateStore(ContractDocsOptions settings, IHostEnvironment environment)
    {
        var retries = new BlobClientOptions { Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(200), NetworkTimeout = TimeSpan.FromSeconds(10) } };
        if (!string.IsNullOrWhiteSpace(settings.StorageConnectionString))
        {
            var service = new BlobServiceClient(settings.StorageConnectionString, retries);
            StoreDescription = $"blob storage at {service.Uri}";
            return new BlobDocumentStore(service);
        }

        if (settings.StorageAccountUri is { } account)
        {
            // In Azure: the app's managed identity (the Bicep grants it Storage Blob Data roles); no keys anywhere.
            StoreDescription = $"blob storage at {account} (managed identity)";
            return new BlobDocumentStore(new BlobServiceClient(account, new Azure.Identity.DefaultAzureCredential(), retries));
        }

        var folder = Path.GetFullPath(settings.FolderStore, environment.ContentRootPath);
        StoreDescription = $"folder {folder}";
        return new FolderDocumentStore(folder);
    }
}
