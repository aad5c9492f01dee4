using System.Diagnostics;

namespace ContractDocs.Cli.Tests;

/// <summary>Publishes the CLI as people run it (<c>dotnet publish</c>: Native AOT, functions/ColdStart.props) once
/// for these tests, at low priority, into a temporary folder.</summary>
public sealed class NativeCliFixture : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("contractdocs-native-").FullName;

    public string Program => Path.Combine(Folder, "cli", "contractdocs");

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("nice", ["-n", "19", "dotnet", "publish", Path.Combine(Cli.Root, "functions", "ContractDocs.Cli"), "--nologo", "-v", "q", "-c", "Release",
            "--artifacts-path", Path.Combine(Folder, "build"), "-o", Path.Combine(Folder, "cli")])
        {
            WorkingDirectory = Cli.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // The test host's MSBuild variables would steer the nested publish at the test run's own build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of the CLI exited {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Runs the published program with its own snapshot folder; exit code, stdout, stderr.</summary>
    public (int Exit, string Output, string Error) Run(string snapshots, params string[] arguments)
    {
        var start = new ProcessStartInfo(Program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Cli.Root };
        start.Environment["CONTRACTDOCS_SNAPSHOTS"] = snapshots;
        start.Environment["CONTRACTDOCS_TRACE_STARTUP"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"contractdocs {string.Join(' ', arguments)} did not finish in two minutes");
        return (process.ExitCode, output, error.Result);
    }
}

/// <summary>
/// The published CLI is a native executable (no IL, no JIT), and every command writes what the same command writes
/// in this test process, where the engine runs as IL: documents byte for byte, plans, lint, redlines, publishing.
/// What Native AOT could break (reflection, generic code made at run time, trimming) would show here.
/// </summary>
public sealed class NativeCliTests(NativeCliFixture native) : IClassFixture<NativeCliFixture>, IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("contractdocs-native-run-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void ThePublishedCli_IsOneNativeExecutable_WithNoAssemblyToJit()
    {
        var bytes = File.ReadAllBytes(native.Program);

        Assert.Equal("\u007fELF"u8.ToArray(), bytes[..4]);
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(native.Program)!, "*.dll"));
        var (exit, output, error) = native.Run(Snapshots("help"), "--help");
        Assert.True(exit == 0, error);
        Assert.Contains("generate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryExample_GeneratedNatively_IsByteForByteTheDocumentTheEngineWritesInProcess()
    {
        var snapshots = Snapshots("generate");
        var examples = Directory.EnumerateFiles(Path.Combine(Cli.Library, "examples"), "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var example in examples)
        {
            var name = Path.GetFileNameWithoutExtension(example);
            string[] common = [example, "--generated-at", "2026-03-01T09:30:00Z", "--generated-by", "Native Check"];

            var (exit, _, error) = Cli.Run(["generate", .. common, "-o", Path.Combine(_work, name + ".in-process.docx")]);
            var (nativeExit, _, nativeError) = native.Run(snapshots, ["generate", .. common, "-o", Path.Combine(_work, name + ".native.docx")]);

            Assert.True(exit == 0, error);
            Assert.True(nativeExit == 0, $"{name}: {nativeError}");
            Assert.True(
                File.ReadAllBytes(Path.Combine(_work, name + ".in-process.docx")).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_work, name + ".native.docx"))),
                $"{name}: the native CLI's document differs from the engine's");
        }

        Assert.True(examples.Count >= 8, $"only {examples.Count} examples");
        // The first run wrote the library's snapshot; every later one read it.
        Assert.Contains("startup: library: snapshot read", native.Run(snapshots, ["plan", examples[0]]).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan", "frailty-alliance")]
    [InlineData("plan", "lead-provider-ltc")]
    [InlineData("lint", null)]
    [InlineData("compare", null)]
    public void TheTextCommands_PrintNativelyWhatTheyPrintInProcess(string command, string? example)
    {
        string[] arguments = command switch
        {
            "plan" => ["plan", Cli.Example(example!)],
            "compare" => ["compare", "2026.2", "2026.3"],
            _ => [command],
        };

        var inProcess = Cli.Run(arguments);
        var nativeRun = native.Run(Snapshots(command), arguments);

        Assert.Equal(inProcess.Exit, nativeRun.Exit);
        Assert.Equal(inProcess.Output, nativeRun.Output);
        Assert.True(inProcess.Output.Length > 50, inProcess.Output);
    }

    [Fact]
    public void AContractsRedline_IsTheSameDocument_NativelyAndInProcess()
    {
        string[] arguments = ["compare", "2026.2", "2026.3", "--selection", Cli.Example("frailty-alliance")];

        var (exit, _, error) = Cli.Run([.. arguments, "-o", Path.Combine(_work, "redline.in-process.docx")]);
        var (nativeExit, _, nativeError) = native.Run(Snapshots("redline"), [.. arguments, "-o", Path.Combine(_work, "redline.native.docx")]);

        Assert.True(exit == 0, error);
        Assert.True(nativeExit == 0, nativeError);
        Assert.Equal(Entries(Path.Combine(_work, "redline.in-process.docx")), Entries(Path.Combine(_work, "redline.native.docx")));
    }

    [Fact]
    public void Publishing_ToAFolderStore_WritesTheSameReleaseFiles_AndTheUsageRebuildRuns()
    {
        var inProcessStore = Path.Combine(_work, "store-in-process");
        var nativeStore = Path.Combine(_work, "store-native");
        var snapshots = Snapshots("publish");

        var inProcess = Cli.Run("publish", "2026.3", "--store-folder", inProcessStore);
        var nativeRun = native.Run(snapshots, "publish", "2026.3", "--store-folder", nativeStore);
        var rebuilt = native.Run(snapshots, "usage-rebuild", "--store-folder", nativeStore);

        Assert.True(inProcess.Exit == 0, inProcess.Error);
        Assert.True(nativeRun.Exit == 0, nativeRun.Error);
        Assert.Equal(inProcess.Output, nativeRun.Output);
        Assert.True(rebuilt.Exit == 0, rebuilt.Error);
        var files = Files(inProcessStore);
        var nativeFiles = Files(nativeStore);
        Assert.True(files.Count > 100, $"only {files.Count} files published");
        Assert.Equal(files.Keys, nativeFiles.Keys);
        // Every file but the manifest (which names who published and when) is the same, byte for byte.
        foreach (var (path, bytes) in files.Where(f => !f.Key.EndsWith("manifest.json", StringComparison.Ordinal)))
        {
            Assert.True(bytes.AsSpan().SequenceEqual(nativeFiles[path]), $"{path} differs");
        }
    }

    private string Snapshots(string name) => Path.Combine(_work, "snapshots-" + name);

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>A .docx's parts and their bytes, but for the package's own properties (created and modified times).</summary>
    private static SortedDictionary<string, string> Entries(string docx)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(docx);
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName != "docProps/core.xml"))
        {
            using var reader = new StreamReader(entry.Open());
            entries[entry.FullName] = reader.ReadToEnd();
        }

        return entries;
    }
}
