using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Storage;

namespace ContractDocs.Functions.Hosting;

/// <summary>The clause library the app serves and the folder library legal publishes from, chosen once at start-up.
/// Immutable and thread-safe.</summary>
/// <remarks>With <c>LibrarySource=storage</c> the app serves the releases published to storage; until the first
/// release is published it serves the library folder (the repository's, or the one shipped in the deployment
/// package) so that legal can publish from it. Publishing always reads the folder (<see cref="Source"/>); a newly
/// published release is served from the next start-up.</remarks>
public sealed class LibraryChoice
{
    private readonly Lazy<ClauseLibrary?> _source;

    private LibraryChoice(ClauseLibrary served, Lazy<ClauseLibrary?> source, string templatesFolder, string description)
    {
        Served = served;
        _source = source;
        TemplatesFolder = templatesFolder;
        Description = description;
    }

    /// <summary>The library the app serves: previews, contracts and the pages build from it.</summary>
    public ClauseLibrary Served { get; }

    /// <summary>The library folder's releases, which publishing writes to storage; null when the app serves published
    /// releases and has no library folder.</summary>
    public ClauseLibrary? Source => _source.Value;

    public string TemplatesFolder { get; }

    /// <summary>Where <see cref="Served"/> came from, for the start-up line.</summary>
    public string Description { get; }

    /// <exception cref="InvalidOperationException">No library or no templates folder can be found.</exception>
    public static LibraryChoice Load(ContractDocsOptions settings, IDocumentStore store, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var folderLibrary = settings.LibraryFolder ?? LibraryLocator.Find(contentRoot) ?? LibraryLocator.Find(AppContext.BaseDirectory);
        var fromStorage = string.Equals(settings.LibrarySource, "storage", StringComparison.OrdinalIgnoreCase);
        var published = fromStorage
            ? PublishedLibrary.DownloadAsync(store, Directory.CreateTempSubdirectory("contractdocs-published-").FullName, CancellationToken.None).GetAwaiter().GetResult()
            : null;
        var libraryFolder = published ?? folderLibrary ?? throw new InvalidOperationException("No clause library found: set ContractDocs:LibraryFolder.");
        var snapshots = settings.SnapshotFolderOrDefault();
        var served = LibrarySnapshot.Load(libraryFolder, snapshots).Library;
        // Serving published releases, the folder is read only when legal publishes, not at every start.
        var source = published is null ? new Lazy<ClauseLibrary?>(served) : new Lazy<ClauseLibrary?>(() => folderLibrary is null ? null : LibrarySnapshot.Load(folderLibrary, snapshots).Library);
        var templates = settings.TemplatesFolder ?? TemplateSet.FindFolder(folderLibrary ?? libraryFolder)
            ?? throw new InvalidOperationException("No templates folder found: set ContractDocs:TemplatesFolder.");
        var description = published is not null ? "the releases published to storage"
            : fromStorage ? $"library {libraryFolder} (nothing published to storage yet)"
            : $"library {libraryFolder}";
        return new LibraryChoice(served, source, templates, description);
    }
}
