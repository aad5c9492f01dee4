namespace ContractDocs.Library;

/// <summary>Finds the repository's clause-library folder when none is given.</summary>
public static class LibraryLocator
{
    public const string FolderName = "clause-library";

    /// <summary>The first <c>clause-library</c> folder holding a model.yaml, looking in <paramref name="start"/> and
    /// its parents, then beside the running program and its parents; null if there is none.</summary>
    public static string? Find(string? start = null)
    {
        foreach (var origin in new[] { start ?? Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(origin); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, FolderName);
                if (File.Exists(Path.Combine(candidate, "model.yaml")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
