using Microsoft.Playwright;

namespace ContractDocs.Web.Tests;

/// <summary>What the commissioner's journeys do on a page, as a person does it: tick, fill, count rows, record the
/// page's height, check it with axe and take its picture.</summary>
internal static class FormSteps
{
    /// <summary>What a person sees with <paramref name="anchor"/> scrolled into view: the window, not the whole page.</summary>
    internal static async Task ViewShotAsync(IPage page, ILocator anchor, string name)
    {
        await anchor.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"{name}.png") });
    }

    internal static string SpecificationBox(string specification) => "#spec-" + specification.Replace('.', '-');

    /// <summary>Ticks a specification as a person does: opens its criterion's expander if it is closed, then ticks.</summary>
    internal static async Task ChooseAsync(IPage page, string specification)
    {
        var criterion = page.Locator($"details.nhsuk-details:has({SpecificationBox(specification)})").First;
        if (await criterion.GetAttributeAsync("open") is null)
        {
            await criterion.Locator("> summary").ClickAsync();
        }

        await page.CheckAsync(SpecificationBox(specification));
    }

    internal static Task<int> RowCountAsync(IPage page, string variable) => page.Locator($"[data-rows={variable}] > [data-row]").CountAsync();

    /// <summary>axe and a screenshot with JavaScript (axe runs in the page); a screenshot alone without it.</summary>
    internal static async Task CheckPageAsync(IPage page, bool javaScript, string name)
    {
        await RecordHeightAsync(page, name);
        if (javaScript)
        {
            await LibraryBrowserTests.AssertAccessibleAsync(page, name);
        }
        else
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"{name}.png"), FullPage = true });
        }
    }

    /// <summary>The page's full height in CSS pixels at the context's viewport (1280x800), appended to
    /// TestResults/page-heights.tsv for the README's before-and-after figures.</summary>
    internal static async Task<int> RecordHeightAsync(IPage page, string name)
    {
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        await File.AppendAllTextAsync(Path.Combine(BrowserFixture.Screenshots, "..", "page-heights.tsv"), $"{name}\t{height}\n");
        return height;
    }

    /// <summary>Opens the section of the details page that holds <paramref name="selector"/>, as a person does (by
    /// its summary), when it is closed.</summary>
    internal static async Task OpenSectionAsync(IPage page, string selector)
    {
        var section = page.Locator($"details.nhsuk-expander:has({selector})");
        if (await section.CountAsync() > 0 && await section.First.GetAttributeAsync("open") is null)
        {
            await section.First.Locator("> summary").ClickAsync();
        }
    }

    internal static async Task FillAsync(IPage page, string field, string text)
    {
        await OpenSectionAsync(page, $"[name='{field}']");
        var control = page.Locator($"[name='{field}']");
        var kind = await control.First.EvaluateAsync<string>("e => e.type");
        switch (kind)
        {
            case "radio":
                await page.CheckAsync($"[name='{field}'][value='{text}']");
                break;
            case "checkbox":
                // A boolean is one box with the value "true"; a party's roles are a box per role, ticked by value.
                var ticked = text.Split('\n');
                foreach (var box in await control.AllAsync())
                {
                    var value = await box.GetAttributeAsync("value");
                    await box.SetCheckedAsync(Array.IndexOf(ticked, value) >= 0);
                }

                break;
            case "select-one":
                await control.SelectOptionAsync(text);
                break;
            default:
                await control.FillAsync(text);
                break;
        }
    }
}
