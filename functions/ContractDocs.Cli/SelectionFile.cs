using ContractDocs.Library;
using ContractDocs.Selection;

namespace ContractDocs.Cli;

/// <summary>Reads a selection file and resolves it against the library.</summary>
internal static class SelectionFile
{
    /// <summary>Null (with a line on stderr) when the file or library cannot be read at all.</summary>
    public static ResolveResult? Resolve(FileInfo file, DirectoryInfo? libraryFolder, TextWriter error)
    {
        var loaded = CommonOptions.Load(libraryFolder, error);
        return loaded is null ? null : Resolve(file, loaded, error);
    }

    public static ResolveResult? Resolve(FileInfo file, LibraryLoadResult loaded, TextWriter error)
    {
        if (!file.Exists)
        {
            error.WriteLine($"contractdocs: no selection file at '{file.FullName}'.");
            return null;
        }

        if (file.Length > SelectionReader.MaxBytes)
        {
            return new ResolveResult(null, [new SelectionProblem(ProblemCodes.TooLarge,
                $"The selection is {file.Length:N0} bytes; the limit is {SelectionReader.MaxBytes:N0}.", "$")]);
        }

        var read = SelectionReader.Read(File.ReadAllBytes(file.FullName));
        return read.Selection is null
            ? new ResolveResult(null, read.Problems)
            : new Resolver(loaded.Library).Resolve(read.Selection);
    }

    public static void Report(IEnumerable<SelectionProblem> problems, TextWriter error)
    {
        foreach (var problem in problems)
        {
            error.WriteLine($"{problem.Path ?? "$"}: {problem.Code}: {problem.Message}");
        }
    }
}
