using System.Diagnostics;
using ContractDocs.Tests.Support;

namespace ContractDocs.Package.Tests;

/// <summary>Builds the deployment package once per test run (<c>bash scripts/package</c>, at low priority) and unpacks it
/// with Debian's <c>unzip</c>, which restores the unix modes stored in the zip, into a temporary folder as the
/// platform would. Both steps are bounded in time; a failure carries the command's output.</summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public const string WorkerAssembly = "ContractDocs.Functions.dll";

    public string ZipPath { get; } = Path.Combine(RepoPaths.Root, "artifacts", "contractdocs-functions.zip");

    /// <summary>The unpacked package: the app folder the host would run from.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("contractdocs-package-").FullName;

    /// <summary>The functions the packaged functions.metadata lists.</summary>
    public IReadOnlyList<FunctionDeclaration> Functions => FunctionDeclaration.ReadAll(Path.Combine(Folder, "functions.metadata"));

    public async Task InitializeAsync()
    {
        // At the lowest CPU priority: the solution's other test projects (browsers among them) run alongside.
        await RunAsync("nice", ["-n", "19", "bash", Path.Combine(RepoPaths.Root, "scripts", "package")], RepoPaths.Root, TimeSpan.FromMinutes(15));
        await RunAsync("unzip", ["-q", ZipPath, "-d", Folder], Folder, TimeSpan.FromMinutes(2));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task RunAsync(string command, string[] arguments, string workingDirectory, TimeSpan limit)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // The test host's MSBuild variables would steer the nested dotnet publish at the test run's own build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} {string.Join(' ', arguments)} did not finish in {limit}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
