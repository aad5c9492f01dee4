using ContractDocs.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace ContractDocs.Web.Tests;

/// <summary>The app on a real loopback port (Kestrel) as a legal user, and Debian's Chromium driven by Playwright
/// (headless, no sandbox, no background networking; never a downloaded browser).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _store = Directory.CreateTempSubdirectory("contractdocs-web-").FullName;
    private WebApplicationFactory<Program>? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public static string Screenshots { get; } = Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ContractDocs:LibraryFolder", RepoPaths.Library);
            builder.UseSetting("ContractDocs:TemplatesFolder", RepoPaths.Templates);
            builder.UseSetting("ContractDocs:FolderStore", _store);
            builder.UseSetting("ContractDocs:DevelopmentIdentity", "lee:legal,procurement");
            builder.UseSetting("urls", "http://127.0.0.1:0");
        });
        _app.UseKestrel(0);
        _app.StartServer();
        BaseUrl = _app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Directory.Delete(_store, recursive: true);
    }
}
