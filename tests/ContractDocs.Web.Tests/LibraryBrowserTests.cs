using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ContractDocs.Web.Tests;

/// <summary>Legal's library browser in a real browser: the journey, accessibility (axe: no serious or critical
/// violations on any page) and a screenshot of each page.</summary>
public sealed class LibraryBrowserTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public LibraryBrowserTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task Legal_ComparesTwoReleases_ThenTwoVersionsOfAClause_ByKeyboardAlone()
    {
        var page = await _browser.Browser.NewPageAsync();
        await page.GotoAsync(_browser.BaseUrl + "/");
        await AssertAccessibleAsync(page, "start");
        // The header names the person and links to each page their roles open.
        Assert.Equal("Signed in as lee", System.Text.RegularExpressions.Regex.Replace(await page.Locator("#signed-in-as").InnerTextAsync(), @"\s+", " ").Trim());
        Assert.Equal(["Home", "Your contracts", "Clause library", "File a signed contract"], await page.Locator(".nhsuk-header__navigation-link").AllInnerTextsAsync());
        await BrowserFixture.DocsShotAsync(page, "start-page");
        await page.GotoAsync(_browser.BaseUrl + "/library");
        await AssertAccessibleAsync(page, "library");
        await BrowserFixture.DocsShotAsync(page, "legal-library");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.SelectOptionAsync("#from", "2026.1");
        await page.SelectOptionAsync("#to", "2026.2");
        await page.FocusAsync("button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/library/compare?from=2026.1&to=2026.2");
        await AssertAccessibleAsync(page, "release-comparison");
        // The comparison names clauses by their titles (as legal reads them), links by id, and offers the redline.
        Assert.Contains("Activity-based Payment with a Marginal Rate", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("a[href^='/library/compare/redline?from=2026.1&to=2026.2']").CountAsync() == 1);

        await page.Locator("a[href='/library/clauses/payment-at-risk/compare?from=1.0.0&to=1.1.0']").ClickAsync();
        await page.WaitForURLAsync("**/library/clauses/payment-at-risk/compare?from=1.0.0&to=1.1.0");
        await AssertAccessibleAsync(page, "clause-comparison");
        Assert.True(await page.Locator("ins").CountAsync() > 0);

        await page.GotoAsync(_browser.BaseUrl + "/library/clauses/payment-at-risk/1.1.0");
        await AssertAccessibleAsync(page, "clause-version");
        await page.GotoAsync(_browser.BaseUrl + "/library/releases/2026.2");
        await AssertAccessibleAsync(page, "release");
        Assert.Equal("Release 2026.2", await page.Locator("h1").InnerTextAsync());

        // A page that is not there is a page, not JSON, with the same header.
        var missing = await page.GotoAsync(_browser.BaseUrl + "/library/clauses/no-such-clause");
        Assert.Equal(404, missing!.Status);
        Assert.Equal("Page not found", await page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync(page, "not-found");
    }

    internal static async Task AssertAccessibleAsync(IPage page, string name)
    {
        // The NHS.UK stylesheet is really applied (the header is NHS blue), so the page is tested as users see it.
        Assert.Equal("rgb(0, 94, 184)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.nhsuk-header')).backgroundColor"));
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{name}: " + string.Join("; ", serious.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"{name}.png"), FullPage = true });
    }
}
