using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContractDocs.Functions.Pages;
using ContractDocs.Functions.Tests.Support;
using ContractDocs.Library;
using ContractDocs.Selection;
using ContractDocs.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ContractDocs.Functions.Tests;

/// <summary>The details page in sections: every value in exactly one, in the plan's order, the contract's own values
/// first; on arrival only the first section is open, and a section opens for a value that is wrong or entered.</summary>
public sealed partial class DetailSectionsTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public DetailSectionsTests(AppFactory app) => _app = app;

    public static TheoryData<string> Examples() =>
        [.. Directory.EnumerateFiles(RepoPaths.Examples, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryValueOfThePlan_IsInExactlyOneSection_InThePlansOrder(string example)
    {
        var library = _app.Services.GetRequiredService<ClauseLibrary>();
        var plan = new Resolver(library).Resolve(SelectionReader.Read(System.Text.Encoding.UTF8.GetBytes(AppFactory.Example(example))).Selection!).Plan!;

        var sections = DetailSections.Of(library, plan);

        var order = sections.SelectMany(s => s.Variables).Select(v => v.Name).ToList();
        Assert.Equal(plan.Variables.Select(v => v.Name).Order(StringComparer.Ordinal), order.Order(StringComparer.Ordinal));
        Assert.All(sections, s => Assert.Equal(s.Variables.Select(v => v.Name), plan.Variables.Select(v => v.Name).Where(n => s.Variables.Any(v => v.Name == n))));
        Assert.Equal(("contract", DetailSections.ContractTitle), (sections[0].Id, sections[0].Title));
        Assert.Equal(library.Model.Variables.Select(v => v.Name).Where(n => plan.Variables.Any(v => v.Name == n)), sections[0].Variables.Select(v => v.Name));
        Assert.True(sections.Count >= 4, $"{example}: {sections.Count} sections");
        Assert.All(sections, s => Assert.NotEmpty(s.Variables));
        var elements = library.Model.Elements.Select(e => e.Id).ToList();
        Assert.Equal(sections.Select(s => s.Id).Where(elements.Contains), elements.Where(sections.Select(s => s.Id).Contains));
    }

    [Fact]
    public void AValue_IsInTheSectionOfTheElementItsClauseWasChosenFor()
    {
        var library = _app.Services.GetRequiredService<ClauseLibrary>();
        var plan = new Resolver(library).Resolve(SelectionReader.Read(System.Text.Encoding.UTF8.GetBytes(AppFactory.Example("frailty-alliance"))).Selection!).Plan!;

        var sections = DetailSections.Of(library, plan).ToDictionary(s => s.Id, s => s.Variables.Select(v => v.Name).ToList());

        Assert.Contains("outcomes", sections["outcomes"]);
        Assert.Contains("governanceMembers", sections["partnership"]);
        Assert.Contains("annualBudget", sections["financial"]);
        Assert.Contains("parties", sections["contract"]);
    }

    [Fact]
    public async Task OnArrival_OnlyTheFirstSectionIsOpen_AndAWrongOrEnteredValueOpensItsSection()
    {
        var session = await FormSession.OpenAsync(_app, "/contracts/new", "sasha", "commissioner");
        using var example = JsonDocument.Parse(AppFactory.Example("frailty-alliance"));
        var choices = new List<(string, string)> { ("release", "2026.3"), ("model", "alliance") };
        choices.AddRange(example.RootElement.GetProperty("specifications").EnumerateArray().Select(s => ("spec", s.GetString()!)));

        var arrival = await PageAsync(session, [("action", "values"), .. choices]);
        Assert.Equal(["section-contract"], Open(arrival));
        Assert.True(Sections(arrival).Count >= 5, string.Join(", ", Sections(arrival)));

        // A typed governance chair (partnership) opens its section when the page comes back; the others stay closed.
        var typed = await PageAsync(session, [("action", "values"), .. choices, ("v.governanceChair", "The Director of Integration")]);
        Assert.Equal(["section-contract", "section-partnership"], Open(typed));
        Assert.Contains("value=\"The Director of Integration\"", typed, StringComparison.Ordinal);

        // Continue with a wrong budget and nothing else: every section holding an error is open, and only those (and
        // the first, and the one with the chair typed).
        var posted = await PageAsync(session, [("action", "check"), .. choices, ("v.annualBudget", "a lot"), ("v.governanceChair", "The Director of Integration")]);
        Assert.Contains("nhsuk-error-summary", posted, StringComparison.Ordinal);
        var withErrors = SectionBodies(posted).Where(b => b.Body.Contains("nhsuk-form-group--error", StringComparison.Ordinal)).Select(b => b.Id).ToList();
        Assert.Contains("section-financial", withErrors);
        Assert.Equal(withErrors.Union(["section-contract", "section-partnership"]).Order(StringComparer.Ordinal), Open(posted).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<(string Id, string Body)> SectionBodies(string page)
    {
        var starts = SectionTag().Matches(page).ToList();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Index : page.IndexOf("</form>", StringComparison.Ordinal);
            yield return (starts[i].Groups["id"].Value, page[starts[i].Index..end]);
        }
    }

    private static async Task<string> PageAsync(FormSession session, (string, string)[] fields)
    {
        using var response = await session.Client.PostAsync(new Uri("/contracts/new", UriKind.Relative), session.Form(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<string> Sections(string page) => [.. SectionTag().Matches(page).Select(m => m.Groups["id"].Value)];

    private static List<string> Open(string page) => [.. SectionTag().Matches(page).Where(m => m.Groups["open"].Success).Select(m => m.Groups["id"].Value)];

    [GeneratedRegex("<details class=\"nhsuk-details nhsuk-expander\" id=\"(?<id>section-[a-z]+)\"(?<open> open)?>")]
    private static partial Regex SectionTag();
}
