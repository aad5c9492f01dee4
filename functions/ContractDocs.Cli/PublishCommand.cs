using System.CommandLine;
using ContractDocs.Library;
using ContractDocs.Storage;

namespace ContractDocs.Cli;

/// <summary><c>contractdocs publish RELEASE</c>: the release goes to storage, once (as the app's publish endpoint).</summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var release = new Argument<string>("RELEASE") { Description = "The release id to publish, e.g. 2026.2." };
        var library = CommonOptions.Library();
        var stores = new StoreOptions("Publish to a folder store instead of blob storage.");
        var command = new Command("publish", "Publish a library release to storage; a published release never changes.") { release, library, stores.Connection, stores.Folder };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var loaded = CommonOptions.Load(result.GetValue(library), error);
            if (loaded is null)
            {
                return ExitCodes.Usage;
            }

            var problems = LibraryLinter.Lint(loaded);
            if (!problems.IsEmpty)
            {
                error.WriteLine($"contractdocs: the library has {problems.Length} lint problem(s); run 'contractdocs lint' and fix them before publishing.");
                return ExitCodes.Problems;
            }

            if (stores.Open(result, error) is not { } store)
            {
                return ExitCodes.Usage;
            }

            var id = result.GetValue(release)!;
            try
            {
                var files = await new ReleasePublisher(store).PublishAsync(loaded.Library, id, Environment.UserName, DateTimeOffset.UtcNow, cancellationToken);
                output.WriteLine($"published release {id}: {files.Count} files");
                return ExitCodes.Ok;
            }
            catch (KeyNotFoundException e)
            {
                error.WriteLine($"contractdocs: {e.Message}");
                return ExitCodes.Problems;
            }
            catch (DocumentExistsException e)
            {
                error.WriteLine($"contractdocs: {e.Message}");
                return ExitCodes.Problems;
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
