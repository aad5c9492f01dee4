using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ContractDocs.Tests.Support;

namespace ContractDocs.Package.Tests;

/// <summary>The packaged app started through the local host, answering on loopback: the start page, a preview, a
/// generated contract, and every HTTP function the package's functions.metadata lists, each at its own route and
/// method, answered by its handler.</summary>
[Collection(SharedPackage.Name)]
public sealed class PackagedAppTests : IAsyncLifetime
{
    private readonly PackageFixture _package;
    private PackagedApp? _app;

    public PackagedAppTests(PackageFixture package) => _package = package;

    private PackagedApp App => _app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync() => _app = await PackagedApp.StartAsync(_package.Folder);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task StartPage_Answers200_AndTheAppBuildsFromTheClauseLibraryInThePackage()
    {
        using var response = await App.Client.GetAsync(new Uri("/", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>ContractDocs</h1>", text, StringComparison.Ordinal);
        var output = await App.OutputWithAsync("ContractDocs listening on");
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("ContractDocs listening on http://127.0.0.1:", StringComparison.Ordinal));
        Assert.True(line is not null, output);
        // The library in the package's copy that the local host runs from (contractdocs-package-run-…/clause-library).
        Assert.Matches(@"; library /.*contractdocs-package-run-[^/]*/clause-library\s*$", line);
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
    public async Task EveryPackagedHttpFunction_IsAnsweredByItsHandler_AtItsRouteAndMethod()
    {
        using var created = await App.Client.PostAsync(new Uri("/api/contracts", UriKind.Relative), Example("frailty-alliance"));
        using var contract = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var values = new Dictionary<string, string>
        {
            ["{id}"] = contract.RootElement.GetProperty("contractId").GetString()!,
            ["{documentId}"] = contract.RootElement.GetProperty("documentId").GetString()!,
            ["{release}"] = "2026.2",
            ["{version}"] = "1.1.0",
            ["{ignored:maxlength(0)?}"] = string.Empty,
        };
        var functions = _package.Functions.Where(f => f.TriggerType == "httpTrigger").ToList();

        Assert.True(functions.Count >= 30);
        var unanswered = new List<string>();
        foreach (var function in functions)
        {
            foreach (var method in function.Methods)
            {
                var path = "/" + Fill(function.Route!, values) + (function.Route!.EndsWith("/compare", StringComparison.Ordinal)
                    ? function.Route.StartsWith("library/clauses/", StringComparison.Ordinal) ? "?from=1.0.0&to=1.1.0" : "?from=2026.1&to=2026.2"
                    : string.Empty);
                using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
                if (method == "POST")
                {
                    request.Content = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
                }

                using var response = await App.Client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                // The app's own "no such route" (404 not-found) or "not that method" (405) means no handler answered.
                var routed = response.StatusCode != HttpStatusCode.MethodNotAllowed && !(response.StatusCode == HttpStatusCode.NotFound && body.Contains("\"code\":\"not-found\"", StringComparison.Ordinal));
                if (!routed || (int)response.StatusCode >= 500)
                {
                    unanswered.Add($"{function.Name}: {method} {path} answered {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
                }
            }
        }

        Assert.True(unanswered.Count == 0, string.Join("\n", unanswered));
    }

    /// <summary>A route with its parameters given: a catch-all as the first file of that folder of the package's wwwroot,
    /// a library page's id as a clause id ("outcomes-framework"), the others from <paramref name="values"/>.</summary>
    private string Fill(string route, Dictionary<string, string> values)
    {
        var segments = route.Split('/').Select(segment => segment switch
        {
            "{*path}" => Path.GetFileName(Directory.EnumerateFiles(Path.Combine(_package.Folder, "wwwroot", route.Split('/')[0])).Order(StringComparer.Ordinal).First()),
            "{id}" when route.StartsWith("library/", StringComparison.Ordinal) => "outcomes-framework",
            _ when values.TryGetValue(segment, out var value) => value,
            _ when segment.StartsWith('{') => throw new InvalidOperationException($"No value for {segment} in {route}."),
            _ => segment,
        });
        return string.Join('/', segments);
    }

    private static StringContent Example(string name) =>
        Json(File.ReadAllText(Path.Combine(RepoPaths.Examples, name + ".json")));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
