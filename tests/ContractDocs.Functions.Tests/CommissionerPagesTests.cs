using ContractDocs.Library;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;
using ContractDocs.Functions.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>The commissioner's form routes below the browser: the live plan fragment, what it refuses, who may use it,
/// and a form post that is hostile or incomplete answered with the page and its errors, never a 500.</summary>
public sealed class CommissionerPagesTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public CommissionerPagesTests(AppFactory app) => _app = app;

    [Fact]
    public async Task PlanFragment_NamesTheConflict_AndTheRequirementsPulledIn()
    {
        var session = await Casey();
        using var response = await session.Client.PostAsync(new Uri("/contracts/plan", UriKind.Relative), session.Form(
            ("release", "2026.1"), ("model", "alliance"), ("spec", "P1.alliance-charter"), ("spec", "F3.payment-at-risk")));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<div class=\"contractdocs-plan\" id=\"plan\"", html, StringComparison.Ordinal);
        Assert.Contains("cannot stand with", html, StringComparison.Ordinal);
        // In words: the choice by its title, no ids.
        Assert.Contains("your choice 'Payment at risk'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("(F3.payment-at-risk)", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b[A-Z]\d+\.[a-z]", html);
        Assert.Contains("required by Payment at Risk", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanFragment_UnderTheDraftingRules_NamesEveryMissingEssentialTopicAndTheChoiceThatSuppliesIt()
    {
        var session = await Casey();
        using var response = await session.Client.PostAsync(new Uri("/contracts/plan", UriKind.Relative), session.Form(
            ("release", "2026.3"), ("model", "lead-provider"), ("spec", "O2.services-scope")));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Every lead provider contract must cover safeguarding children and adults at risk, and nothing chosen does. Choose 'Safeguarding'.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("L7.safeguarding", html, StringComparison.Ordinal);
        Assert.Contains("must cover how and when the provider is paid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("must cover the services to be provided", html, StringComparison.Ordinal);
        Assert.Contains("clauses and ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValuesPage_ShowsEachPartysRolesAsCheckboxes_AndKeepsWhatWasTicked()
    {
        var session = await Casey();
        using var response = await session.Client.PostAsync(new Uri("/contracts/new", UriKind.Relative), session.Form([.. LeadProviderChoices(),
            ("v.parties[0].name", "NHS Northshire ICB"), ("v.parties[0].kind", "health-commissioner"), ("v.parties[0].roles", "commissioner"),
            ("v.parties[1].name", "Northshire Community Health NHS Trust"), ("v.parties[1].kind", "nhs-trust"), ("v.parties[1].roles", "provider"), ("v.parties[1].roles", "leadProvider")]));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<input class=\"nhsuk-checkboxes__input\" id=\"v-parties-1-roles-leadProvider\" name=\"v.parties[1].roles\" type=\"checkbox\" value=\"leadProvider\" aria-describedby=\"v-parties-1-roles-leadProvider-hint\" checked>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"v-parties-0-roles\" name=\"v.parties[0].roles\" type=\"checkbox\" value=\"commissioner\" aria-describedby=\"v-parties-0-roles-hint\" checked>", html, StringComparison.Ordinal);
        Assert.Contains(">Lead Provider</label>", html, StringComparison.Ordinal);
        // Only the roles this plan's clauses have rules for, besides commissioner and provider.
        Assert.DoesNotContain("value=\"allianceParticipant\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("must give the role Lead Provider", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValuesPage_ARoleRuleBroken_IsShownAtThePartiesWithTheMessage()
    {
        var session = await Casey();
        using var response = await session.Client.PostAsync(new Uri("/contracts/new", UriKind.Relative), session.Form([.. LeadProviderChoices(),
            ("v.parties[0].name", "NHS Northshire ICB"), ("v.parties[0].kind", "health-commissioner"), ("v.parties[0].roles", "commissioner"),
            ("v.parties[1].name", "Northshire Community Health NHS Trust"), ("v.parties[1].kind", "nhs-trust"), ("v.parties[1].roles", "provider")]));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Parties must give the role Lead Provider to exactly one of the parties; none has it", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#v-parties\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoicesPage_SaysWhereTheChoicesComeFrom_AndWhyEachCriterionAndSpecificationIsOffered()
    {
        var session = await Casey();
        var model = _app.Services.GetRequiredService<ClauseLibrary>().Model;
        using var response = await session.Client.PostAsync(new Uri("/contracts/new", UriKind.Relative), session.Form(("action", "choose"), ("release", "2026.3"), ("model", "alliance")));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Where these choices come from", html, StringComparison.Ordinal);
        Assert.Contains("Billings and Davis (2016), Developing a joint outcomes contracting model for integrated health and social care for older people", html, StringComparison.Ordinal);
        Assert.Contains("Billings and de Weger (2015), Contracting for integrated health and social care: a critical review of four models", html, StringComparison.Ordinal);
        Assert.All(model.Elements, e => Assert.Contains(e.Basis!.Text, html, StringComparison.Ordinal));
        Assert.All(model.Criteria, c => Assert.Contains($"id=\"why-{c.Id}\"", html, StringComparison.Ordinal));
        Assert.All(model.Criteria, c => Assert.Contains(c.Basis!.Text, html, StringComparison.Ordinal));
        Assert.All(model.Specifications.Where(s => s.AppliesTo("alliance")), s => Assert.Contains(s.Basis!.Text, html, StringComparison.Ordinal));
        Assert.DoesNotContain(model.Specifications.Where(s => !s.AppliesTo("alliance") && model.Specifications.Count(o => o.Basis?.Text == s.Basis?.Text) == 1), s => html.Contains(s.Basis!.Text, StringComparison.Ordinal));
    }

    /// <summary>The lead provider example's choices under 2026.3: a plan with every essential, so the details page
    /// is about values.</summary>
    private static IEnumerable<(string, string)> LeadProviderChoices()
    {
        using var example = JsonDocument.Parse(AppFactory.Example("lead-provider-ltc"));
        return [("action", "check"), ("release", "2026.3"), ("model", "lead-provider"),
            .. example.RootElement.GetProperty("specifications").EnumerateArray().Select(s => ("spec", s.GetString()!))];
    }

    [Fact]
    public async Task PlanFragment_RefusesABodyThatIsNotAForm_AndSomeoneWithoutADraftingRole()
    {
        using var json = await _app.As("casey", "commissioner").PostAsync(new Uri("/contracts/plan", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        using var procurement = await _app.As("pat", "procurement").PostAsync(new Uri("/contracts/plan", UriKind.Relative), Form(("release", "2026.1")));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        using var problem = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal("not-a-form", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, procurement.StatusCode);
    }

    [Theory]
    [InlineData("check", "release=nope&model=alliance", "Choose a clause library release.")]
    [InlineData("values", "release=2026.1&model=alliance&spec=X9.no-such-thing", "X9.no-such-thing")]
    [InlineData("check", "release=2026.1&model=alliance&spec=O4.outcomes-framework&v.contractTitle=bad%01value", "cannot hold (U+0001 at position 4)")]
    [InlineData("rows", "release=2026.1&model=outcomes-based&spec=O4.outcomes-framework&remove=outcomes:99999999999", "Fill in the contract")]
    public async Task HostileOrIncompletePosts_AreAnsweredWithThePageAndItsErrors(string action, string body, string expected)
    {
        var session = await Casey();
        using var response = await session.Client.PostAsync(new Uri("/contracts/new", UriKind.Relative), session.Raw($"action={action}&{body}"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADateThatDoesNotExist_IsCaughtAtTheDateInput_KeepingTheThreeBoxes()
    {
        var session = await Casey();
        using var response = await session.Client.PostAsync(new Uri("/contracts/new", UriKind.Relative), session.Form(
            ("action", "check"), ("release", "2026.1"), ("model", "alliance"), ("spec", "O4.outcomes-framework"),
            ("v.commencementDate.day", "31"), ("v.commencementDate.month", "2"), ("v.commencementDate.year", "2027")));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#v-commencementDate\">Commencement date must be a real date, like 1 4 2027</a>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"v-commencementDate\" name=\"v.commencementDate.day\" type=\"text\" inputmode=\"numeric\" value=\"31\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"v.commencementDate.year\" type=\"text\" inputmode=\"numeric\" value=\"2027\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingList_LinksFromTheSummaryToItsGroup()
    {
        var session = await Casey();
        using var response = await session.Client.PostAsync(new Uri("/contracts/new", UriKind.Relative), session.Form(
            ("action", "check"), ("release", "2026.1"), ("model", "alliance"), ("spec", "O4.outcomes-framework")));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#v-parties\">", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"nhsuk-fieldset\" id=\"v-parties\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormTheFrameworkCannotRead_IsA400ProblemNamingTheFix_NotA500()
    {
        var session = await Casey();
        using var response = await session.Client.PostAsync(new Uri("/contracts/new", UriKind.Relative), session.Raw("action=check&release=2026.1&model=alliance&v.contractTitle=%00bad"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unreadable-form", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("control characters", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private Task<FormSession> Casey() => FormSession.OpenAsync(_app, "/contracts/new", "casey", "commissioner");
}
