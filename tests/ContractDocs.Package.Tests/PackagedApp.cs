using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using ContractDocs.Tests.Support;

namespace ContractDocs.Package.Tests;

/// <summary>The packaged app run through the local host, as a machine without Functions Core Tools runs it: a copy of
/// the unpacked package with the local host's entry assembly beside it (its only code is its Program; the handlers,
/// engine, packages, wwwroot, library and templates are the package's), started from that folder (its working
/// directory) on a free loopback port, with a temporary folder store and a development identity holding every role.
/// Disposing kills the process and removes the copy and the store.</summary>
public sealed class PackagedApp : IAsyncDisposable
{
    public const string Identity = "package-test:commissioner,legal,procurement";

    private static readonly TimeSpan Readiness = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _store;
    private readonly string _folder;

    private PackagedApp(Process process, string store, string folder, int port)
    {
        _process = process;
        _store = store;
        _folder = folder;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    /// <summary>What the process printed so far (stdout and stderr), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app and waits (at most 60 s) until <c>GET /</c> answers 200.</summary>
    /// <exception cref="TimeoutException">The app did not answer in time, or exited.</exception>
    public static async Task<PackagedApp> StartAsync(string package)
    {
        var port = LoopbackPort.Free();
        var store = Directory.CreateTempSubdirectory("contractdocs-package-store-").FullName;
        var folder = Directory.CreateTempSubdirectory("contractdocs-package-run-").FullName;
        Copy(package, folder);
        foreach (var file in new[] { "ContractDocs.LocalHost.dll", "ContractDocs.LocalHost.deps.json", "ContractDocs.LocalHost.runtimeconfig.json" })
        {
            File.Copy(Path.Combine(LocalHostBuild, file), Path.Combine(folder, file));
        }

        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "ContractDocs.LocalHost.dll")])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ContractDocs__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        start.Environment["ContractDocs__FolderStore"] = store;
        start.Environment["ContractDocs__DevelopmentIdentity"] = Identity;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var app = new PackagedApp(process, store, folder, port);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilReadyAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }

        _process.Dispose();
        Directory.Delete(_store, recursive: true);
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>What the process printed, once it holds <paramref name="text"/> (waiting at most 10 s: output arrives
    /// asynchronously).</summary>
    public async Task<string> OutputWithAsync(string text)
    {
        for (var i = 0; i < 50 && !Output.Contains(text, StringComparison.Ordinal); i++)
        {
            await Task.Delay(200);
        }

        return Output;
    }

    /// <summary>The local host's build output (the build of the same configuration as these tests).</summary>
    private static string LocalHostBuild
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(RepoPaths.Root, "functions", "ContractDocs.LocalHost", "bin", configuration, "net10.0");
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + Readiness;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new TimeoutException($"The packaged app exited with {_process.ExitCode} before it answered:\n{Output}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("/", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The packaged app did not answer GET / within {Readiness.TotalSeconds} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
