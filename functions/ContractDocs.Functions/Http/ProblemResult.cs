using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace ContractDocs.Functions.Http;

/// <summary>Writes an <c>application/problem+json</c> body (<see cref="ProblemBody"/>). As an endpoint's declared
/// result it describes the problem answers in the OpenAPI document.</summary>
public sealed class ProblemResult : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly int[] Described = [400, 401, 403, 404, 422, 503];

    public ProblemResult(int status, string code, string title, string detail, string? field, ImmutableArray<ProblemEntry> errors, IDictionary<string, string>? headers, string? contractId = null)
    {
        ContractId = contractId;
        Status = status;
        Code = code;
        Title = title;
        Detail = detail;
        Field = field;
        Errors = errors;
        Headers = headers;
    }

    public int Status { get; }

    public string Code { get; }

    public string Title { get; }

    public string Detail { get; }

    public string? Field { get; }

    public ImmutableArray<ProblemEntry> Errors { get; }

    public IDictionary<string, string>? Headers { get; }

    /// <summary>The contract the problem concerns, when there is one the caller needs (written as <c>contractId</c>).</summary>
    public string? ContractId { get; }

    int? IStatusCodeHttpResult.StatusCode => Status;

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var status in Described)
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemBody), ["application/problem+json"]));
        }
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = "application/problem+json";
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            httpContext.Response.Headers[name] = value;
        }

        await JsonSerializer.SerializeAsync(httpContext.Response.Body,
            new ProblemBody($"https://contractdocs.example/problems/{Code}", Title, Status, Detail, httpContext.Request.Path.Value, Code, Field, Errors, ContractId), Json);
    }
}
