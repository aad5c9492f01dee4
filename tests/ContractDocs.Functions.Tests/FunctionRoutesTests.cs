using System.Text.Json;
using ContractDocs.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ContractDocs.Functions.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>The Functions host forwards only what a function.json declares: every declared route must be served by
/// the app, and every API route the app serves must be declared.</summary>
public sealed class FunctionRoutesTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public FunctionRoutesTests(AppFactory app) => _app = app;

    [Fact]
    public void FunctionJsonRoutes_AndAppRoutes_AreTheSameSet()
    {
        var folder = Path.Combine(RepoPaths.Root, "functions", "ContractDocs.Functions");
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "function.json", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var trigger = json.RootElement.GetProperty("bindings").EnumerateArray().First(b => b.GetProperty("direction").GetString() == "in");
            if (trigger.GetProperty("type").GetString() != "httpTrigger")
            {
                continue;
            }

            var route = trigger.GetProperty("route").GetString()!;
            if (!route.StartsWith("api/", StringComparison.Ordinal))
            {
                // Pages and their assets: anonymous at the Functions layer (the pages themselves require a role
                // through App Service Authentication) and served by catch-all routes.
                Assert.True(route is "library/{*path}" or "nhsuk/{*path}" or "site/{*path}" or "procurement/{*path}" or "contracts/{*path}", route);
                continue;
            }

            Assert.Equal("function", trigger.GetProperty("authLevel").GetString());
            foreach (var method in trigger.GetProperty("methods").EnumerateArray())
            {
                declared.Add($"{method.GetString()!.ToUpperInvariant()} /{route}");
            }
        }

        _ = _app.CreateClient();
        var served = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/').TrimEnd('/')}"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(served.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OpenApiDocument_IsServed_AndDescribesTheApi()
    {
        using var document = JsonDocument.Parse(await _app.CreateClient().GetStringAsync(new Uri("/api/openapi.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/contracts", paths);
        Assert.Contains("/api/preview", paths);
        Assert.Contains("/api/contracts/{id}/executed", paths);
        Assert.DoesNotContain("/IncomingDocument", paths);
    }
}
