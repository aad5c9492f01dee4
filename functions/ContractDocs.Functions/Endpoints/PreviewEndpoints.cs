using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Endpoints.Answers;
using ContractDocs.Functions.Hosting;
using ContractDocs.Functions.Http;
using ContractDocs.Selection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace ContractDocs.Functions.Endpoints;

/// <summary>POST /api/preview: a selection in, the plan out with every problem explained; what the form calls on
/// every change. Malformed bodies are problem details; a selection that cannot be built yet is a 200 whose
/// <c>problems</c> say why (the form shows them), with the plan so far.</summary>
public static class PreviewEndpoints
{
    public static IEndpointRouteBuilder MapPreview(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/preview", Preview).RequireAuthorization(Roles.Drafting).WithTags("Preview").AsFunction(nameof(Preview), AuthorizationLevel.Function);
        return routes;
    }

    /// <summary>Reads the selection once and resolves it once.</summary>
    public static async Task<Results<Ok<PreviewAnswer>, ProblemResult>> Preview(HttpRequest request, Resolver resolver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        var body = await Bodies.ReadAsync(request, SelectionReader.MaxBytes, cancellationToken);
        if (body is null)
        {
            return Bodies.TooLarge(SelectionReader.MaxBytes);
        }

        var read = SelectionReader.Read(body);
        if (read.Selection is null)
        {
            return ApiProblems.From(read.Problems);
        }

        var resolved = resolver.Resolve(read.Selection);
        return TypedResults.Ok(new PreviewAnswer(resolved.Succeeded, resolved.Plan is null ? null : PlanSummary.From(resolved.Plan),
            [.. resolved.Problems.Select(p => new ProblemEntry(p.Code, p.Message, p.Path, p.Ids))]));
    }
}
