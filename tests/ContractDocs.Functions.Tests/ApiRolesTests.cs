using System.Net;
using ContractDocs.Functions.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>Every endpoint with no identity (401), the wrong role (403) and the right one.</summary>
public sealed class ApiRolesTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public ApiRolesTests(AppFactory app) => _app = app;

    public static TheoryData<string, string, string, string> Endpoints() => new()
    {
        { "GET", "/api/releases", "procurement", "commissioner" },
        { "GET", "/api/releases/2026.1/model", "procurement", "legal" },
        { "GET", "/api/releases/2026.1/clauses", "procurement", "commissioner" },
        { "POST", "/api/preview", "procurement", "commissioner" },
        { "POST", "/api/contracts", "procurement", "commissioner" },
        { "GET", "/api/contracts", "nobody-role", "procurement" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_NoIdentity401_WrongRole403_RightRoleSucceeds(string method, string path, string wrongRole, string rightRole)
    {
        var body = method == "POST" ? AppFactory.Example("outcomes-based-reablement") : null;

        var anonymous = await Send(_app.As(null), method, path, body);
        var wrong = await Send(_app.As("someone", wrongRole), method, path, body);
        var right = await Send(_app.As("someone", rightRole), method, path, body);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Contains("\"code\":\"forbidden\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(right.IsSuccessStatusCode, $"{method} {path} as {rightRole}: {(int)right.StatusCode} {await right.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task ContractEndpoints_NoIdentity401_WrongRole403_RightRoleSucceeds()
    {
        var created = await _app.As("owner", "commissioner").PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("outcomes-based-reablement")));
        using var body = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("contractId").GetString();
        var documentId = body.RootElement.GetProperty("documentId").GetString();
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Size 3 /Root 1 0 R >>\n%%EOF\n");
        var cases = new (string Method, string Path, string Wrong, string Right)[]
        {
            ("GET", $"/api/contracts/{id}", "legal-assistant", "procurement"),
            ("GET", $"/api/contracts/{id}/documents/{documentId}", "legal-assistant", "legal"),
            ("GET", $"/api/contracts/{id}/audit", "legal-assistant", "procurement"),
            ("POST", $"/api/contracts/{id}/executed", "commissioner", "procurement"),
            ("POST", "/api/releases/2026.1/publish", "commissioner", "legal"),
        };

        foreach (var (method, path, wrongRole, rightRole) in cases)
        {
            HttpRequestMessage Request()
            {
                var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
                if (method == "POST")
                {
                    request.Content = new ByteArrayContent(pdf);
                }

                return request;
            }

            Assert.Equal(HttpStatusCode.Unauthorized, (await _app.As(null).SendAsync(Request())).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await _app.As("someone", wrongRole).SendAsync(Request())).StatusCode);
            var right = await _app.As("someone", rightRole).SendAsync(Request());
            Assert.True(right.IsSuccessStatusCode, $"{method} {path} as {rightRole}: {(int)right.StatusCode} {await right.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task PrincipalHeader_Garbled_IsUnauthenticated()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL", "not base64 json");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/releases", UriKind.Relative))).StatusCode);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string method, string path, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = AppFactory.Json(body);
        }

        return client.SendAsync(request);
    }
}
