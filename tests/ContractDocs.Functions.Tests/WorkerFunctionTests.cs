using System.Net.Http.Headers;
using System.Reflection;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContractDocs.Functions.Functions;
using ContractDocs.Functions.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace ContractDocs.Functions.Tests;

/// <summary>
/// Every [Function] method called directly, as the worker calls it, with a real HttpContext (method, path, body,
/// headers, the caller's principal), and the same request sent to the local host: the status, the problem's code, the
/// content type and the security headers are the same. Each host has its own store, prepared alike (the contract is made
/// with one Idempotency-Key by one account, so it has the same id in both), and the requests run in the same order.
/// </summary>
public sealed partial class WorkerFunctionTests : IDisposable
{
    private const string Owner = "owner";
    private static readonly byte[] Pdf = ConcurrencyContract.Pdf("signed by the parity test");

    private static readonly Dictionary<string, MethodInfo> HttpFunctions = typeof(ApiFunctions).Assembly.GetTypes().SelectMany(t => t.GetMethods())
        .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null && m.GetParameters().Any(p => p.GetCustomAttribute<HttpTriggerAttribute>() is not null))
        .ToDictionary(m => m.GetCustomAttribute<FunctionAttribute>()!.Name, StringComparer.Ordinal);

    private static readonly string[] SecurityHeaderNames = ["Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Cache-Control"];

    // One clock for both hosts: a draft records its generation time, so the two hosts' drafts are the same bytes and
    // get the same document id only if they are made at the same instant.
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
    private readonly AppFactory _local = new() { ReplaceServices = s => s.AddSingleton(Clock) };
    private readonly WorkerApp _worker = new(services: s => s.AddSingleton(Clock));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    public void Dispose()
    {
        _local.Dispose();
        _worker.Dispose();
    }

    [Fact]
    public async Task EveryFunction_AnswersAsTheLocalHostDoes()
    {
        var (id, documentId) = await PrepareAsync(Local);
        Assert.Equal((id, documentId), await PrepareAsync(Worker));
        var example = Encoding.UTF8.GetBytes(AppFactory.Example("outcomes-based-reablement"));
        var json = "application/json";
        var cases = new List<Case>
        {
            new("OpenApi", "GET", "/api/openapi.json", 200),
            new("Releases", "GET", "/api/releases", 401),
            new("Releases", "GET", "/api/releases", 403, Roles: "procurement"),
            new("Releases", "GET", "/api/releases", 200, Roles: "commissioner"),
            new("ReleaseModel", "GET", "/api/releases/2026.1/model", 200, Roles: "legal", Route: new() { ["release"] = "2026.1" }),
            new("ReleaseModel", "GET", "/api/releases/1999.1/model", 404, Roles: "legal", Route: new() { ["release"] = "1999.1" }),
            new("ReleaseClauses", "GET", "/api/releases/2026.2/clauses", 200, Roles: "commissioner", Route: new() { ["release"] = "2026.2" }),
            new("ReleaseClauses", "GET", "/api/releases/nope/clauses", 404, Roles: "commissioner", Route: new() { ["release"] = "nope" }),
            new("Preview", "POST", "/api/preview", 200, example, json, "commissioner"),
            new("Preview", "POST", "/api/preview", 400, "{"u8.ToArray(), json, "commissioner"),
            new("Preview", "POST", "/api/preview", 403, example, json, "procurement"),
            new("DraftContract", "POST", "/api/contracts", 201, example, json, "commissioner", Headers: new() { ["Idempotency-Key"] = "second" }),
            new("DraftContract", "POST", "/api/contracts", 400, example, json, "commissioner", Headers: new() { ["Idempotency-Key"] = new string('k', 201) }),
            new("DraftContract", "POST", "/api/contracts", 422, "{\"release\":\"2026.1\",\"model\":\"alliance\",\"specifications\":[]}"u8.ToArray(), json, "commissioner"),
            new("DraftContract", "POST", "/api/contracts", 401, example, json),
            new("ListContracts", "GET", "/api/contracts?pageSize=1", 200, Roles: "commissioner"),
            new("ListContracts", "GET", "/api/contracts?pageSize=0", 400, Roles: "commissioner"),
            new("ListContracts", "GET", "/api/contracts?continuation=not-a-token", 400, Roles: "legal"),
            new("Contract", "GET", $"/api/contracts/{id}", 200, Roles: "commissioner", Route: new() { ["id"] = id }),
            new("Contract", "GET", $"/api/contracts/{id}", 404, Roles: "commissioner", Route: new() { ["id"] = id }, Account: "someone-else"),
            new("Contract", "GET", $"/api/contracts/{id}", 403, Roles: "legal-assistant", Route: new() { ["id"] = id }),
            new("ContractDocument", "GET", $"/api/contracts/{id}/documents/{documentId}", 200, Roles: "legal", Route: new() { ["id"] = id, ["documentId"] = documentId }),
            new("ContractDocument", "GET", $"/api/contracts/{id}/documents/d-0", 404, Roles: "legal", Route: new() { ["id"] = id, ["documentId"] = "d-0" }),
            new("ContractAudit", "GET", $"/api/contracts/{id}/audit", 200, Roles: "procurement", Route: new() { ["id"] = id }),
            new("ContractExecuted", "POST", $"/api/contracts/{id}/executed", 403, Pdf, "application/pdf", "commissioner", Route: new() { ["id"] = id }),
            new("ContractExecuted", "POST", $"/api/contracts/{id}/executed", 201, Pdf, "application/pdf", "procurement", Route: new() { ["id"] = id }),
            new("ContractExecuted", "POST", $"/api/contracts/{id}/executed", 409, Pdf, "application/pdf", "procurement", Route: new() { ["id"] = id }),
            new("ContractExecuted", "POST", $"/api/contracts/{id}/executed", 415, "not a document"u8.ToArray(), "application/octet-stream", "procurement", Route: new() { ["id"] = id }),
            new("MovePreview", "GET", $"/api/contracts/{id}/moves/nope", 404, Roles: "commissioner", Route: new() { ["id"] = id, ["release"] = "nope" }),
            new("MovePreview", "GET", $"/api/contracts/{id}/moves/2026.1", 422, Roles: "commissioner", Route: new() { ["id"] = id, ["release"] = "2026.1" }),
            new("MovePreview", "GET", $"/api/contracts/{id}/moves/2026.3", 404, Roles: "commissioner", Route: new() { ["id"] = id, ["release"] = "2026.3" }, Account: "someone-else"),
            new("MoveRedline", "GET", $"/api/contracts/{id}/moves/nope/redline", 404, Roles: "legal", Route: new() { ["id"] = id, ["release"] = "nope" }),
            new("MoveContract", "POST", $"/api/contracts/{id}/moves/nope", 404, Roles: "commissioner", Route: new() { ["id"] = id, ["release"] = "nope" }),
            new("MoveContract", "POST", $"/api/contracts/{id}/moves/2026.3", 403, Roles: "procurement", Route: new() { ["id"] = id, ["release"] = "2026.3" }),
            new("ContractComparison", "GET", $"/api/contracts/{id}/documents/{documentId}/comparison", 404, Roles: "procurement", Route: new() { ["id"] = id, ["documentId"] = documentId }),
            new("ContractComparison", "GET", $"/api/contracts/{id}/documents/x-0/comparison", 404, Roles: "legal", Route: new() { ["id"] = id, ["documentId"] = "x-0" }),
            new("ClauseUsage", "GET", "/api/clauses/outcomes-framework/1.1.0/usage", 200, Roles: "legal", Route: new() { ["id"] = "outcomes-framework", ["version"] = "1.1.0" }),
            new("ClauseUsage", "GET", "/api/clauses/outcomes-framework/1.1.0/usage", 403, Roles: "commissioner", Route: new() { ["id"] = "outcomes-framework", ["version"] = "1.1.0" }),
            new("ClauseUsage", "GET", "/api/clauses/outcomes-framework/9.9.9/usage?pageSize=0", 404, Roles: "legal", Route: new() { ["id"] = "outcomes-framework", ["version"] = "9.9.9" }),
            new("PublishRelease", "POST", "/api/releases/2026.1/publish", 403, Roles: "commissioner", Route: new() { ["release"] = "2026.1" }),
            new("PublishRelease", "POST", "/api/releases/2026.1/publish", 201, Roles: "legal", Route: new() { ["release"] = "2026.1" }),
            new("PublishRelease", "POST", "/api/releases/2026.1/publish", 409, Roles: "legal", Route: new() { ["release"] = "2026.1" }),
            new("PublishRelease", "POST", "/api/releases/nope/publish", 404, Roles: "legal", Route: new() { ["release"] = "nope" }),
            new("Start", "GET", "/", 200),
            new("Start", "GET", "/", 200, Roles: "procurement"),
            new("SignIn", "GET", "/signin", 404),
            new("SignInCallback", "POST", "/signin-oidc", 404, "id_token=x"u8.ToArray(), "application/x-www-form-urlencoded"),
            new("Assets", "GET", "/nhsuk/nhsuk-frontend.min.css", 200, Route: new() { ["path"] = "nhsuk-frontend.min.css" }),
            new("Assets", "GET", "/nhsuk/missing.css", 404, Route: new() { ["path"] = "missing.css" }),
            new("SiteAssets", "GET", "/site/contractdocs.js", 200, Route: new() { ["path"] = "contractdocs.js" }),
            new("LibraryHome", "GET", "/library", 401),
            new("LibraryHome", "GET", "/library", 403, Roles: "commissioner"),
            new("LibraryHome", "GET", "/library", 200, Roles: "legal"),
            new("LibraryRelease", "GET", "/library/releases/2026.2", 200, Roles: "legal", Route: new() { ["release"] = "2026.2" }),
            new("LibraryRelease", "GET", "/library/releases/nope", 404, Roles: "legal", Route: new() { ["release"] = "nope" }),
            new("LibraryClause", "GET", "/library/clauses/outcomes-framework", 200, Roles: "legal", Route: new() { ["id"] = "outcomes-framework" }),
            new("LibraryClauseCompare", "GET", "/library/clauses/outcomes-framework/compare?from=1.0.0&to=1.1.0", 200, Roles: "legal", Route: new() { ["id"] = "outcomes-framework" }),
            new("LibraryClauseVersion", "GET", "/library/clauses/outcomes-framework/1.1.0", 200, Roles: "legal", Route: new() { ["id"] = "outcomes-framework", ["version"] = "1.1.0" }),
            new("LibraryClauseVersion", "GET", "/library/clauses/outcomes-framework/9.9.9", 404, Roles: "legal", Route: new() { ["id"] = "outcomes-framework", ["version"] = "9.9.9" }),
            new("LibraryCompare", "GET", "/library/compare?from=2026.1&to=2026.2", 200, Roles: "legal"),
            new("LibraryRedline", "GET", "/library/compare/redline?from=2026.1&to=2026.2", 200, Roles: "legal"),
            new("LibraryRedline", "GET", "/library/compare/redline?from=2026.2&to=2026.2", 422, Roles: "legal"),
            new("LibraryRedline", "GET", "/library/compare/redline?from=2026.2&to=nope", 404, Roles: "legal"),
            new("ProcurementHome", "GET", "/procurement?q=reablement", 200, Roles: "procurement"),
            new("ProcurementHome", "GET", "/procurement", 403, Roles: "commissioner"),
            new("ProcurementContract", "GET", $"/procurement/{id}", 200, Roles: "procurement", Route: new() { ["id"] = id }),
            new("ProcurementUpload", "POST", $"/procurement/{id}", 400, "file=x"u8.ToArray(), "application/x-www-form-urlencoded", "procurement", Route: new() { ["id"] = id }),
            new("CommissionerContracts", "GET", "/contracts", 200, Roles: "commissioner"),
            new("CommissionerStart", "GET", "/contracts/new", 200, Roles: "commissioner"),
            new("CommissionerStep", "POST", "/contracts/new", 400, "action=choose&release=2026.1&model=alliance"u8.ToArray(), "application/x-www-form-urlencoded", "commissioner"),
            new("CommissionerStep", "POST", "/contracts/new", 403, "action=choose"u8.ToArray(), "application/x-www-form-urlencoded", "procurement"),
            new("CommissionerMovePreview", "GET", $"/contracts/{id}/move/nope", 404, Roles: "commissioner", Route: new() { ["id"] = id, ["release"] = "nope" }),
            new("CommissionerMovePreview", "GET", $"/contracts/{id}/move/2026.1", 200, Roles: "commissioner", Route: new() { ["id"] = id, ["release"] = "2026.1" }),
            new("CommissionerMoveRedline", "GET", $"/contracts/{id}/move/nope/redline", 404, Roles: "commissioner", Route: new() { ["id"] = id, ["release"] = "nope" }),
            new("CommissionerMove", "POST", $"/contracts/{id}/move/2026.3", 403, "idempotency=x"u8.ToArray(), "application/x-www-form-urlencoded", "procurement", Route: new() { ["id"] = id, ["release"] = "2026.3" }),
            new("CommissionerPlan", "POST", "/contracts/plan", 415, "{}"u8.ToArray(), json, "commissioner"),
            new("CommissionerPlan", "POST", "/contracts/plan", 400, "release=2026.1"u8.ToArray(), "application/x-www-form-urlencoded", "commissioner"),
        };

        Assert.Empty(HttpFunctions.Keys.Except(cases.Select(c => c.Function)));
        var differences = new List<string>();
        foreach (var c in cases)
        {
            var local = await Local(c);
            var worker = await Worker(c);
            if (local.Status != c.Status || (local.Status, local.Code, Media(local)) != (worker.Status, worker.Code, Media(worker)) || !SameSecurityHeaders(local, worker))
            {
                differences.Add($"{c.Function} {c.Method} {c.Path} as {c.Roles ?? "nobody"}: expected {c.Status}; local {local.Status} {local.Code} {Media(local)}; worker {worker.Status} {worker.Code} {Media(worker)} {worker.Body[..Math.Min(300, worker.Body.Length)]}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public async Task FormPosts_WithTheirPagesToken_AreAnsweredAlike()
    {
        foreach (var host in new Func<Case, Task<WorkerApp.Answer>>[] { Local, Worker })
        {
            var page = await host(new Case("CommissionerStart", "GET", "/contracts/new", 200, Roles: "commissioner"));
            var token = Token().Match(page.Body).Groups[1].Value;
            var cookie = page.Headers["Set-Cookie"].Split(';')[0];
            var headers = new Dictionary<string, string> { ["Cookie"] = cookie };
            var body = Encoding.UTF8.GetBytes($"action=choose&release=2026.1&model=alliance&__RequestVerificationToken={Uri.EscapeDataString(token)}");

            var step = await host(new Case("CommissionerStep", "POST", "/contracts/new", 200, body, "application/x-www-form-urlencoded", "commissioner", Headers: headers));
            var plan = await host(new Case("CommissionerPlan", "POST", "/contracts/plan", 200, body, "application/x-www-form-urlencoded", "commissioner", Headers: headers));

            Assert.Equal(200, step.Status);
            Assert.Contains("Choose what the contract covers", step.Body, StringComparison.Ordinal);
            Assert.Equal(200, plan.Status);
            Assert.Contains("id=\"plan\"", plan.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OpenApiDocument_OfTheFunctionsApp_DescribesTheSameOperationsAndSchemas()
    {
        static (List<string> Operations, List<string> Schemas) Describe(string json)
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return ([.. root.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name} {p.Name}")).Order(StringComparer.Ordinal)],
                [.. root.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).Order(StringComparer.Ordinal)]);
        }

        var local = Describe((await Local(new Case("OpenApi", "GET", "/api/openapi.json", 200))).Body);
        var worker = Describe((await Worker(new Case("OpenApi", "GET", "/api/openapi.json", 200))).Body);

        Assert.Equal(16, local.Operations.Count);
        Assert.Equal(local.Operations, worker.Operations);
        Assert.Equal(local.Schemas, worker.Schemas);
    }

    [Fact]
    public async Task APrincipalSetBeforeThePipeline_IsNotTrusted()
    {
        var context = _worker.Request("GET", "/api/contracts");
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "oid-x"), new Claim(ClaimTypes.Name, "x"), new Claim(ClaimTypes.Role, "legal")], "upstream"));

        var answer = await WorkerApp.RunAsync(_worker.Function<ApiFunctions>().ListContracts(context.Request), context);

        Assert.Equal(401, answer.Status);
        Assert.Equal("unauthenticated", answer.Code);
    }

    private static string? Media(WorkerApp.Answer answer) => answer.ContentType?.Split(';')[0];

    private static bool SameSecurityHeaders(WorkerApp.Answer local, WorkerApp.Answer worker) =>
        local.Headers.ContainsKey("Content-Security-Policy") && SecurityHeaderNames.All(h => local.Headers.GetValueOrDefault(h) == worker.Headers.GetValueOrDefault(h));

    private static async Task<(string Id, string DocumentId)> PrepareAsync(Func<Case, Task<WorkerApp.Answer>> host)
    {
        var created = await host(new Case("DraftContract", "POST", "/api/contracts", 201, Encoding.UTF8.GetBytes(AppFactory.Example("outcomes-based-reablement")), "application/json", "commissioner",
            Headers: new() { ["Idempotency-Key"] = "parity" }));
        Assert.Equal(201, created.Status);
        using var body = JsonDocument.Parse(created.Body);
        return (body.RootElement.GetProperty("contractId").GetString()!, body.RootElement.GetProperty("documentId").GetString()!);
    }

    private static Dictionary<string, string> Headers(Case c)
    {
        var headers = new Dictionary<string, string>(c.Headers ?? [], StringComparer.OrdinalIgnoreCase);
        if (c.Roles is not null)
        {
            headers["X-MS-CLIENT-PRINCIPAL"] = AppFactory.Principal("oid-" + (c.Account ?? Owner), c.Account ?? Owner, c.Roles.Split(','));
        }

        return headers;
    }

    private async Task<WorkerApp.Answer> Local(Case c)
    {
        using var request = new HttpRequestMessage(new HttpMethod(c.Method), new Uri(c.Path, UriKind.Relative));
        if (c.Body is not null)
        {
            request.Content = new ByteArrayContent(c.Body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(c.ContentType!);
        }

        foreach (var (name, value) in Headers(c))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var client = _local.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var response = await client.SendAsync(request);
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            headers["Set-Cookie"] = cookies.First();
        }

        return new WorkerApp.Answer((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync(), headers);
    }

    private async Task<WorkerApp.Answer> Worker(Case c)
    {
        var context = _worker.Request(c.Method, c.Path, c.Body, c.ContentType, Headers(c));
        var method = HttpFunctions[c.Function];
        var function = ActivatorUtilities.CreateInstance(_worker.Services, method.DeclaringType!);
        var arguments = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>() is not null ? context.Request : (object?)c.Route?.GetValueOrDefault(p.Name!)).ToArray();
        return await WorkerApp.RunAsync((IActionResult)method.Invoke(function, arguments)!, context);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>One request: the function that serves it, what is sent, as whom (roles; null: no one), and the status
    /// it must get on both hosts.</summary>
    private sealed record Case(string Function, string Method, string Path, int Status, byte[]? Body = null, string? ContentType = null, string? Roles = null,
        Dictionary<string, string>? Route = null, Dictionary<string, string>? Headers = null, string? Account = null);
}
