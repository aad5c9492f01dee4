using System.CommandLine;
using ContractDocs.Library;

namespace ContractDocs.Cli;

/// <summary>Options several commands share, and the library loading they imply.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Library() => new("--library")
    {
        Description = "The clause library folder (default: the repository's clause-library, found from the current folder).",
    };

    /// <summary>Loads the library named by --library (or found), from its snapshot in the user's cache when the files
    /// are unchanged (<see cref="LibrarySnapshot"/>; CONTRACTDOCS_SNAPSHOTS=off turns that off); writes a line to
    /// stderr and returns null on failure.</summary>
    public static LibraryLoadResult? Load(DirectoryInfo? folder, TextWriter error)
    {
        var path = folder?.FullName ?? LibraryLocator.Find();
        if (path is null || !Directory.Exists(path))
        {
            error.WriteLine(path is null
                ? "contractdocs: no clause-library folder found here or above; pass --library DIR."
                : $"contractdocs: no clause library at '{path}'.");
            return null;
        }

        return LibrarySnapshot.Load(path, LibrarySnapshot.DefaultFolder());
    }
}
