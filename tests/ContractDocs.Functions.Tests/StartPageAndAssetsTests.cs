using System.Net;
using ContractDocs.Functions.Endpoints;
using ContractDocs.Functions.Tests.Support;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContractDocs.Functions.Tests;

/// <summary>GET / says what ContractDocs is and links to what the caller's roles open; the asset routes serve wwwroot
/// and nothing outside their folder.</summary>
public sealed partial class StartPageAndAssetsTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public StartPageAndAssetsTests(AppFactory app) => _app = app;

    [Theory]
    [InlineData("commissioner", new[] { "/contracts" }, new[] { "/library", "/procurement" })]
    [InlineData("legal", new[] { "/contracts", "/library" }, new[] { "/procurement" })]
    [InlineData("procurement", new[] { "/procurement" }, new[] { "/contracts", "/library" })]
    public async Task StartPage_LinksToThePagesTheRolesOpen_AndToTheApiDocument(string role, string[] linked, string[] notLinked)
    {
        var page = await _app.As("sam", role).GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("nhsuk-header", page, StringComparison.Ordinal);
        Assert.Contains("editable Word contract", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/openapi.json\"", page, StringComparison.Ordinal);
        Assert.All(linked, href => Assert.Contains($"href=\"{href}\"", page, StringComparison.Ordinal));
        Assert.All(notLinked, href => Assert.DoesNotContain($"href=\"{href}\"", page, StringComparison.Ordinal));
        Assert.DoesNotContain("Sign in", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "ContractDocs")]
    [InlineData("/contracts", "Your contracts – ContractDocs")]
    [InlineData("/library", "Clause library – ContractDocs")]
    public async Task PageTitle_NamesThePageThenTheServiceOnce(string path, string expected)
    {
        var page = await _app.As("sam", "commissioner", "legal").GetStringAsync(new Uri(path, UriKind.Relative));

        var title = TitleRegex().Match(page);
        Assert.True(title.Success, $"{path} has no <title>.");
        Assert.Equal(expected, System.Net.WebUtility.HtmlDecode(title.Groups[1].Value));
    }

    [System.Text.RegularExpressions.GeneratedRegex("<title>([^<]*)</title>")]
    private static partial System.Text.RegularExpressions.Regex TitleRegex();

    [Fact]
    public async Task StartPage_ForSomeoneNotSignedIn_OffersSignInAndNoPage()
    {
        using var response = await _app.As(null).GetAsync(new Uri("/", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("href=\"/signin\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/contracts\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/library\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../site/contractdocs.js")]
    [InlineData("./nhsuk-frontend.min.css")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\..\\ContractDocs.Functions.dll")]
    [InlineData("")]
    public void Assets_OutsideTheirFolder_AreNotFound(string path) =>
        Assert.IsType<NotFound>(AssetEndpoints.Assets(path).Result);

    [Fact]
    public void Assets_InTheirFolder_AreServedWithTheirType()
    {
        var css = Assert.IsType<PhysicalFileHttpResult>(AssetEndpoints.Assets("nhsuk-frontend.min.css").Result);
        var js = Assert.IsType<PhysicalFileHttpResult>(AssetEndpoints.SiteAssets("contractdocs.js").Result);

        Assert.Equal("text/css", css.ContentType);
        Assert.Equal("text/javascript", js.ContentType);
        Assert.True(File.Exists(css.FileName));
    }
}
