using Azure.Storage.Blobs;
using ContractDocs.Drafting;
using ContractDocs.Intake;
using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Selection;
using ContractDocs.Storage;
using ContractDocs.Storage.Folder;
using ContractDocs.Templating;
using Microsoft.Extensions.Options;

namespace ContractDocs.Functions;

/// <summary>The engine objects the app shares, built once at start-up from the options: the library, resolver,
/// renderer and archive. All are immutable or thread-safe.</summary>
/// <remarks>With <c>LibrarySource=storage</c> the app serves the releases published to storage; until the first
/// release is published it serves the library folder (the repository's, or the one shipped in the deployment
/// package) so that legal can publish from it. Publishing always reads the folder (<see cref="Source"/>); a newly
/// published release is served from the next start-up.</remarks>
public sealed class Engine
{
    private readonly Lazy<ClauseLibrary?> _source;

    public Engine(IOptions<ContractDocsOptions> options, TimeProvider clock, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var folderLibrary = settings.LibraryFolder ?? LibraryLocator.Find(environment.ContentRootPath);
        Store = CreateStore(settings, environment);
        var fromStorage = string.Equals(settings.LibrarySource, "storage", StringComparison.OrdinalIgnoreCase);
        var published = fromStorage
            ? PublishedLibrary.DownloadAsync(Store, Directory.CreateTempSubdirectory("contractdocs-published-").FullName, CancellationToken.None).GetAwaiter().GetResult()
            : null;
        var libraryFolder = published ?? folderLibrary ?? throw new InvalidOperationException("No clause library found: set ContractDocs:LibraryFolder.");
        Loaded = LibraryLoader.Load(libraryFolder);
        Library = Loaded.Library;
        // Serving published releases, the folder is read only when legal publishes, not at every start.
        _source = published is null ? new Lazy<ClauseLibrary?>(Library) : new Lazy<ClauseLibrary?>(() => folderLibrary is null ? null : LibraryLoader.Load(folderLibrary).Library);
        LibraryDescription = published is not null ? "the releases published to storage"
            : fromStorage ? $"library {libraryFolder} (nothing published to storage yet)"
            : $"library {libraryFolder}";
        Resolver = new Resolver(Library);
        var templating = new ContractTemplating();
        var templates = settings.TemplatesFolder ?? TemplateSet.FindFolder(folderLibrary ?? libraryFolder)
            ?? throw new InvalidOperationException("No templates folder found: set ContractDocs:TemplatesFolder.");
        Renderer = new ContractRenderer(Library, TemplateSet.Load(templates, templating), templating);
        Archive = new ContractArchive(Store, clock);
        Drafter = new ContractDrafter(Resolver, Renderer, Archive);
        Filer = new ExecutedFiler(Archive, new IntakeLimits(MaxBytes: settings.MaxUploadBytes));
        ReadLinkLifetime = TimeSpan.FromMinutes(settings.ReadLinkMinutes);
        MaxUploadBytes = settings.MaxUploadBytes;
    }

    public LibraryLoadResult Loaded { get; }

    /// <summary>The library the app serves: previews, contracts and the pages build from it.</summary>
    public ClauseLibrary Library { get; }

    /// <summary>The library folder's releases, which the publish endpoint writes to storage; null when the app serves
    /// published releases and has no library folder.</summary>
    public ClauseLibrary? Source => _source.Value;

    /// <summary>Where <see cref="Library"/> came from, for the start-up line.</summary>
    public string LibraryDescription { get; }

    public Resolver Resolver { get; }

    public ContractRenderer Renderer { get; }

    public IDocumentStore Store { get; }

    public ContractArchive Archive { get; }

    public ContractDrafter Drafter { get; }

    public ExecutedFiler Filer { get; }

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
