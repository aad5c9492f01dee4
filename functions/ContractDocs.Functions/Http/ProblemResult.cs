using System.Collections.Immutable;
using System.Text.Json;

namespace ContractDocs.Functions.Http;

/// <summary>Writes an <c>application/problem+json</c> body.</summary>
public sealed class ProblemResult : IResult
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

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

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = "application/problem+json";
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            httpContext.Response.Headers[name] = value;
        }

        await JsonSerializer.SerializeAsync(httpContext.Response.Body, new
        {
            type = $"https://contractdocs.example/problems/{Code}",
            title = Title,
            status = Status,
            detail = Detail,
            instance = httpContext.Request.Path.Value,
            code = Code,
            field = Field,
            errors = Errors,
            contractId = ContractId,
        }, Json);
    }
}
