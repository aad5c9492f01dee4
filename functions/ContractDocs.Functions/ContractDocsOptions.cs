using System.ComponentModel.DataAnnotations;

namespace ContractDocs.Functions;

/// <summary>Settings under "ContractDocs" (appsettings, environment variables ContractDocs__…).</summary>
public sealed class ContractDocsOptions
{
    public const string Section = "ContractDocs";

    /// <summary>The clause library folder; default: the repository's clause-library, found from the app.</summary>
    public string? LibraryFolder { get; set; }

    /// <summary>"folder" (default): build from <see cref="LibraryFolder"/>. "storage": build from the releases published
    /// to storage (fetched at start-up).</summary>
    public string LibrarySource { get; set; } = "folder";

    /// <summary>The Word templates folder; default: templates/ beside the library.</summary>
    public string? TemplatesFolder { get; set; }

    /// <summary>Where compiled snapshots of the library are kept, so that a start with unchanged files skips parsing
    /// them (<see cref="Library.LibrarySnapshot"/>): a folder only this app's account can write, or <c>off</c>.
    /// Default: CONTRACTDOCS_SNAPSHOTS, else the account's cache folder.</summary>
    public string? SnapshotFolder { get; set; }

    /// <summary>The snapshot folder to use, or null for none.</summary>
    public string? SnapshotFolderOrDefault() =>
        SnapshotFolder is null ? Library.LibrarySnapshot.DefaultFolder() : Library.LibrarySnapshot.Folder(SnapshotFolder);

    /// <summary>An Azure Storage connection string (Azurite or an account with keys).</summary>
    public string? StorageConnectionString { get; set; }

    /// <summary>An account URI (https://account.blob.core.windows.net), used with DefaultAzureCredential: the managed
    /// identity in Azure. Read links are then user-delegation SAS.</summary>
    public Uri? StorageAccountUri { get; set; }

    /// <summary>The folder store's root when no blob storage is configured; default: ./data.</summary>
    public string FolderStore { get; set; } = "data";

    /// <summary>On the local host only: "name:role,role" is the caller when the request proves no other identity. The
    /// same role checks run. The Functions app, and any process on an Azure instance, refuses to start with it.</summary>
    public string? DevelopmentIdentity { get; set; }

    /// <summary>Trust an X-MS-CLIENT-PRINCIPAL header (App Service Authentication's format). Only behind a front end of
    /// yours that removes any such header a caller sends: anyone can write one. Off unless set; nothing turns it on.</summary>
    public bool TrustPrincipalHeader { get; set; }

    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 25 * 1024 * 1024;

    [Range(1, 60)]
    public int ReadLinkMinutes { get; set; } = 10;
}
