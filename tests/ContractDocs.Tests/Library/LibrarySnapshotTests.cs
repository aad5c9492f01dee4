using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Selection;
using ContractDocs.Templating;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Library;

/// <summary>
/// A release snapshot must be the library exactly as its files load it, must be read only for exactly those files,
/// and must never be read when it is damaged: the files are the truth.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LibrarySnapshotTests : IDisposable
{
    private readonly string _folder = Path.Combine(Directory.CreateTempSubdirectory("contractdocs-snapshots-").FullName, "snapshots");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    [Fact]
    public void TheRealLibrary_ReadFromItsSnapshot_IsTheYamlLoadInEveryProperty()
    {
        var key = LibrarySnapshot.Key(RepoPaths.Library)!;
        Assert.True(LibrarySnapshot.Write(_folder, key, RealLibrary.Loaded));

        var snapshot = LibrarySnapshot.Read(_folder, key, RealLibrary.Library.Root);

        Assert.NotNull(snapshot);
        var comparer = new DeepEquality();
        Assert.Null(comparer.FirstDifference(RealLibrary.Loaded, snapshot));
        // The whole graph was walked: every clause's text, front matter and hash, the model and the releases.
        Assert.True(comparer.Compared > 20_000, $"only {comparer.Compared} values compared");
    }

    [Fact]
    public void TheComparer_FindsOneChangedWordInOneClause()
    {
        var loaded = RealLibrary.Loaded;
        var versions = loaded.Library.Versions;
        var changed = versions.SetItem(100, versions[100] with { Body = versions[100].Body.Replace("the", "a", StringComparison.Ordinal) });
        var library = new ClauseLibrary(loaded.Library.Root, loaded.Library.Model, changed, loaded.Library.Releases, loaded.Library.Layouts, loaded.Library.DefaultLayout)
        {
            Redline = loaded.Library.Redline,
        };

        var difference = new DeepEquality().FirstDifference(loaded, loaded with { Library = library });

        Assert.NotNull(difference);
        Assert.Contains($"Versions[100].Body", difference, StringComparison.Ordinal);
    }

    /// <summary>What counts for a contract: every example, under its own and the legacy releases, resolves to the same
    /// plan and renders to the same document, byte for byte, from the snapshot as from the files.</summary>
    [Fact]
    public void EveryExampleContract_FromTheSnapshot_IsTheSamePlanAndTheSameDocument()
    {
        var key = LibrarySnapshot.Key(RepoPaths.Library)!;
        Assert.True(LibrarySnapshot.Write(_folder, key, RealLibrary.Loaded));
        var snapshot = LibrarySnapshot.Read(_folder, key, RealLibrary.Library.Root)!.Library;
        var templating = new ContractTemplating();
        var fromSnapshot = new ContractRenderer(snapshot, TemplateSet.Load(RepoPaths.Templates, templating), templating);

        var compared = 0;
        foreach (var (example, release) in RealLibrary.ExamplesAndReleases)
        {
            var selection = SelectionReader.Read(System.Text.Encoding.UTF8.GetBytes(RealLibrary.Example(example, release).ToJsonString())).Selection!;
            var expected = RealLibrary.Plan(RealLibrary.Example(example, release));
            var actual = new Resolver(snapshot).Resolve(selection).Plan!;
            Assert.Equal(Keys(expected), Keys(actual));
            Assert.Equal(Render(RealLibrary.Renderer, expected), Render(fromSnapshot, actual));
            compared++;
        }

        Assert.True(compared >= 16, $"only {compared} examples compared");
    }

    [Fact]
    public void Load_WritesTheSnapshotOnce_ThenServesIt_ForTheSameFiles()
    {
        using var library = TestLibrary.Create();
        var first = LibrarySnapshot.Load(library.Root, _folder);
        var key = LibrarySnapshot.Key(library.Root)!;
        var file = Path.Combine(_folder, key + LibrarySnapshot.Extension);
        Assert.True(File.Exists(file));
        Assert.Null(new DeepEquality().FirstDifference(library.Load(), first));

        // Whatever the snapshot of these files says is what is served: here, another library's load written under
        // this key. (So the folder is private to its owner: see AFolderOthersCanWrite_IsNotUsed.)
        using var other = TestLibrary.Create(null, ("clauses/extra/1.0.0.md", LibraryFiles.Text("extra", "An extra clause.")));
        Assert.True(LibrarySnapshot.Write(_folder, key, other.Load()));
        var second = LibrarySnapshot.Load(library.Root, _folder);
        Assert.Equal(other.Load().Library.Versions.Select(v => v.Key), second.Library.Versions.Select(v => v.Key));
        Assert.Equal(library.Root, second.Library.Root);
    }

    [Fact]
    public void AnyChangeToAFileTheLoaderReads_ChangesTheKey_AndOnlyThose()
    {
        using var library = TestLibrary.Create();
        var key = LibrarySnapshot.Key(library.Root);
        var clause = Directory.EnumerateFiles(Path.Combine(library.Root, "clauses"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(clause);

        File.WriteAllText(clause, text + " ");
        var edited = LibrarySnapshot.Key(library.Root);
        File.WriteAllText(clause, text);
        Assert.NotEqual(key, edited);
        Assert.Equal(key, LibrarySnapshot.Key(library.Root));

        var layout = Path.Combine(library.Root, "layouts", "alliance", "9.9.9.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(layout)!);
        File.WriteAllText(layout, "model: alliance\n");
        Assert.NotEqual(key, LibrarySnapshot.Key(library.Root));
        Directory.Delete(Path.Combine(library.Root, "layouts"), recursive: true);
        Assert.Equal(key, LibrarySnapshot.Key(library.Root));

        // A file the loader does not read (an example, the README) is not part of the library's state.
        File.WriteAllText(Path.Combine(library.Root, "NOTES.md"), "not read");
        Assert.Equal(key, LibrarySnapshot.Key(library.Root));

        // An empty releases folder and none at all load differently (the second is a problem), so they differ too.
        foreach (var release in Directory.EnumerateFiles(Path.Combine(library.Root, "releases")))
        {
            File.Delete(release);
        }

        var empty = LibrarySnapshot.Key(library.Root);
        Directory.Delete(Path.Combine(library.Root, "releases"));
        Assert.NotEqual(empty, LibrarySnapshot.Key(library.Root));
        Assert.NotEqual(key, empty);
    }

    [Theory]
    [InlineData("flip a payload byte")]
    [InlineData("truncate")]
    [InlineData("another key's file")]
    [InlineData("bad magic")]
    [InlineData("empty")]
    public void ADamagedSnapshot_IsNotRead_TheFilesAreLoaded_AndTheSnapshotIsWrittenAgain(string damage)
    {
        using var library = TestLibrary.Create();
        LibrarySnapshot.Load(library.Root, _folder);
        var key = LibrarySnapshot.Key(library.Root)!;
        var file = Path.Combine(_folder, key + LibrarySnapshot.Extension);
        var bytes = File.ReadAllBytes(file);
        switch (damage)
        {
            case "flip a payload byte":
                bytes[bytes.Length / 2] ^= 0x20;
                File.WriteAllBytes(file, bytes);
                break;
            case "truncate":
                File.WriteAllBytes(file, bytes[..(bytes.Length - 100)]);
                break;
            case "another key's file":
                using (var other = TestLibrary.Create(null, ("clauses/extra/1.0.0.md", LibraryFiles.Text("extra", "An extra clause."))))
                {
                    var otherKey = LibrarySnapshot.Key(other.Root)!;
                    LibrarySnapshot.Load(other.Root, _folder);
                    File.Copy(Path.Combine(_folder, otherKey + LibrarySnapshot.Extension), file, overwrite: true);
                }

                break;
            case "bad magic":
                bytes[0] = (byte)'X';
                File.WriteAllBytes(file, bytes);
                break;
            default:
                File.WriteAllBytes(file, []);
                break;
        }

        Assert.Null(LibrarySnapshot.Read(_folder, key, library.Root));
        var loaded = LibrarySnapshot.Load(library.Root, _folder);

        Assert.Null(new DeepEquality().FirstDifference(library.Load(), loaded));
        Assert.NotNull(LibrarySnapshot.Read(_folder, key, library.Root));
    }

    [Fact]
    public void ALibraryWithProblems_KeepsEveryProblem_InItsSnapshot()
    {
        using var library = TestLibrary.Create(null, ("clauses/broken/1.0.0.md", "---\nid: broken\nversion: [1\n---\nBody.\n"), ("releases/notes.txt", "x"));
        var fromFiles = library.Load();
        Assert.NotEmpty(fromFiles.Problems);

        LibrarySnapshot.Load(library.Root, _folder);
        var fromSnapshot = LibrarySnapshot.Read(_folder, LibrarySnapshot.Key(library.Root)!, library.Root)!;

        Assert.Equal(fromFiles.Problems.AsEnumerable(), fromSnapshot.Problems);
        Assert.Equal(fromFiles.Problems.AsEnumerable(), LibrarySnapshot.Load(library.Root, _folder).Problems);
    }

    [Fact]
    public void AFolderOthersCanWrite_IsNotUsed()
    {
        using var library = TestLibrary.Create();
        Directory.CreateDirectory(_folder);
        File.SetUnixFileMode(_folder, (UnixFileMode)0b111_111_111);

        var loaded = LibrarySnapshot.Load(library.Root, _folder);

        Assert.Null(new DeepEquality().FirstDifference(library.Load(), loaded));
        Assert.Empty(Directory.EnumerateFiles(_folder));
    }

    [Fact]
    public void AFolderThatCannotBeMade_StillLoadsTheLibrary()
    {
        using var library = TestLibrary.Create();
        Directory.CreateDirectory(_folder);
        var aFile = Path.Combine(_folder, "a-file");
        File.WriteAllText(aFile, "not a folder");

        var loaded = LibrarySnapshot.Load(library.Root, Path.Combine(aFile, "snapshots"));

        Assert.Null(new DeepEquality().FirstDifference(library.Load(), loaded));
        Assert.Single(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public void TheFolderKeepsTheNewestSnapshots_AndMakesItselfPrivate()
    {
        using var library = TestLibrary.Create();
        var loaded = library.Load();
        var keys = Enumerable.Range(0, LibrarySnapshot.Keep + 3).Select(i => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([(byte)i]))).ToList();
        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            Assert.True(LibrarySnapshot.Write(_folder, key, loaded));
            File.SetLastWriteTimeUtc(Path.Combine(_folder, key + LibrarySnapshot.Extension), DateTime.UtcNow.AddMinutes(i - keys.Count));
        }

        var kept = Directory.EnumerateFiles(_folder).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(keys.Skip(keys.Count - LibrarySnapshot.Keep).Order(StringComparer.Ordinal), kept);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_folder));
    }

    [Fact]
    public void AFolderSetting_IsOffAFolderOrTheUsersCache()
    {
        Assert.Null(LibrarySnapshot.Folder("off"));
        Assert.Null(LibrarySnapshot.Folder("OFF"));
        Assert.Equal(_folder, LibrarySnapshot.Folder(_folder));
        Assert.Equal(Path.GetFullPath("relative/snapshots"), LibrarySnapshot.Folder("relative/snapshots"));
        Assert.EndsWith(Path.Combine("contractdocs", "snapshots"), LibrarySnapshot.Folder(null), StringComparison.Ordinal);
        Assert.Equal(LibrarySnapshot.Folder(null), LibrarySnapshot.Folder("  "));
    }

    private static List<string> Keys(AssemblyPlan plan) =>
        [.. plan.Clauses.Select(c => $"{c.Clause.Key} {c.Clause.Sha256} {c.Reason} {c.Specification}")];

    private static byte[] Render(ContractRenderer renderer, AssemblyPlan plan)
    {
        using var output = new MemoryStream();
        renderer.Render(plan, output, RenderOptions.Fixed);
        return output.ToArray();
    }
}
