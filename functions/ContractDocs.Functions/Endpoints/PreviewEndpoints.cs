using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Http;
using ContractDocs.Selection;

namespace ContractDocs.Functions.Endpoints;

/// <summary>POST /api/preview: a selection in, the plan out with every problem explained; what the form calls on
/// every change. Malformed bodies are problem details; a selection that cannot be built yet is a 200 whose
/// <c>problems</c> say why (the form shows them), with the plan so far.</summary>
public static class PreviewEndpoints
{
    public static IEndpointRouteBuilder MapPreview(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/preview", async (HttpRequest request, Engine engine, CancellationToken cancellationToken) =>
        {
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

            var resolved = engine.Resolver.Resolve(read.Selection);
            return Results.Ok(new
            {
                Buildable = resolved.Succeeded,
                Plan = resolved.Plan is null ? null : PlanSummary.From(resolved.Plan),
                Problems = resolved.Problems.Select(p => new ProblemEntry(p.Code, p.Message, p.Path, p.Ids)),
            });
        }).RequireAuthorization(Roles.Drafting).WithTags("Preview");
        return routes;
    }
}
