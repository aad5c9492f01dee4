using System.Diagnostics;
using System.Text.Json;
using ContractDocs.Functions.Tests.Support;
using ContractDocs.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContractDocs.Functions.Tests;

/// <summary>The README's examples, run exactly as printed with bash and curl against the app listening on loopback
/// with the README's local identity, from a folder laid out as the repository root with a signed.pdf in it.</summary>
public sealed class ReadmeExamplesTests
{
    [Fact]
    public async Task TheReadmesExamples_RunAsPrinted_AndDoWhatTheySay()
    {
        var script = ExamplesBlock();
        using var app = new ListeningApp();
        var work = Directory.CreateTempSubdirectory("contractdocs-readme-").FullName;
        Directory.CreateSymbolicLink(Path.Combine(work, "clause-library"), RepoPaths.Library);
        await File.WriteAllBytesAsync(Path.Combine(work, "signed.pdf"), ConcurrencyContract.Pdf("signed, as the README files it"));

        var start = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script]) { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["base"] = app.BaseAddress;
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var errors = bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);

        Assert.True(bash.ExitCode == 0, $"the README's examples failed (exit {bash.ExitCode}):\n{await errors}\n{await output}");
        using var created = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(work, "created.json")));
        var id = created.RootElement.GetProperty("contractId").GetString()!;
        using var record = JsonDocument.Parse(await app.Client.GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative)));
        Assert.Equal("executed", record.RootElement.GetProperty("status").GetString());
        Assert.Contains(record.RootElement.GetProperty("documents").EnumerateArray(), d => d.GetProperty("originalName").GetString() == "signed.pdf");
        Assert.True(JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(work, "preview.json"))).RootElement.GetProperty("buildable").GetBoolean());
        Directory.Delete(work, recursive: true);
    }

    private static string ExamplesBlock()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var begin = readme.IndexOf("<!-- readme-examples:begin -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- readme-examples:end -->", StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "README.md has no readme-examples block");
        var block = readme[begin..end];
        var fence = block.IndexOf("```bash\n", StringComparison.Ordinal) + "```bash\n".Length;
        return block[fence..block.LastIndexOf("```", StringComparison.Ordinal)];
    }

    /// <summary>The app on a real loopback port (curl cannot reach an in-memory test server), with the folder store
    /// and the README's development identity.</summary>
    private sealed class ListeningApp : WebApplicationFactory<Program>
    {
        private readonly string _store = Directory.CreateTempSubdirectory("contractdocs-readme-store-").FullName;

        public ListeningApp()
        {
            UseKestrel(LoopbackPort.Free());
            StartServer();
            Client = CreateClient();
            BaseAddress = Client.BaseAddress!.ToString().TrimEnd('/');
        }

        public HttpClient Client { get; }

        public string BaseAddress { get; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ContractDocs:LibraryFolder", RepoPaths.Library);
            builder.UseSetting("ContractDocs:TemplatesFolder", RepoPaths.Templates);
            builder.UseSetting("ContractDocs:FolderStore", _store);
            builder.UseSetting("ContractDocs:DevelopmentIdentity", "you:commissioner,legal,procurement");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            // A write the host had in flight as it stopped can land while the folder is being removed (seen once
            // under load: "Directory not empty"); try again briefly rather than fail a test that has passed.
            for (var attempt = 1; Directory.Exists(_store); attempt++)
            {
                try
                {
                    Directory.Delete(_store, recursive: true);
                }
                catch (IOException) when (attempt < 5)
                {
                    Thread.Sleep(200);
                }
            }
        }
    }
}
