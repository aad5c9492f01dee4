using System.Text;
using System.Text.Json;
using ContractDocs.Tests.Support;
using Microsoft.Playwright;

namespace ContractDocs.Web.Tests;

public sealed class ProcurementPageTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public ProcurementPageTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task Procurement_FindsAContract_UploadsAGoodAndABadDocument_AndSeesTheAuditTrail()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_browser.BaseUrl) };
        var created = await http.PostAsync(new Uri("/api/contracts", UriKind.Relative), new StringContent(File.ReadAllText(Path.Combine(RepoPaths.Examples, "capitated-place.json")), Encoding.UTF8, "application/json"));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString()!;
        var folder = Directory.CreateTempSubdirectory("contractdocs-upload-").FullName;
        var good = Path.Combine(folder, "signed contract.pdf");
        var bad = Path.Combine(folder, "invoice.pdf");
        await File.WriteAllTextAsync(good, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Size 3 /Root 1 0 R >>\n%%EOF\n");
        await File.WriteAllTextAsync(bad, "%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        var page = await _browser.Browser.NewPageAsync();

        await page.GotoAsync(_browser.BaseUrl + "/procurement");
        await LibraryBrowserTests.AssertAccessibleAsync(page, "procurement-find");
        await BrowserFixture.DocsShotAsync(page, "procurement-find");
        await page.FillAsync("#q", "Southdale");
        await page.ClickAsync("button[type=submit]");
        await page.GetByRole(AriaRole.Link, new() { Name = "Southdale Place Integrated Care Provider Contract" }).First.ClickAsync();
        await page.WaitForURLAsync($"**/procurement/c-*");
        await LibraryBrowserTests.AssertAccessibleAsync(page, "procurement-contract");

        await page.GotoAsync($"{_browser.BaseUrl}/procurement/{id}");
        await page.SetInputFilesAsync("#file", bad);
        await page.ClickAsync("button:has-text('Upload and check')");
        Assert.Contains("The document was not filed", await page.Locator(".nhsuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#file-error").IsVisibleAsync());
        await LibraryBrowserTests.AssertAccessibleAsync(page, "procurement-refused");

        await page.SetInputFilesAsync("#file", good);
        await page.ClickAsync("button:has-text('Upload and check')");
        Assert.Contains("Accepted", await page.Locator(".nhsuk-inset-text").InnerTextAsync(), StringComparison.Ordinal);
        await LibraryBrowserTests.AssertAccessibleAsync(page, "procurement-accepted");
        var audit = await page.Locator("table").Last.InnerTextAsync();
        Assert.Contains("upload", audit, StringComparison.Ordinal);
        Assert.Contains("reject", audit, StringComparison.Ordinal);
        Assert.Matches(@"\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} (GMT|BST) \(\+0[01]:00\)", audit);
        await page.GotoAsync($"{_browser.BaseUrl}/procurement/{id}");
        Assert.Contains("This PDF was not compared", await page.Locator(".contractdocs-comparison").InnerTextAsync(), StringComparison.Ordinal);
        await ScreenshotComparisonAsync(http, page);
    }

    /// <summary>The picture in the README: a signed copy with two clauses edited and one deleted, against its draft
    /// (filed through the API, so that the browser does no more than look).</summary>
    private async Task ScreenshotComparisonAsync(HttpClient http, IPage page)
    {
        var created = await http.PostAsync(new Uri("/api/contracts", UriKind.Relative), new StringContent(File.ReadAllText(Path.Combine(RepoPaths.Examples, "frailty-alliance.json")), Encoding.UTF8, "application/json"));
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("contractId").GetString()!;
        var draft = await http.GetByteArrayAsync(new Uri($"/api/contracts/{id}/documents/{body.RootElement.GetProperty("documentId").GetString()}", UriKind.Relative));
        var signed = new SignedCopies().Edit("Decision Rule", "Decisions are made by the Lead Commissioner alone").Edit("Conflicts Register", "No register is kept").Delete("Alliance Leadership Team").Apply(draft);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(signed), "file", "executed alliance agreement.docx" } };
        (await http.PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), form)).EnsureSuccessStatusCode();
        await page.GotoAsync($"{_browser.BaseUrl}/procurement/{id}");
        await page.Locator(".contractdocs-comparison").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "procurement-comparison.png") });
    }
}
