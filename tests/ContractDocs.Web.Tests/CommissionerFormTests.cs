using ContractDocs.Selection;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static ContractDocs.Web.Tests.FormSteps;
using static Microsoft.Playwright.Assertions;

namespace ContractDocs.Web.Tests;

/// <summary>A commissioner builds each example contract through the form in a real browser, with JavaScript (live
/// plan, rows added in the page, axe on every page) and without it (plain posts), and gets the same contract the
/// example's JSON gives through the API.</summary>
public sealed class CommissionerFormTests : IClassFixture<BrowserFixture>
{
    /// <summary>The details page on arrival, at 1280x800, is under this many CSS pixels (five screens; 3,651 to 3,747
    /// for the four examples when the sections came in, 32,435 as one list before).</summary>
    private const int ArrivalHeight = 4_000;

    private readonly BrowserFixture _browser;

    public CommissionerFormTests(BrowserFixture browser) => _browser = browser;

    private Resolver Resolver => _browser.Services.GetRequiredService<Resolver>();

    public static TheoryData<string, bool> Journeys => new()
    {
        { "frailty-alliance", true },
        { "lead-provider-ltc", true },
        { "capitated-place", true },
        { "outcomes-based-reablement", true },
        { "frailty-alliance", false },
        { "lead-provider-ltc", false },
        { "capitated-place", false },
        { "outcomes-based-reablement", false },
    };

    [Theory]
    [MemberData(nameof(Journeys))]
    public async Task Commissioner_BuildsTheExample_ThroughTheForm_AndDownloadsTheSameValidContract(string name, bool javaScript)
    {
        var example = ExampleAnswers.Load(name);
        var shot = $"{name}-{(javaScript ? "js" : "nojs")}";
        await using var context = await _browser.CommissionerAsync("casey-" + shot, javaScript);
        var page = await context.NewPageAsync();
        var scriptErrors = BrowserFixture.WatchScripts(page);

        await page.GotoAsync(_browser.BaseUrl + "/contracts/new");
        await CheckPageAsync(page, javaScript, $"commissioner-1-start-{shot}");
        await page.CheckAsync($"input[name=release][value='{example.Release}']");
        await page.CheckAsync($"input[name=model][value='{example.Model}']");
        await page.ClickAsync("button[value=choose]");
        await CheckPageAsync(page, javaScript, $"commissioner-2-choices-{shot}");
        // The criteria are the design system's expanders: under three screens tall until opened, in words only.
        Assert.True(await RecordHeightAsync(page, $"commissioner-2-choices-closed-{shot}") < 2400, "the choices page is under three screens tall at 1280x800");
        await AssertNoIdsAsync(page);
        if (javaScript && name == "frailty-alliance")
        {
            await BrowserFixture.DocsShotAsync(page, "commissioner-choices");
        }

        foreach (var specification in example.Specifications)
        {
            await ChooseAsync(page, specification);
        }

        var expected = example.PlanCount(Resolver);
        Assert.True(scriptErrors.Count == 0, string.Join("\n", scriptErrors));
        if (javaScript)
        {
            // The live plan caught up with the last tick without a page load; the no-script button is hidden.
            await Expect(page.Locator("#plan-count")).ToHaveTextAsync(expected);
            await Expect(page.Locator("button[value=plan]")).ToBeHiddenAsync();
        }
        else
        {
            await page.ClickAsync("button[value=plan]");
            await Expect(page.Locator("#plan-count")).ToHaveTextAsync(expected);
            Assert.Equal(example.Specifications.Count, await page.Locator("input[name=spec]:checked").CountAsync());
        }

        await CheckPageAsync(page, javaScript, $"commissioner-3-plan-{shot}");
        await page.ClickAsync("button[value=values]");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Fill in the contract's details");
        // On arrival only the first section (the contract and its parties) is open; the others are a list to work down.
        var arrival = await RecordHeightAsync(page, $"commissioner-4-values-arrival-{shot}");
        Assert.True(arrival < ArrivalHeight, $"the details page is {arrival} px tall on arrival");
        if (javaScript)
        {
            await page.EvaluateAsync("window.__samePage = true");
        }

        var plan = example.Plan(Resolver);
        foreach (var (variable, count) in example.RowsFor(plan))
        {
            for (var i = await RowCountAsync(page, variable); i < count; i++)
            {
                await OpenSectionAsync(page, $"[data-rows={variable}]");
                await page.ClickAsync($"button[name=add][value={variable}]");
            }

            await Expect(page.Locator($"[data-rows={variable}] > [data-row]")).ToHaveCountAsync(count);
        }

        if (javaScript)
        {
            Assert.True(await page.EvaluateAsync<bool>("window.__samePage === true"), "rows were added in the page, without a post");
        }

        foreach (var (field, text) in example.FieldsFor(plan))
        {
            await FillAsync(page, field, text);
        }

        await CheckPageAsync(page, javaScript, $"commissioner-4-values-{shot}");
        await AssertNoIdsAsync(page);
        await ViewShotAsync(page, page.Locator("[data-rows=parties]"), $"commissioner-4-values-view-{shot}");
        await page.ClickAsync("button[value=check]");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Check your answers");
        Assert.Contains(example.Title, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckPageAsync(page, javaScript, $"commissioner-5-check-{shot}");
        await AssertNoIdsAsync(page);
        // Formatted as a person reads them: money in pounds with commas, dates in words, parties' kinds by their titles.
        await Expect(page.Locator("[data-answer=annualBudget]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^£\d{1,3}(,\d{3})+$"));
        await Expect(page.Locator("[data-answer=commencementDate]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{1,2} [A-Z][a-z]+ \d{4}$"));
        await Expect(page.Locator("[data-answer=parties]")).ToContainTextAsync("Kind of organisation: Health commissioner");
        if (javaScript && name == "frailty-alliance")
        {
            await BrowserFixture.DocsShotAsync(page, "commissioner-check");
        }
        await page.ClickAsync("button[value=generate]");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Contract generated");
        await CheckPageAsync(page, javaScript, $"commissioner-6-done-{shot}");

        // The form arrived at exactly the example's selection: same canonical fingerprint, same clause versions.
        Assert.Equal(plan.SelectionSha256, (await page.Locator("#selection-sha256").InnerTextAsync()).Trim());
        Assert.Equal(plan.Clauses.Length, await page.Locator("table tbody tr").CountAsync());

        var link = await page.GetByRole(AriaRole.Link, new() { Name = "Download the Word document" }).GetAttributeAsync("href");
        var response = await context.APIRequest.GetAsync(new Uri(new Uri(_browser.BaseUrl), link).ToString());
        Assert.Equal(200, response.Status);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await response.BodyAsync()), false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document));
            Assert.Contains(example.Title, document.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Your contracts" }).Last.ClickAsync();
        await Expect(page.Locator("main table")).ToContainTextAsync(example.Title);
        Assert.True(scriptErrors.Count == 0, string.Join("\n", scriptErrors));
    }

    [Fact]
    public async Task Conflict_IsExplainedLive_AndAtTheField_ThenResolved_AndAMissingValueIsCaught_KeepingWhatWasTyped()
    {
        await using var context = await _browser.CommissionerAsync("casey-conflict", javaScript: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_browser.BaseUrl + "/contracts/new");
        await page.CheckAsync("input[name=release][value='2026.1']");
        await page.CheckAsync("input[name=model][value='alliance']");
        await page.ClickAsync("button[value=choose]");
        await ChooseAsync(page, "P1.alliance-charter");
        await ChooseAsync(page, "F3.payment-at-risk");

        // Live: the plan names both choices behind the conflict, in words, before anything is posted.
        var conflict = page.Locator("#plan-conflicts");
        await Expect(conflict).ToContainTextAsync("cannot stand with");
        await Expect(conflict).ToContainTextAsync("your choice 'Alliance charter of principles'");
        await Expect(conflict).ToContainTextAsync("your choice 'Payment at risk'");
        await Expect(page.Locator("#plan")).ToContainTextAsync("required by Payment at Risk");
        await Expect(page.Locator("[role=status]#plan-status")).ToContainTextAsync("clauses will be included. 1 thing to resolve");
        await LibraryBrowserTests.AssertAccessibleAsync(page, "commissioner-conflict-live");
        await ViewShotAsync(page, page.Locator("#spec-P1-alliance-charter"), "commissioner-conflict-live-view");

        // On continue: the error summary and the criterion's own error, each pointing at a box that caused it.
        await page.ClickAsync("button[value=values]");
        var summary = page.Locator(".nhsuk-error-summary");
        await Expect(summary).ToContainTextAsync("cannot stand with");
        var atField = page.Locator(".nhsuk-form-group--error").Filter(new() { Has = page.Locator("#spec-P1-alliance-charter") });
        await Expect(atField.Locator(".nhsuk-error-message")).ToContainTextAsync("cannot stand with");
        var target = await summary.Locator("a").First.GetAttributeAsync("href");
        Assert.True(target is "#spec-P1-alliance-charter" or "#spec-F3-payment-at-risk", target);
        Assert.True(await page.IsCheckedAsync("#spec-P1-alliance-charter"));
        Assert.True(await page.IsCheckedAsync("#spec-F3-payment-at-risk"));
        await LibraryBrowserTests.AssertAccessibleAsync(page, "commissioner-conflict");

        // Resolved: untick one; the live plan clears, and the form moves on.
        await page.UncheckAsync(SpecificationBox("F3.payment-at-risk"));
        await AssertNoIdsAsync(page);
        await Expect(page.Locator("#plan-conflicts")).ToHaveCountAsync(0);
        await page.ClickAsync("button[value=values]");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Fill in the contract's details");

        // A missing value: caught at the top and at the field; what was typed (markup characters and all) is kept.
        await page.FillAsync("#v-contractTitle", "Northshire <Frailty> & \"Co\"");
        await page.ClickAsync("button[value=check]");
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter the contract reference");
        Assert.Equal("Northshire <Frailty> & \"Co\"", await page.InputValueAsync("#v-contractTitle"));
        await Expect(page.Locator(".nhsuk-form-group--error").Filter(new() { Has = page.Locator("#v-contractReference") })).ToHaveCountAsync(1);
        await page.Locator(".nhsuk-error-summary a").Filter(new() { HasText = "Enter the contract reference" }).ClickAsync();
        Assert.Equal("v-contractReference", await page.EvaluateAsync<string>("document.activeElement.id"));
        await LibraryBrowserTests.AssertAccessibleAsync(page, "commissioner-missing-value");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Rows_AreAddedAndRemoved_AndTheRestMoveUp(bool javaScript)
    {
        await using var context = await _browser.CommissionerAsync("casey-rows", javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_browser.BaseUrl + "/contracts/new");
        await page.CheckAsync("input[name=release][value='2026.1']");
        await page.CheckAsync("input[name=model][value='outcomes-based']");
        await page.ClickAsync("button[value=choose]");
        await ChooseAsync(page, "O4.outcomes-framework");
        await page.ClickAsync("button[value=values]");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Fill in the contract's details");

        string Field(int row) => $"#v-outcomes-{row}-indicator";
        await OpenSectionAsync(page, Field(0));
        await page.FillAsync(Field(0), "Falls admissions");
        await page.ClickAsync("button[name=add][value=outcomes]");
        await page.FillAsync(Field(1), "Delayed discharges");
        await page.ClickAsync("button[name=add][value=outcomes]");
        await page.FillAsync(Field(2), "People at home 91 days after discharge");
        await page.FillAsync("#v-outcomes-2-target", "85");
        await page.ClickAsync("button[name=remove][value='outcomes:1']");

        var rows = page.Locator("[data-rows=outcomes] > [data-row]");
        await Expect(rows).ToHaveCountAsync(2);
        Assert.Equal("Falls admissions", await page.InputValueAsync(Field(0)));
        Assert.Equal("People at home 91 days after discharge", await page.InputValueAsync(Field(1)));
        Assert.Equal("85", await page.InputValueAsync("#v-outcomes-1-target"));
        Assert.Equal("v.outcomes[1].indicator", await page.GetAttributeAsync(Field(1), "name"));
        await Expect(rows.Nth(1).Locator("[data-row-label]")).ToHaveTextAsync("Outcome 2");
        await Expect(rows.Nth(1).Locator("button[data-remove]")).ToHaveTextAsync("Remove outcome 2");
        if (javaScript)
        {
            // Focus moves to the row that took the removed one's place, not back to the top of the page.
            Assert.Equal(Field(1).TrimStart('#'), await page.EvaluateAsync<string>("document.activeElement.id"));
        }

        // The server reads the renumbered rows: both survive a post (here one that stops at other missing details), the
        // removed one is gone.
        await page.ClickAsync("button[value=check]");
        await Expect(page.Locator(".nhsuk-error-summary")).ToBeVisibleAsync();
        var indicators = page.Locator("[data-rows=outcomes] input[name$='.indicator']");
        Assert.Equal(["Falls admissions", "People at home 91 days after discharge"], await indicators.EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)"));
        Assert.Equal("85", await page.InputValueAsync("#v-outcomes-1-target"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"commissioner-rows-{(javaScript ? "js" : "nojs")}.png"), FullPage = true });
    }

    /// <summary>No text a commissioner reads names an id ("F1.", "O4.") or one of the library's kebab-case values
    /// (a choice's option, a party kind, a contract model): the words are the library's labels.</summary>
    private async Task AssertNoIdsAsync(IPage page)
    {
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotMatch(@"\b[A-Z]\d+\.", text);
        var labels = _browser.Services.GetRequiredService<ContractDocs.Library.ClauseLibrary>().Model;
        var values = labels.Labels.Variables.SelectMany(l => l.Options.Keys).Concat(labels.PartyKinds.Select(k => k.Id))
            // A model whose title is its id ("Outcomes-based") is English, not a machine value.
            .Concat(labels.Models.Where(m => !string.Equals(m.Title, m.Id, StringComparison.OrdinalIgnoreCase)).Select(m => m.Id)).Where(v => v.Contains('-', StringComparison.Ordinal)).Distinct();
        foreach (var value in values)
        {
            Assert.DoesNotMatch($@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(value)}(?![\w-])", text);
        }
    }
}
