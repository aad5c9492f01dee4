using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using ContractDocs.Tests.Support;

namespace ContractDocs.Package.Tests;

/// <summary>The packaged executable run as the Functions host runs a custom handler: from the package folder (its
/// working directory), listening on the loopback port given in <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>, with a temporary
/// folder store and a development identity holding every role. Disposing kills the process and removes the store.</summary>
public sealed class PackagedApp : IAsyncDisposable
{
    public const string Identity = "package-test:commissioner,legal,procurement";

    private static readonly TimeSpan Readiness = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _store;

    private PackagedApp(Process process, string store, int port)
    {
        _process = process;
        _store = store;
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
    public static async Task<PackagedApp> StartAsync(string folder, string executable)
    {
        var port = LoopbackPort.Free();
        var store = Directory.CreateTempSubdirectory("contractdocs-package-store-").FullName;
        var start = new ProcessStartInfo(Path.Combine(folder, executable))
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

        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment["ContractDocs__FolderStore"] = store;
        start.Environment["ContractDocs__DevelopmentIdentity"] = Identity;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var app = new PackagedApp(process, store, port);
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
