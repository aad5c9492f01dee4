using System.Text.Json;
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

    /// <summary>The app's services, to compare what the pages did with what the engine says.</summary>
    public IServiceProvider Services => _app!.Services;

    public static string Screenshots { get; } = Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ContractDocs:LibraryFolder", RepoPaths.Library);
            builder.UseSetting("ContractDocs:TemplatesFolder", RepoPaths.Templates);
            builder.UseSetting("ContractDocs:FolderStore", _store);
            builder.UseSetting("ContractDocs:DevelopmentIdentity", "lee:legal,procurement");
            builder.UseSetting("ContractDocs:TrustPrincipalHeader", "true");
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
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // Nothing leaves the machine: every host name but the loopback app's resolves to nothing, in the
                // browser itself (the NHS.UK stylesheet's web fonts, for one, are then simply not loaded).
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>The README's picture of a role's main page: what a person sees at 1280x800 on arrival, saved as
    /// docs/screenshots/<paramref name="name"/>.png.</summary>
    public static async Task DocsShotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.SetViewportSizeAsync(1280, 800);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Root, "docs", "screenshots", $"{name}.png") });
    }

    /// <summary>A browser context signed in as a commissioner the way App Service Authentication presents one
    /// (the X-MS-CLIENT-PRINCIPAL header), with short waits so that a missing control fails fast instead of hanging.</summary>
    public async Task<IBrowserContext> CommissionerAsync(string name, bool javaScript)
    {
        var principal = new
        {
            auth_typ = "aad",
            name_typ = "name",
            role_typ = "roles",
            claims = new[] { new { typ = "name", val = name }, new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = "oid-" + name }, new { typ = "roles", val = "commissioner" } },
        };
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-MS-CLIENT-PRINCIPAL"] = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(principal)) },
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(10_000);
        return context;
    }

    /// <summary>Collects every script error and failed request of a page, so a test can say there were none.</summary>
    public static List<string> WatchScripts(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            // The NHS.UK stylesheet asks for its fonts from the NHS's own servers; the tests refuse those requests
            // (see the browser's host resolver rules), so their failures are expected and are not the page's.
            var elsewhere = Uri.TryCreate(message.Location, UriKind.Absolute, out var where) && where.Scheme.StartsWith("http", StringComparison.Ordinal) && !where.IsLoopback;
            if (message.Type == "error" && !elsewhere)
            {
                errors.Add($"console: {message.Text} at {message.Location}");
            }
        };
        return errors;
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
