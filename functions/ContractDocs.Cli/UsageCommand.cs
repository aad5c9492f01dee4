using System.CommandLine;
using ContractDocs.Comparing;
using ContractDocs.Drafting;
using ContractDocs.Storage;

namespace ContractDocs.Cli;

/// <summary><c>contractdocs usage-rebuild</c>: rebuilds the clause-usage index from the stored drafts and signed
/// copies (<see cref="UsageRebuilder"/>), for a store whose index writes failed.</summary>
internal static class UsageCommand
{
    public static Command Create()
    {
        var library = CommonOptions.Library();
        var stores = new StoreOptions("Rebuild in a folder store instead of blob storage.");
        var command = new Command("usage-rebuild", "Rebuild the index of where each clause version is used from the stored contracts (safe to run at any time).") { library, stores.Connection, stores.Folder };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var loaded = CommonOptions.Load(result.GetValue(library), error);
            if (loaded is null)
            {
                return ExitCodes.Usage;
            }

            if (stores.Open(result, error) is not { } store)
            {
                return ExitCodes.Usage;
            }

            var archive = new ContractArchive(store, TimeProvider.System);
            try
            {
                var (contracts, documents) = await new UsageRebuilder(archive, new SignedCopyCheck(archive, new SignedCopyComparer(loaded.Library))).RebuildAsync(cancellationToken);
                output.WriteLine($"clause usage rebuilt: {contracts} contracts, {documents} documents");
                return ExitCodes.Ok;
            }
            catch (StorageUnavailableException e)
            {
                error.WriteLine($"contractdocs: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
