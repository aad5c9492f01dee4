using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractDocs.Functions.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>Each selection that used to answer 500 through the API, as a readable case: now a 400 or 422 problem
/// naming the field by JSON path, with preview and generate saying the same, and nothing stored.</summary>
public sealed class HostileSelectionApiTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public HostileSelectionApiTests(AppFactory app) => _app = app;

    [Fact]
    public async Task Generate_DuplicateKeyInParty_Is400DuplicateKeyAtItsPath_AsPreviewSays()
    {
        var json = AppFactory.Example("frailty-alliance");
        var first = json.IndexOf("\"name\": \"NHS Northshire Integrated Care Board\",", StringComparison.Ordinal);
        var body = Encoding.UTF8.GetBytes(json.Insert(first, "\"name\": \"Someone else\", "));

        var (preview, generate) = await PostBothAsync("dup-party", body);

        foreach (var answer in new[] { preview, generate })
        {
            Assert.Equal((400, "duplicate-key", "$.variables.parties[0].name"), answer);
        }

        using var listed = System.Text.Json.JsonDocument.Parse(await _app.As("dup-party", "commissioner").GetStringAsync(new Uri("/api/contracts", UriKind.Relative)));
        Assert.Empty(listed.RootElement.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("outcomes", 0, "weight", "\"15\"")]
    [InlineData("outcomes", 1, "weight", "null")]
    [InlineData("outcomes", 2, "weight", "true")]
    [InlineData("outcomes", 3, "weight", "{\"value\":15}")]
    [InlineData("paymentAtRisk", 1, "year", "\"2\"")]
    [InlineData("paymentAtRisk", 2, "percentage", "null")]
    [InlineData("contributions", 0, "amount", "[26500000]")]
    public async Task Generate_RecordFieldOfTheWrongType_Is422AtThatField_AsPreviewSays(string variable, int index, string field, string value)
    {
        var selection = JsonNode.Parse(AppFactory.Example("lead-provider-ltc"))!;
        selection["variables"]![variable]![index]![field] = JsonNode.Parse(value);

        var (preview, generate) = await PostBothAsync("wrong-type", Encoding.UTF8.GetBytes(selection.ToJsonString()));

        var path = $"$.variables.{variable}[{index}].{field}";
        Assert.Equal((200, "invalid-variable", path), preview);
        Assert.Equal((422, "invalid-variable", path), generate);
    }

    [Fact]
    public async Task Generate_OutcomeWeightsWhoseSumOverflowsDecimal_Is422AtTheFirstWeight_AsPreviewSays()
    {
        var selection = JsonNode.Parse(AppFactory.Example("capitated-place"))!;
        foreach (var outcome in selection["variables"]!["outcomes"]!.AsArray())
        {
            outcome!["weight"] = JsonNode.Parse("79228162514264337593543950335");
        }

        var (preview, generate) = await PostBothAsync("overflow", Encoding.UTF8.GetBytes(selection.ToJsonString()));

        Assert.Equal((200, "invalid-variable", "$.variables.outcomes[0].weight"), preview);
        Assert.Equal((422, "invalid-variable", "$.variables.outcomes[0].weight"), generate);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'\\', (byte)'u', (byte)'D', (byte)'8', (byte)'0', (byte)'0' }, "$.variables['bad\\uD800']")]
    [InlineData(new byte[] { 0xFF }, "$.variables['bad\uFFFD']")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "$.variables['bad\uFFFD\uFFFD\uFFFD']")]
    public async Task Generate_UnreadableKey_Is400IllegalCharacterAtThatKey_AsPreviewSays(byte[] tail, string path)
    {
        var json = AppFactory.Example("outcomes-based-reablement");
        var at = Encoding.UTF8.GetByteCount(json[..(json.IndexOf("\"variables\": {", StringComparison.Ordinal) + "\"variables\": {".Length)]);
        var bytes = Encoding.UTF8.GetBytes(json);
        byte[] body = [.. bytes[..at], .. "\"bad"u8, .. tail, .. "\": 1,"u8, .. bytes[at..]];

        var (preview, generate) = await PostBothAsync("bad-key", body);

        Assert.Equal((400, "illegal-character", path), preview);
        Assert.Equal((400, "illegal-character", path), generate);
    }

    [Fact]
    public async Task Generate_InvalidUtf8BetweenTokens_Is400InvalidJson_AsPreviewSays()
    {
        byte[] body = [.. "{\"release\":\"2026.1\","u8, 0xC3, .. "\"model\":\"alliance\"}"u8];

        var (preview, generate) = await PostBothAsync("bad-bytes", body);

        Assert.Equal((400, "invalid-json", "$"), preview);
        Assert.Equal((400, "invalid-json", "$"), generate);
    }

    [Fact]
    public async Task Generate_BlankOptionalDate_Is201_AsPreviewSays()
    {
        var selection = JsonNode.Parse(AppFactory.Example("frailty-alliance"))!;
        selection["variables"]!["longstopDate"] = "   ";

        var (preview, generate) = await PostBothAsync("blank", Encoding.UTF8.GetBytes(selection.ToJsonString()));

        Assert.Equal((200, null, null), preview);
        Assert.Equal((201, null, null), generate);
    }

    /// <summary>The body to preview and to generate, each answer as (status, first problem's code, its path); for a
    /// problem details answer the path is its <c>field</c>, for a preview the first entry of <c>problems</c>.</summary>
    private async Task<((int, string?, string?) Preview, (int, string?, string?) Generate)> PostBothAsync(string user, byte[] body)
    {
        var client = _app.As(user, "commissioner");
        return (await PostAsync(client, "/api/preview", body), await PostAsync(client, "/api/contracts", body));
    }

    private static async Task<(int, string?, string?)> PostAsync(HttpClient client, string uri, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(new Uri(uri, UriKind.Relative), content);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = answer.RootElement;
        if ((int)response.StatusCode >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return ((int)response.StatusCode, root.GetProperty("code").GetString(), root.GetProperty("field").GetString());
        }

        if (root.TryGetProperty("problems", out var problems) && problems.GetArrayLength() > 0)
        {
            Assert.False(root.GetProperty("buildable").GetBoolean());
            return ((int)response.StatusCode, problems[0].GetProperty("code").GetString(), problems[0].GetProperty("path").GetString());
        }

        return ((int)response.StatusCode, null, null);
    }
}
