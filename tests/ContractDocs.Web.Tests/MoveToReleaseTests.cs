using System.Text;
using System.Text.Json;
using ContractDocs.Tests.Support;
using Microsoft.Playwright;

namespace ContractDocs.Web.Tests;

public sealed class MoveToReleaseTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public MoveToReleaseTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task Commissioner_MovesAContractFrom20261To20263_FromYourContracts_WithItsRedline()
    {
        await using var context = await _browser.CommissionerAsync("mia", javaScript: true);
        var selection = File.ReadAllText(Path.Combine(RepoPaths.Examples, "frailty-alliance.json")).Replace("\"release\": \"2026.3\"", "\"release\": \"2026.1\"", StringComparison.Ordinal);
        var created = await context.APIRequest.PostAsync(_browser.BaseUrl + "/api/contracts", new() { Data = selection, Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" } });
        Assert.Equal(201, created.Status);
        var id = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("contractId").GetString()!;
        var page = await context.NewPageAsync();

        await page.GotoAsync(_browser.BaseUrl + "/contracts");
        await page.GetByRole(AriaRole.Link, new() { Name = "Move to release 2026.3" }).First.ClickAsync();
        await page.WaitForURLAsync($"**/contracts/{id}/move/2026.3");
        Assert.Contains("Move to release 2026.3", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Clauses and schedules changed", main, StringComparison.Ordinal);
        Assert.Contains("1.0.0 to 1.1.0", main, StringComparison.Ordinal);
        await LibraryBrowserTests.AssertAccessibleAsync(page, "commissioner-move-preview");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "move-to-release.png"), FullPage = false });

        var href = await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Download the redline") }).GetAttributeAsync("href");
        var redline = await context.APIRequest.GetAsync(_browser.BaseUrl + href);
        Assert.Equal(200, redline.Status);
        Assert.Contains("w:ins ", Encoding.Latin1.GetString(Unzip(await redline.BodyAsync(), "word/document.xml")), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Move to release 2026.3" }).ClickAsync();
        Assert.Contains("Moved to release 2026.3", await page.Locator(".nhsuk-panel").InnerTextAsync(), StringComparison.Ordinal);
        var record = JsonDocument.Parse(await (await context.APIRequest.GetAsync($"{_browser.BaseUrl}/api/contracts/{id}")).TextAsync()).RootElement;
        Assert.Equal(["2026.1", "2026.3"], record.GetProperty("documents").EnumerateArray().Select(d => d.TryGetProperty("release", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : record.GetProperty("release").GetString()));
    }

    private static byte[] Unzip(byte[] docx, string part)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var stream = zip.GetEntry(part)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
