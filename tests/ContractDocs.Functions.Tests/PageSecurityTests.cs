using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContractDocs.Functions.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>Another site cannot make a signed-in person's browser draft or file (antiforgery tokens on every form, and
/// cross-origin writes refused everywhere), and every answer carries the headers a service holding NHS data should.</summary>
public sealed partial class PageSecurityTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public PageSecurityTests(AppFactory app) => _app = app;

    [Fact]
    public async Task FormPostWithoutItsToken_IsRefused_AndNothingIsDrafted()
    {
        var client = _app.As("tess", "commissioner");
        await client.GetStringAsync(new Uri("/contracts/new", UriKind.Relative));

        var response = await client.PostAsync(new Uri("/contracts/new", UriKind.Relative), new FormUrlEncodedContent([new("action", "choose"), new("release", "2026.1"), new("model", "alliance")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("form-expired", problem.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task EveryPostFormOfEveryPage_CarriesAToken()
    {
        var id = await ContractAsync();
        var pages = new (string Path, string Role)[] { ("/contracts/new", "commissioner"), ($"/procurement/{id}", "procurement") };

        foreach (var (path, role) in pages)
        {
            var html = await _app.As("tess", role).GetStringAsync(new Uri(path, UriKind.Relative));
            var forms = PostForm().Matches(html);
            Assert.NotEmpty(forms);
            Assert.All(forms, f => Assert.Contains("name=\"__RequestVerificationToken\" value=\"", f.Value, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task CrossOriginPost_WithAValidTokenEvenSo_IsRefusedOnPagesAndApi_AndFilesNothing()
    {
        var id = await ContractAsync();
        var session = await FormSession.OpenAsync(_app, $"/procurement/{id}", "paula", "procurement");

        using var upload = new MultipartFormDataContent { { new ByteArrayContent(ConcurrencyContract.Pdf("forged")), "file", "signed.pdf" }, { new StringContent(session.Token), "__RequestVerificationToken" } };
        using var forged = new HttpRequestMessage(HttpMethod.Post, new Uri($"/procurement/{id}", UriKind.Relative)) { Content = upload };
        forged.Headers.Add("Origin", "https://evil.example");
        var page = await session.Client.SendAsync(forged);

        using var fetch = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/contracts/{id}/executed", UriKind.Relative)) { Content = new ByteArrayContent(ConcurrencyContract.Pdf("forged too")) };
        fetch.Headers.Add("Sec-Fetch-Site", "cross-site");
        var api = await session.Client.SendAsync(fetch);

        using var draft = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/contracts", UriKind.Relative)) { Content = AppFactory.Json(AppFactory.Example("frailty-alliance")) };
        draft.Headers.Add("Origin", "null");
        var drafted = await _app.As("tess", "commissioner").SendAsync(draft);

        Assert.All([page, api, drafted], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Contains("\"code\":\"cross-origin\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var record = JsonDocument.Parse(await _app.As("paula", "procurement").GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative)));
        Assert.Equal("draft", record.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SameOriginPost_FromThePage_IsAccepted()
    {
        var id = await ContractAsync();
        var session = await FormSession.OpenAsync(_app, $"/procurement/{id}", "paula", "procurement");
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(ConcurrencyContract.Pdf("genuine")), "file", "signed.pdf" }, { new StringContent(session.Token), "__RequestVerificationToken" } };
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri($"/procurement/{id}", UriKind.Relative)) { Content = upload };
        post.Headers.Add("Origin", "http://localhost");
        post.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await session.Client.SendAsync(post);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is filed against this contract", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/contracts/new", "commissioner")]
    [InlineData("/library", "legal")]
    [InlineData("/api/releases", "commissioner")]
    [InlineData("/api/contracts/c-00000000000000000000", "commissioner")]
    public async Task Answers_CarryTheSecurityHeaders_AndPagesHoldNoInlineScript(string path, string role)
    {
        var response = await _app.As("tess", role).GetAsync(new Uri(path, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
            Assert.DoesNotMatch("\\sstyle=\"", html);
            Assert.DoesNotMatch("\\son[a-z]+=\"", html);
        }
    }

    private async Task<string> ContractAsync()
    {
        var created = await _app.As("tess", "commissioner").PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("outcomes-based-reablement")));
        return JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString()!;
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex PostForm();
}
