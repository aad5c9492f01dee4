using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ContractDocs.Tests.Support;

namespace ContractDocs.Package.Tests;

/// <summary>The app started from the unpacked package, as the Functions host starts a custom handler, answering on
/// loopback: the start page, a preview, a generated contract, and every route the package's function.json files name.</summary>
[Collection(SharedPackage.Name)]
public sealed class PackagedAppTests : IAsyncLifetime
{
    private readonly PackageFixture _package;
    private PackagedApp? _app;

    public PackagedAppTests(PackageFixture package) => _package = package;

    private PackagedApp App => _app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync() => _app = await PackagedApp.StartAsync(_package.Folder, PackageFixture.ExecutableName);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Root_Answers200_BuildingFromTheClauseLibraryInThePackage()
    {
        using var response = await App.Client.GetAsync(new Uri("/", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ContractDocs is running", text, StringComparison.Ordinal);
        Assert.Contains($"library {Path.Combine(_package.Folder, "clause-library")}", text, StringComparison.Ordinal);
        Assert.Contains("ContractDocs listening on http://127.0.0.1:", App.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_WithTheDevelopmentIdentity_Answers200WithThePlan()
    {
        using var response = await App.Client.PostAsync(new Uri("/api/preview", UriKind.Relative), Example("frailty-alliance"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.True(root.GetProperty("buildable").GetBoolean(), body);
        Assert.Empty(root.GetProperty("problems").EnumerateArray());
        var plan = root.GetProperty("plan");
        Assert.Equal("2026.1", plan.GetProperty("release").GetString());
        Assert.Equal("alliance", plan.GetProperty("model").GetString());
        var clauses = plan.GetProperty("clauses").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.True(clauses.Count >= 20, $"{clauses.Count} clauses");
        Assert.Contains("definitions", clauses);
    }

    [Fact]
    public async Task Generate_FromThePackagedTemplates_StoresAWordDocument()
    {
        using var created = await App.Client.PostAsync(new Uri("/api/contracts", UriKind.Relative), Example("frailty-alliance"));
        var body = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var json = JsonDocument.Parse(body);
        var link = json.RootElement.GetProperty("readLink").GetString()!;

        var document = await App.Client.GetByteArrayAsync(new Uri(link, UriKind.RelativeOrAbsolute));

        Assert.StartsWith("c-", json.RootElement.GetProperty("contractId").GetString(), StringComparison.Ordinal);
        Assert.True(document.Length > 10_000, $"{document.Length} bytes");
        Assert.Equal("PK"u8.ToArray(), document[..2]);
    }

    [Fact]
    public async Task EveryPackagedFunction_NamesARouteTheAppServes()
    {
        using var openApi = JsonDocument.Parse(await App.Client.GetStringAsync(new Uri("/api/openapi.json", UriKind.Relative)));
        var described = openApi.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .ToHashSet(StringComparer.Ordinal);
        var functions = PackageFixture.SourceFunctionFolders.Select(name => FunctionDeclaration.Read(Path.Combine(_package.Folder, name))).ToList();

        Assert.NotEmpty(described);
        foreach (var function in functions)
        {
            var served = function switch
            {
                { TriggerType: "blobTrigger" } => await AnswersInvocationAsync(function.Name),
                { Route: "api/openapi.json" } => true,
                { Route: { } route } when route.StartsWith("api/", StringComparison.Ordinal) => function.Methods.All(m => described.Contains($"{m} /{route}")),
                { Route: { } route } when route.EndsWith("/{*path}", StringComparison.Ordinal) => await AnswersPagesAsync(route[..^"/{*path}".Length]),
                _ => false,
            };
            Assert.True(served, $"{function.Name}: {function.TriggerType} {string.Join(',', function.Methods)} {function.Route} is not served by the packaged app");
        }
    }

    /// <summary>The host's invocation of a blob-trigger function (POST /{name}); one that names no incoming blob is
    /// answered, and ignored.</summary>
    private async Task<bool> AnswersInvocationAsync(string name)
    {
        using var response = await App.Client.PostAsync(new Uri("/" + name, UriKind.Relative), Json("""{"Data":{},"Metadata":{}}"""));
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK && body.Contains("\"ReturnValue\":\"ignored\"", StringComparison.Ordinal);
    }

    /// <summary>A catch-all route: over a wwwroot folder it serves that folder's files, otherwise it is a set of pages
    /// whose first one answers at the prefix.</summary>
    private async Task<bool> AnswersPagesAsync(string prefix)
    {
        var assets = Path.Combine(_package.Folder, "wwwroot", prefix);
        var path = Directory.Exists(assets)
            ? $"/{prefix}/{Directory.EnumerateFiles(assets).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()}"
            : $"/{prefix}/";
        using var response = await App.Client.GetAsync(new Uri(path, UriKind.Relative));
        var type = response.Content.Headers.ContentType?.MediaType;
        return response.StatusCode == HttpStatusCode.OK && (Directory.Exists(assets) || type == "text/html");
    }

    private static StringContent Example(string name) =>
        Json(File.ReadAllText(Path.Combine(RepoPaths.Examples, name + ".json")));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
