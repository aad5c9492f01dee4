using System.Net;
using ContractDocs.Functions.Tests.Support;

namespace ContractDocs.Functions.Tests;

public sealed class LibraryPagesTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public LibraryPagesTests(AppFactory app) => _app = app;

    [Fact]
    public async Task Library_ListsReleases_AndComparesThem_AsLegal()
    {
        var legal = _app.As("lee", "legal");

        var home = await legal.GetStringAsync(new Uri("/library", UriKind.Relative));
        var compare = await legal.GetStringAsync(new Uri("/library/compare?from=2026.1&to=2026.2", UriKind.Relative));

        Assert.Contains("<html lang=\"en-GB\">", home, StringComparison.Ordinal);
        Assert.Contains("/library/releases/2026.2", home, StringComparison.Ordinal);
        Assert.Contains("activity-based-payment", Section(compare, "Added"), StringComparison.Ordinal);
        Assert.Contains("carers-breaks", Section(compare, "Added"), StringComparison.Ordinal);
        Assert.Contains("1.0.0 to 1.1.0", Section(compare, "Changed"), StringComparison.Ordinal);
        Assert.Contains("payment-by-results", Section(compare, "Retired or removed"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClauseVersions_ShowTextVariablesAndASideBySideDifference()
    {
        var legal = _app.As("lee", "legal");

        var text = await legal.GetStringAsync(new Uri("/library/clauses/payment-at-risk/1.1.0", UriKind.Relative));
        var diff = await legal.GetStringAsync(new Uri("/library/clauses/payment-at-risk/compare?from=1.0.0&to=1.1.0", UriKind.Relative));

        Assert.Contains("paymentAtRisk", text, StringComparison.Ordinal);
        Assert.Contains("{{#each paymentAtRisk}}", System.Net.WebUtility.HtmlDecode(text), StringComparison.Ordinal);
        Assert.Contains("<ins>", diff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClauseVersion_NamesTheSpecificationsItImplementsByTitle_AndACoreClauseNone()
    {
        var legal = _app.As("lee", "legal");

        var atRisk = System.Net.WebUtility.HtmlDecode(await legal.GetStringAsync(new Uri("/library/clauses/payment-at-risk/1.1.0", UriKind.Relative)));
        var termination = await legal.GetStringAsync(new Uri("/library/clauses/termination/1.1.0", UriKind.Relative));

        Assert.Contains("implements Payment at risk (F3.payment-at-risk)", atRisk, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("implements ;", termination, StringComparison.Ordinal);
        Assert.DoesNotContain("implements", termination.Split("<h2>Text</h2>")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Library_IsForLegal_AndAssetsAreServed()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await _app.As("ann", "commissioner").GetAsync(new Uri("/library", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.As(null).GetAsync(new Uri("/library", UriKind.Relative))).StatusCode);
        var css = await _app.CreateClient().GetAsync(new Uri("/nhsuk/nhsuk-frontend.min.css", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    private static string Section(string html, string heading)
    {
        var start = html.IndexOf($"<h2>{heading}</h2>", StringComparison.Ordinal);
        Assert.True(start >= 0, heading);
        var end = html.IndexOf("<h2>", start + 4, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }
}
