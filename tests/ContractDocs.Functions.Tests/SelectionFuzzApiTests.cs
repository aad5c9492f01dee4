using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ContractDocs.Functions.Tests.Support;
using ContractDocs.Tests.Selection.Fuzzing;
using Xunit.Abstractions;

namespace ContractDocs.Functions.Tests;

/// <summary>
/// The API under mutations of the four examples (<see cref="SelectionFuzzCases"/>): each body goes to
/// <c>POST /api/preview</c> and to <c>POST /api/contracts</c>. Nothing is a 5xx; every 4xx is problem details with a
/// known code and JSON paths; and the two agree: preview says the selection can be built exactly when generate
/// answers 201, and when preview refuses, generate refuses with the same status (for a malformed body) and the same
/// problem codes in the same order. The run is fixed by its seed and prints it on failure.
/// </summary>
public sealed class SelectionFuzzApiTests : IClassFixture<AppFactory>
{
    private const string DefaultSeed = "0000001dim1b";
    private const string Built = "built";

    private static readonly Uri Preview = new("/api/preview", UriKind.Relative);
    private static readonly Uri Contracts = new("/api/contracts", UriKind.Relative);

    private readonly AppFactory _app;
    private readonly ITestOutputHelper _output;

    public SelectionFuzzApiTests(AppFactory app, ITestOutputHelper output)
    {
        _app = app;
        _output = output;
    }

    [Fact]
    public async Task Fuzz_MutatedExamples_PreviewAndGenerateAgree_AndNothingIsAServerError()
    {
        using var client = _app.As("fuzz", "commissioner");

        var report = await FuzzRunner.RunAsync(
            SelectionFuzzCases.Cases, c => CheckAsync(client, c), FuzzRunner.Seed(DefaultSeed), FuzzRunner.Count(1_200),
            Environment.ProcessorCount, TimeSpan.FromSeconds(15));

        _output.WriteLine(report.ToString());
        // Every path through the API is taken often: malformed bodies, unbuildable selections and built contracts.
        Assert.True(report.Of("preview 400") >= report.Count / 20, report.ToString());
        Assert.True(report.Of("preview 200, cannot be built") >= report.Count / 10, report.ToString());
        Assert.True(report.Of(Built) >= report.Count / 20, report.ToString());
    }

    private static async Task<string> CheckAsync(HttpClient client, SelectionCase fuzzCase)
    {
        var preview = await PostAsync(client, Preview, fuzzCase.Body);
        var generate = await PostAsync(client, Contracts, fuzzCase.Body);

        if (preview.Status == HttpStatusCode.OK)
        {
            var buildable = preview.Body.GetProperty("buildable").GetBoolean();
            var codes = Codes(preview.Body.GetProperty("problems"));
            Assert.Equal(buildable, codes.Count == 0);
            if (buildable)
            {
                Assert.True(generate.Status == HttpStatusCode.Created, $"Preview said it can be built; generate answered {generate}");
                Assert.StartsWith("c-", generate.Body.GetProperty("contractId").GetString(), StringComparison.Ordinal);
                return Built;
            }

            Assert.True(generate.Status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"Preview refused with {string.Join(", ", codes)}; generate answered {generate}");
            Assert.Equal(codes, Codes(generate.Body.GetProperty("errors")));
            return "preview 200, cannot be built";
        }

        Assert.True(preview.Status is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnprocessableEntity, $"Preview answered {preview}");
        Assert.Equal(preview.Status, generate.Status);
        Assert.Equal(preview.Body.GetProperty("code").GetString(), generate.Body.GetProperty("code").GetString());
        Assert.Equal(Codes(preview.Body.GetProperty("errors")), Codes(generate.Body.GetProperty("errors")));
        return $"preview {(int)preview.Status}";
    }

    /// <summary>Posts the bytes as JSON and reads the answer, checking its shape: no 5xx, and a 4xx is problem details
    /// with a code and errors that each have a known code and a JSON path.</summary>
    private static async Task<Answer> PostAsync(HttpClient client, Uri uri, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(uri, content);
        var text = await response.Content.ReadAsStringAsync();
        var answer = new Answer(uri, response.StatusCode, text);
        Assert.True((int)response.StatusCode < 500, $"{answer}");
        using var document = JsonDocument.Parse(text);
        answer = answer with { Body = document.RootElement.Clone() };
        if ((int)response.StatusCode >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.False(string.IsNullOrWhiteSpace(answer.Body.GetProperty("code").GetString()), $"{answer}");
            Assert.False(string.IsNullOrWhiteSpace(answer.Body.GetProperty("detail").GetString()), $"{answer}");
            Assert.NotEmpty(Codes(answer.Body.GetProperty("errors")));
        }

        return answer;
    }

    /// <summary>The codes of a problem list, in order, each checked to be a known code with a JSON path.</summary>
    private static List<string> Codes(JsonElement problems)
    {
        var codes = new List<string>();
        foreach (var problem in problems.EnumerateArray())
        {
            var code = problem.GetProperty("code").GetString()!;
            Assert.Contains(code, ProblemShape.KnownCodes);
            Assert.StartsWith("$", problem.GetProperty("path").GetString(), StringComparison.Ordinal);
            codes.Add(code);
        }

        return codes;
    }

    private sealed record Answer(Uri Uri, HttpStatusCode Status, string Text)
    {
        public JsonElement Body { get; init; }

        public override string ToString() => $"{(int)Status} from {Uri}: {(Text.Length <= 600 ? Text : Text[..600] + "…")}";
    }
}
