using System.Text.Json;
using ContractDocs.Selection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContractDocs.Web.Tests;

/// <summary>The whole commissioner journey with the keyboard alone: Tab to move, Space and arrow keys to choose, typing
/// to enter, Enter to add rows and continue. No clicks and no programmatic filling; every control reached in tab order.</summary>
public sealed class KeyboardJourneyTests : IClassFixture<BrowserFixture>
{
    /// <summary>Tab presses allowed per page before the test says a control cannot be reached.</summary>
    private const int MaxTabs = 1500;

    private readonly BrowserFixture _browser;

    public KeyboardJourneyTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task Commissioner_BuildsTheOutcomesBasedExample_WithTheKeyboardAlone()
    {
        var example = ExampleAnswers.Load("outcomes-based-reablement");
        var resolver = _browser.Services.GetRequiredService<Resolver>();
        var plan = example.Plan(resolver);
        await using var context = await _browser.CommissionerAsync("kim-keyboard", javaScript: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_browser.BaseUrl + "/contracts/new");

        await Keys(page).ChooseRadioAsync("release", example.Release);
        await Keys(page).ChooseRadioAsync("model", example.Model);
        await Keys(page).PressOnAsync("button[value=choose]", "Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Choose what the contract covers");

        var wanted = example.Specifications.ToHashSet(StringComparer.Ordinal);
        await Keys(page).WalkAsync("button[value=values]", async focused =>
        {
            if (focused.Name == "spec" && wanted.Contains(focused.Value) && !focused.Checked)
            {
                await page.Keyboard.PressAsync("Space");
            }

            // A criterion is an expander: Enter on its summary opens it when it holds a specification to choose.
            if (focused.Type == "summary" && await page.EvaluateAsync<bool>(
                "wanted => { const d = document.activeElement.parentElement; return !d.open && [...d.querySelectorAll('input[name=spec]')].some(i => wanted.includes(i.value)); }",
                wanted.ToArray()))
            {
                await page.Keyboard.PressAsync("Enter");
            }
        });
        await Expect(page.Locator("#plan-count")).ToHaveTextAsync(example.PlanCount(resolver));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Fill in the contract's details");

        var rows = example.RowsFor(plan);
        var fields = example.FieldsFor(plan);
        var typed = new HashSet<string>(StringComparer.Ordinal);
        await Keys(page).WalkAsync("button[value=check]", async focused =>
        {
            // The details are in sections, each an expander: Enter on a closed one's summary opens it.
            if (focused.Type == "summary" && await page.EvaluateAsync<bool>("() => { const d = document.activeElement.parentElement; return d.matches('details.nhsuk-expander') && !d.open; }"))
            {
                await page.Keyboard.PressAsync("Enter");
                return;
            }

            if (focused.Add is { } variable && await page.Locator($"[data-rows={variable}] > [data-row]").CountAsync() < rows.GetValueOrDefault(variable))
            {
                // Enter adds a row in the page and puts the cursor in its first field; Shift+Tab steps back so that the
                // walk's next Tab lands on that field and fills it.
                await page.Keyboard.PressAsync("Enter");
                Assert.Equal($"v-{variable}-", (await page.EvaluateAsync<string>("document.activeElement.id"))[..(variable.Length + 3)]);
                await page.Keyboard.PressAsync("Shift+Tab");
                return;
            }

            // A group of checkboxes (a party's roles) shares one name: each box is visited once, by its value.
            if (focused.Name is null || !fields.TryGetValue(focused.Name, out var text) || !typed.Add(focused.Type == "checkbox" ? $"{focused.Name}={focused.Value}" : focused.Name))
            {
                return;
            }

            switch (focused.Type)
            {
                case "radio":
                    await Keys(page).ChooseFocusedRadioAsync(focused.Name, text);
                    break;
                case "checkbox":
                    if (text.Split('\n').Contains(focused.Value) != focused.Checked)
                    {
                        await page.Keyboard.PressAsync("Space");
                    }

                    break;
                case "select-one":
                    await Keys(page).ChooseOptionAsync(text);
                    break;
                default:
                    await page.Keyboard.TypeAsync(text);
                    break;
            }
        });
        var before = await page.EvaluateAsync<string>("document.activeElement.outerHTML");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync();
        if (await page.Locator(".nhsuk-error-summary").CountAsync() > 0)
        {
            Assert.Fail(await page.Locator(".nhsuk-error-summary").InnerTextAsync());
        }

        Assert.True(await page.Locator("h1").InnerTextAsync() == "Check your answers", before);
        await LibraryBrowserTests.AssertAccessibleAsync(page, "commissioner-keyboard-check");

        await Keys(page).PressOnAsync("button[value=generate]", "Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Contract generated");
        Assert.Equal(plan.SelectionSha256, (await page.Locator("#selection-sha256").InnerTextAsync()).Trim());
        await Keys(page).WalkAsync("a", _ => Task.CompletedTask, "Download the Word document");
    }

    private static KeyboardUser Keys(IPage page) => new(page);

    /// <summary>What has the focus: its name, value, type, whether checked, and the list it adds a row to (if a button).</summary>
    private sealed record Focused(string? Name, string Value, string Type, bool Checked, string? Add);

    /// <summary>Moves through a page with Tab only and acts on what has the focus.</summary>
    private sealed class KeyboardUser(IPage page)
    {
        public async Task<Focused> TabAsync()
        {
            await page.Keyboard.PressAsync("Tab");
            var e = await page.EvaluateAsync<JsonElement>("""
                () => { const e = document.activeElement;
                  return { name: e.name || null, value: e.value ?? '', type: e.type ?? e.tagName.toLowerCase(), checked: !!e.checked,
                           add: e.matches('button[data-add]') ? e.value : null }; }
                """);
            string? Text(string name) => e.GetProperty(name).ValueKind == JsonValueKind.String ? e.GetProperty(name).GetString() : null;
            return new Focused(Text("name"), Text("value") ?? string.Empty, Text("type") ?? string.Empty, e.GetProperty("checked").GetBoolean(), Text("add"));
        }

        /// <summary>Tabs forward, calling <paramref name="act"/> on each stop, until the focused element matches
        /// <paramref name="selector"/> (and, when given, has exactly <paramref name="text"/>).</summary>
        public async Task WalkAsync(string selector, Func<Focused, Task> act, string? text = null)
        {
            for (var i = 0; i < MaxTabs; i++)
            {
                var focused = await TabAsync();
                if (await page.EvaluateAsync<bool>("([s, t]) => document.activeElement.matches(s) && (t === null || document.activeElement.textContent === t)", new object?[] { selector, text }))
                {
                    return;
                }

                await act(focused);
            }

            Assert.Fail($"{selector} was not reached with {MaxTabs} presses of Tab.");
        }

        public async Task PressOnAsync(string selector, string key)
        {
            await WalkAsync(selector, _ => Task.CompletedTask);
            await page.Keyboard.PressAsync(key);
        }

        /// <summary>Tabs into a radio group and moves with the arrow keys until the wanted option is chosen.</summary>
        public async Task ChooseRadioAsync(string name, string value)
        {
            for (var i = 0; i < MaxTabs; i++)
            {
                var focused = await TabAsync();
                if (focused.Type == "radio" && focused.Name == name)
                {
                    await ChooseFocusedRadioAsync(name, value);
                    return;
                }
            }

            Assert.Fail($"The {name} question was not reached with Tab.");
        }

        public async Task ChooseFocusedRadioAsync(string name, string value)
        {
            var options = await page.Locator($"input[type=radio][name='{name}']").CountAsync();
            for (var i = 0; i <= options; i++)
            {
                if (await page.EvaluateAsync<string>("() => document.activeElement.value") == value)
                {
                    await page.Keyboard.PressAsync("Space");
                    Assert.True(await page.IsCheckedAsync($"input[name='{name}'][value='{value}']"));
                    return;
                }

                await page.Keyboard.PressAsync("ArrowDown");
            }

            Assert.Fail($"No option {value} for {name}.");
        }

        /// <summary>A native select: ArrowDown through the options until the wanted value is selected.</summary>
        public async Task ChooseOptionAsync(string value)
        {
            for (var i = 0; i < 50; i++)
            {
                if (await page.EvaluateAsync<string>("() => document.activeElement.value") == value)
                {
                    return;
                }

                await page.Keyboard.PressAsync("ArrowDown");
            }

            Assert.Fail($"No option {value} in the list.");
        }
    }
}
