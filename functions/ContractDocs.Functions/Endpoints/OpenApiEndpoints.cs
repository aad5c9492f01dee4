using ContractDocs.Functions.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Azure.Functions.Worker;
using Microsoft.OpenApi;

namespace ContractDocs.Functions.Endpoints;

/// <summary>GET /api/openapi.json: the OpenAPI 3.1 document of the API, built from the endpoints' declared results.
/// Public by design: it holds no data.</summary>
public static class OpenApiEndpoints
{
    public const string DocumentName = "v1";

    public static IEndpointRouteBuilder MapOpenApiDocument(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/openapi.json", OpenApi).AllowAnonymous().ExcludeFromDescription().AsFunction(nameof(OpenApi), AuthorizationLevel.Function);
        return routes;
    }

    public static async Task<IResult> OpenApi([FromKeyedServices(DocumentName)] IOpenApiDocumentProvider documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        using var json = new MemoryStream();
        await document.SerializeAsJsonAsync(json, OpenApiSpecVersion.OpenApi3_1, cancellationToken);
        return TypedResults.Bytes(json.ToArray(), "application/json; charset=utf-8");
    }
}
