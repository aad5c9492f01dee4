using ContractDocs.Library;

namespace ContractDocs.Tests.Support;

/// <summary>A copy of the small test library in a temporary folder, with files replaced or removed per test.</summary>
public sealed class TestLibrary : IDisposable
{
    private TestLibrary(string root) => Root = root;

    public string Root { get; }

    public static string CasesFolder => Path.Combine(AppContext.BaseDirectory, "Library", "Cases");

    /// <summary>Copies <c>Cases/_base</c>, then the files of <paramref name="overlayCase"/> (if any), then
    /// <paramref name="files"/> (path relative to the library; null content deletes the file).</summary>
    public static TestLibrary Create(string? overlayCase = null, params (string Path, string? Content)[] files)
    {
        var root = Directory.CreateTempSubdirectory("contractdocs-lib-").FullName;
        Copy(Path.Combine(CasesFolder, "_base"), root);
        if (overlayCase is not null)
        {
            Copy(Path.Combine(CasesFolder, overlayCase), root);
            File.Delete(Path.Combine(root, "expected.txt"));
        }

        foreach (var (path, content) in files)
        {
            var full = Path.Combine(root, path);
            if (content is null)
            {
                File.Delete(full);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        return new TestLibrary(root);
    }

    public LibraryLoadResult Load() => LibraryLoader.Load(Root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
