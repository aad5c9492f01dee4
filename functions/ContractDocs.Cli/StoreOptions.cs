using System.CommandLine;
using Azure.Storage.Blobs;
using ContractDocs.Storage;
using ContractDocs.Storage.Folder;

namespace ContractDocs.Cli;

/// <summary>The two ways a command names the store it works on, and the choice between them.</summary>
internal sealed class StoreOptions
{
    public StoreOptions(string folderDescription)
    {
        Connection = new Option<string>("--connection-string") { Description = "An Azure Storage connection string (or set CONTRACTDOCS_STORAGE)." };
        Folder = new Option<DirectoryInfo>("--store-folder") { Description = folderDescription };
    }

    public Option<string> Connection { get; }

    public Option<DirectoryInfo> Folder { get; }

    /// <summary>The store exactly one of the options names; writes a line to stderr and returns null otherwise.</summary>
    public IDocumentStore? Open(ParseResult result, TextWriter error)
    {
        var connectionString = result.GetValue(Connection) ?? Environment.GetEnvironmentVariable("CONTRACTDOCS_STORAGE");
        var storeFolder = result.GetValue(Folder);
        if ((connectionString is null) == (storeFolder is null))
        {
            error.WriteLine("contractdocs: give exactly one of --connection-string (or CONTRACTDOCS_STORAGE) and --store-folder.");
            return null;
        }

        return storeFolder is not null ? new FolderDocumentStore(storeFolder.FullName) : new BlobDocumentStore(new BlobServiceClient(connectionString));
    }
}
