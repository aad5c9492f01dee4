using System.Text.Json;
using ContractDocs.Functions.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>GET /api/openapi.json: the API's paths, with schemas for what each main answer holds.</summary>
public sealed class OpenApiTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public OpenApiTests(AppFactory app) => _app = app;

    [Fact]
    public async Task OpenApiDocument_IsServed_AndDescribesTheApiButNoPage()
    {
        using var document = await DocumentAsync();

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/contracts", paths);
        Assert.Contains("/api/preview", paths);
        Assert.Contains("/api/contracts/{id}/executed", paths);
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/contracts", "post", "201", "DraftedContract")]
    [InlineData("/api/contracts", "get", "200", "ContractList")]
    [InlineData("/api/contracts/{id}", "get", "200", "ContractRecord")]
    [InlineData("/api/preview", "post", "200", "PreviewAnswer")]
    [InlineData("/api/contracts/{id}/executed", "post", "201", "FiledDocument")]
    [InlineData("/api/releases/{release}/model", "get", "200", "ReleaseModel")]
    [InlineData("/api/releases/{release}/publish", "post", "201", "PublishedRelease")]
    [InlineData("/api/preview", "post", "422", "ProblemBody")]
    [InlineData("/api/contracts", "post", "503", "ProblemBody")]
    public async Task MainAnswers_CarryTheirSchemas(string path, string method, string status, string schema)
    {
        using var document = await DocumentAsync();
        var root = document.RootElement;

        var content = root.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty(status).GetProperty("content");
        var reference = content.EnumerateObject().First().Value.GetProperty("schema").GetProperty("$ref").GetString();
        Assert.Equal($"#/components/schemas/{schema}", reference);
        var properties = root.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        Assert.NotEmpty(properties);
        if (schema == "ProblemBody")
        {
            Assert.Equal(["type", "title", "status", "detail", "instance", "code", "field", "errors", "contractId"], properties);
        }
    }

    private async Task<JsonDocument> DocumentAsync() =>
        JsonDocument.Parse(await _app.CreateClient().GetStringAsync(new Uri("/api/openapi.json", UriKind.Relative)));
}
