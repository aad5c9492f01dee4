using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContractDocs.Functions.Pages;
using ContractDocs.Functions.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>What a person reads on the pages, below the browser: the header, labels instead of names and enum values,
/// GOV.UK-style error messages, check your answers as a formatted summary list, HTML error pages beside the API's
/// problem details, and procurement's words and times.</summary>
public sealed partial class PageWordsTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public PageWordsTests(AppFactory app) => _app = app;

    [Fact]
    public async Task EveryPage_HasTheHeader_WithWhoIsSignedIn_AndALinkToEachPageTheirRolesOpen()
    {
        var both = await _app.As("lee", "legal", "procurement").GetStringAsync(new Uri("/library", UriKind.Relative));
        var commissioner = await _app.As("casey", "commissioner").GetStringAsync(new Uri("/contracts/new", UriKind.Relative));

        Assert.Contains("<li class=\"nhsuk-header__account-item\" id=\"signed-in-as\"><span class=\"nhsuk-u-visually-hidden\">Signed in as </span>lee</li>", both, StringComparison.Ordinal);
        Assert.Contains("href=\"/library\" aria-current=\"page\">Clause library</a>", both, StringComparison.Ordinal);
        Assert.Contains("href=\"/procurement\">File a signed contract</a>", both, StringComparison.Ordinal);
        Assert.Contains("href=\"/contracts\">Your contracts</a>", both, StringComparison.Ordinal);
        Assert.Contains("href=\"/contracts\" aria-current=\"page\">Your contracts</a>", commissioner, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/library\"", commissioner, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/procurement\"", commissioner, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page", "legal", 404, "Page not found")]
    [InlineData("/library/clauses/no-such-clause", "legal", 404, "Page not found")]
    [InlineData("/procurement/c-no-such-contract", "procurement", 404, "Page not found")]
    [InlineData("/library", "commissioner", 403, "You do not have access to this page")]
    public async Task APersonsBrowser_GetsAnHtmlErrorPage_WithTheHeader(string path, string role, int status, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await _app.As("robin", role).SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("nhsuk-header__service-name", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\">Go to the ContractDocs start page</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/contracts/c-no-such-contract", "text/html", 404, "unknown-contract")]
    [InlineData("/no-such-page", "application/json", 404, "not-found")]
    [InlineData("/library", null, 403, "forbidden")]
    public async Task TheApiAndScripts_KeepProblemDetails(string path, string? accept, int status, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        using var response = await _app.As("robin", path.StartsWith("/api", StringComparison.Ordinal) ? "procurement" : "commissioner").SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task AnUnexpectedFault_OnAPage_IsTheServiceProblemPage_WithNoInternals()
    {
        var handler = new ContractDocs.Functions.Http.ExceptionProblems(Microsoft.Extensions.Logging.Abstractions.NullLogger<ContractDocs.Functions.Http.ExceptionProblems>.Instance);
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Path = "/contracts/new";
        context.Request.Headers.Accept = "text/html";
        context.Response.Body = new MemoryStream();

        Assert.True(await handler.TryHandleAsync(context, new InvalidOperationException("secret internals"), CancellationToken.None));

        context.Response.Body.Position = 0;
        var html = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Equal(500, context.Response.StatusCode);
        Assert.StartsWith("text/html", context.Response.ContentType, StringComparison.Ordinal);
        Assert.Contains("<h1>Sorry, there is a problem with the service</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret internals", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDetailsPage_LabelsEveryFieldAndOption_InLegalsWords_WithMoneyPrefixAndUnits()
    {
        var html = await ValuesPageAsync(Values());

        // Choices by their labels; the values stay the ids the selection needs.
        Assert.Matches("value=\"direct-award-b\"><label class=\"nhsuk-label nhsuk-radios__label\" for=\"v-psrRoute-\\d\">Direct award process B: people choose their provider</label>", html);
        Assert.Contains(">Provider Selection Regime route</legend>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Psr route", html, StringComparison.Ordinal);
        // Money: the design system's prefix inside the input wrapper; whole numbers with their unit.
        Assert.Matches("<div class=\"nhsuk-input-wrapper\"><div class=\"nhsuk-input__prefix\" aria-hidden=\"true\">£</div><input class=\"nhsuk-input nhsuk-input--width-10[^\"]*\" id=\"v-annualBudget\"", html);
        Assert.Matches("id=\"v-termYears\"[^>]*><div class=\"nhsuk-input__suffix\" aria-hidden=\"true\">years</div>", html);
        // No machine words where a person reads: text outside tags holds no kebab-case enum value or id.
        var text = Text(html);
        Assert.DoesNotMatch(@"\b[A-Z]\d+\.", text);
        Assert.DoesNotMatch(@"\b(direct-award-[abc]|most-suitable-provider|health-commissioner|local-authority|prime-provider|registered-list)\b", text);
    }

    [Fact]
    public async Task ErrorMessages_AreShort_InTheFieldsWords_OneLineEach_AtTheFieldAndInTheSummary()
    {
        var html = await ValuesPageAsync([.. Values().Where(v => v.Name is not "v.contractReference" and not "v.termYears"), ("v.termYears", "seven")], "check");

        var summary = Regex.Match(html, "<ul class=\"nhsuk-list nhsuk-error-summary__list\">(.*?)</ul>").Groups[1].Value;
        Assert.Contains("<li><a href=\"#v-contractReference\">Enter the contract reference</a></li>", summary, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#v-termYears\">Term must be a whole number of years</a></li>", summary, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(summary, "<li>"));
        Assert.DoesNotContain("<h1>Check your answers</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"nhsuk-u-visually-hidden\">Error:</span> Enter the contract reference</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("'contractReference'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("is needed:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckYourAnswers_IsASummaryList_WithFormattedValues_RowsAsSubLists_AndAChangeToEachField()
    {
        var html = await ValuesPageAsync(Values(), "check");

        Assert.Contains("<h1>Check your answers</h1>", html, StringComparison.Ordinal);
        string Answer(string name) => Regex.Match(html, $"data-answer=\"{name}\">(.*?)</dd>").Groups[1].Value;
        Assert.Equal("£42,000,000", Answer("annualBudget"));
        Assert.Equal("1 April 2027", Answer("commencementDate"));
        Assert.Equal("5 years", Answer("termYears"));
        Assert.Equal("Most suitable provider process", Answer("psrRoute"));
        Assert.Contains("<span class=\"contractdocs-answer-field\">Kind of organisation:</span> Health commissioner</li>", Answer("parties"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"contractdocs-answer-field\">Roles:</span> Commissioner</li>", Answer("parties"), StringComparison.Ordinal);
        Assert.Matches(@"<span class=""contractdocs-answer-field"">Percentage at risk:</span> \d+(\.\d+)?%</li>", Answer("paymentAtRisk"));
        Assert.Contains("<h3 class=\"nhsuk-heading-xs nhsuk-u-margin-bottom-1\">Party 2</h3>", Answer("parties"), StringComparison.Ordinal);
        Assert.Contains("formaction=\"/contracts/new#v-termYears\">Change<span class=\"nhsuk-u-visually-hidden\"> term</span></button>", html, StringComparison.Ordinal);
        Assert.Contains("formaction=\"/contracts/new#v-parties\">Change", html, StringComparison.Ordinal);
        Assert.DoesNotContain("health-commissioner<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("42000000", Text(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(38000000, "£38,000,000")]
    [InlineData(1234.5, "£1,234.50")]
    [InlineData(0, "£0")]
    public void Money_ReadsAsPounds(decimal pounds, string expected) => Assert.Equal(expected, Answers.Money(pounds));

    [Theory]
    [InlineData("2026-12-02T14:05:00Z", "2 December 2026, 14:05 GMT (+00:00)")]
    [InlineData("2027-07-01T08:30:00Z", "1 July 2027, 09:30 BST (+01:00)")]
    public void Times_AreInLondon_WithTheZoneAndItsOffset(string utc, string expected) =>
        Assert.Equal(expected, LondonTime.Format(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task TheUnsignedDraft_ByteForByte_IsNotFiled_AndSaysSo()
    {
        var created = await _app.As("ann", "commissioner").PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("outcomes-based-reablement")));
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("contractId").GetString()!;
        var procurement = _app.As("paula", "procurement");
        var draft = await procurement.GetByteArrayAsync(new Uri(body.RootElement.GetProperty("readLink").GetString()!, UriKind.RelativeOrAbsolute));
        var content = new ByteArrayContent(draft);
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "signed.docx" };

        using var response = await procurement.PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unsigned-draft", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal("The document was not filed", problem.RootElement.GetProperty("title").GetString());
        Assert.StartsWith("The document was not filed: it is the unsigned draft, byte for byte", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var record = JsonDocument.Parse(await procurement.GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative)));
        Assert.Equal("draft", record.RootElement.GetProperty("status").GetString());
        var page = WebUtility.HtmlDecode(await procurement.GetStringAsync(new Uri($"/procurement/{id}", UriKind.Relative)));
        Assert.Matches(@"\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} (GMT|BST) \(\+0[01]:00\)", page);
    }

    /// <summary>The lead provider example (release 2026.3) as the form posts it: every value by its field name.</summary>
    private static List<(string Name, string Value)> Values()
    {
        using var example = JsonDocument.Parse(AppFactory.Example("lead-provider-ltc"));
        var root = example.RootElement;
        var fields = new List<(string, string)> { ("release", root.GetProperty("release").GetString()!), ("model", root.GetProperty("model").GetString()!) };
        fields.AddRange(root.GetProperty("specifications").EnumerateArray().Select(s => ("spec", s.GetString()!)));
        static string Text(JsonElement v) => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText();
        foreach (var variable in root.GetProperty("variables").EnumerateObject())
        {
            var name = "v." + variable.Name;
            var value = variable.Value;
            if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String))
            {
                fields.Add((name, string.Join("\n", value.EnumerateArray().Select(Text))));
            }
            else if (value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
            {
                var rows = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
                for (var i = 0; i < rows.Count; i++)
                {
                    foreach (var field in rows[i].EnumerateObject())
                    {
                        fields.AddRange(field.Value.ValueKind == JsonValueKind.Array
                            ? field.Value.EnumerateArray().Select(r => ($"{name}[{i}].{field.Name}", Text(r)))
                            : [($"{name}[{i}].{field.Name}", Text(field.Value))]);
                    }
                }
            }
            else if (value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                fields.AddRange([($"{name}.day", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)), ($"{name}.month", date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)), ($"{name}.year", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            }
            else
            {
                fields.Add((name, Text(value)));
            }
        }

        return fields;
    }

    private async Task<string> ValuesPageAsync(IEnumerable<(string Name, string Value)> values, string action = "values")
    {
        var session = await FormSession.OpenAsync(_app, "/contracts/new", "casey", "commissioner");
        using var response = await session.Client.PostAsync(new Uri("/contracts/new", UriKind.Relative), session.Form([("action", action), .. values]));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>The words a person sees: the page's text outside tags (and outside the hidden fields' values).</summary>
    private static string Text(string html) => Tag().Replace(Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1>", string.Empty, RegexOptions.Singleline), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
