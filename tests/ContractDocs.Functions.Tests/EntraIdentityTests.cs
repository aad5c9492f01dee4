using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ContractDocs.Functions.Functions;
using ContractDocs.Functions.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContractDocs.Functions.Tests;

/// <summary>With an Entra app registration configured, the API trusts the access token a request carries, and only
/// after checking its signature, issuer, audience and lifetime; roles come from its roles claim and ownership from its
/// object id. The pages send someone not signed in to Entra; the API answers 401. A principal header is not trusted.</summary>
public sealed class EntraIdentityTests : IClassFixture<EntraAppFactory>
{
    private readonly EntraAppFactory _app;

    public EntraIdentityTests(EntraAppFactory app) => _app = app;

    private EntraTokens Tenant => _app.Tenant;

    [Fact]
    public async Task ValidToken_IsTheCaller_WithItsRoles_AndOwnsWhatItCreates()
    {
        var client = Client(Tenant.Token("7a0c0de5-0000-4000-8000-00000000000a", "Ada Entra", ["commissioner"]));

        var releases = await client.GetAsync(new Uri("/api/releases", UriKind.Relative));
        var created = await client.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("outcomes-based-reablement")));

        Assert.Equal(HttpStatusCode.OK, releases.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString();
        using var record = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative)));
        Assert.Equal("7a0c0de5-0000-4000-8000-00000000000a", record.RootElement.GetProperty("ownerId").GetString());
        Assert.Equal("Ada Entra", record.RootElement.GetProperty("createdBy").GetString());
    }

    [Fact]
    public async Task ValidToken_WithoutTheRole_Is403()
    {
        var response = await Client(Tenant.Token("oid-p", "Pat", ["procurement"])).GetAsync(new Uri("/api/releases", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("\"code\":\"forbidden\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Refused() => new()
    {
        { "signed by another key", "stranger" },
        { "another tenant's issuer", "issuer" },
        { "for another app", "audience" },
        { "expired", "expired" },
        { "not a token", "garbage" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task TokenThatIsNotValid_Is401ProblemDetails(string what, string kind)
    {
        var token = kind switch
        {
            "stranger" => Tenant.Token("oid-l", "Lee", ["legal"], strangerSigns: true),
            "issuer" => Tenant.Token("oid-l", "Lee", ["legal"], issuer: EntraTokens.Instance + "another-tenant/v2.0"),
            "audience" => Tenant.Token("oid-l", "Lee", ["legal"], audience: "api://another-app"),
            "expired" => Tenant.Token("oid-l", "Lee", ["legal"], expiresIn: TimeSpan.FromMinutes(-30)),
            _ => "not.a.token",
        };

        var response = await Client(token).GetAsync(new Uri("/api/releases", UriKind.Relative));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, what);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unauthenticated", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("access token was not accepted", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenWithoutAnAccountId_Is401SayingWhy()
    {
        var response = await Client(Tenant.Token(null, "No Oid", ["legal"])).GetAsync(new Uri("/api/releases", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("account id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrincipalHeader_IsNotTrusted_UnlessConfigured()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL", AppFactory.Principal("oid-mallory", "Mallory", "legal"));

        var response = await client.GetAsync(new Uri("/api/releases", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PageWithoutSignIn_IsSentToEntra_ButTheApiAnswers401()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetAsync(new Uri("/library", UriKind.Relative));
        var api = await client.GetAsync(new Uri("/api/contracts", UriKind.Relative));
        var post = await client.PostAsync(new Uri("/contracts/new", UriKind.Relative), new FormUrlEncodedContent([new("action", "choose")]));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var location = page.Headers.Location!;
        Assert.StartsWith(EntraTokens.AuthorizeEndpoint + "?", location.ToString(), StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(EntraTokens.ClientId, query["client_id"]);
        Assert.Equal("id_token", query["response_type"]);
        Assert.Equal("http://localhost/signin-oidc", query["redirect_uri"]);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", api.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public void SignIn_IsConfiguredFromTheSameRegistration_WithNoClientSecret()
    {
        var oidc = _app.Services.GetRequiredService<IOptionsMonitor<Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions>>().Get("OpenIdConnect");
        var bearer = _app.Services.GetRequiredService<IOptionsMonitor<Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions>>().Get("Bearer");

        Assert.Equal(EntraTokens.ClientId, oidc.ClientId);
        Assert.True(string.IsNullOrEmpty(oidc.ClientSecret));
        Assert.Equal("id_token", oidc.ResponseType);
        Assert.Equal(EntraTokens.Issuer, bearer.Authority);
        Assert.Equal(["api://" + EntraTokens.ClientId, EntraTokens.ClientId], bearer.TokenValidationParameters.ValidAudiences);
    }

    [Fact]
    public async Task TheFunctionsApp_ChecksTokensTheSameWay()
    {
        using var worker = new WorkerApp(new Dictionary<string, string?>(EntraTokens.Settings) { ["ContractDocs:TrustPrincipalHeader"] = "false" }, Tenant.Configure);
        async Task<WorkerApp.Answer> Releases(string? token)
        {
            var context = worker.Request("GET", "/api/releases", headers: token is null ? null : new Dictionary<string, string> { ["Authorization"] = "Bearer " + token });
            return await WorkerApp.RunAsync(worker.Function<ApiFunctions>().Releases(context.Request), context);
        }

        Assert.Equal(200, (await Releases(Tenant.Token("oid-c", "Cas", ["commissioner"]))).Status);
        Assert.Equal(403, (await Releases(Tenant.Token("oid-p", "Pat", ["procurement"]))).Status);
        Assert.Equal(401, (await Releases(Tenant.Token("oid-c", "Cas", ["commissioner"], strangerSigns: true))).Status);
        Assert.Equal(401, (await Releases(null)).Status);
    }

    [Fact]
    public void TheFunctionsApp_RefusesToStartWithTheDevelopmentIdentity()
    {
        using var worker = new WorkerApp(new Dictionary<string, string?> { ["ContractDocs:DevelopmentIdentity"] = "dev:legal" });

        var refused = Assert.Throws<OptionsValidationException>(() => worker.Services.GetRequiredService<IOptions<ContractDocsOptions>>().Value);
        Assert.Contains("DevelopmentIdentity", refused.Message, StringComparison.Ordinal);
    }

    private HttpClient Client(string token)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
