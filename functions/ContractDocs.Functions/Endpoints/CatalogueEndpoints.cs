using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Endpoints.Answers;
using ContractDocs.Functions.Hosting;
using ContractDocs.Functions.Http;
using ContractDocs.Library;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace ContractDocs.Functions.Endpoints;

/// <summary>The releases, a release's contracting model and its clauses: what the form is built from.</summary>
public static class CatalogueEndpoints
{
    public static IEndpointRouteBuilder MapCatalogue(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/releases").RequireAuthorization(Roles.Drafting).WithTags("Catalogue");
        group.MapGet("/", Releases).AsFunction(nameof(Releases), AuthorizationLevel.Function);
        group.MapGet("/{release}/model", ReleaseModel).AsFunction(nameof(ReleaseModel), AuthorizationLevel.Function);
        group.MapGet("/{release}/clauses", ReleaseClauses).AsFunction(nameof(ReleaseClauses), AuthorizationLevel.Function);
        return routes;
    }

    /// <summary>GET /api/releases: every release, newest first.</summary>
    public static Ok<ReleaseSummary[]> Releases(ClauseLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        return TypedResults.Ok(library.Releases.Reverse().Select(r => new ReleaseSummary(r.Id, r.Published, r.Notes, r.Pins.Count, r.Retired)).ToArray());
    }

    /// <summary>GET /api/releases/{release}/model.</summary>
    public static Results<Ok<ReleaseModel>, ProblemResult> ReleaseModel(string release, ClauseLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        if (library.FindRelease(release) is null)
        {
            return NotFound(release);
        }

        var model = library.Model;
        return TypedResults.Ok(new ReleaseModel(
            release,
            [.. model.Models.Select(m => new ModelSummary(m.Id, m.Title, m.Summary))],
            [.. model.Elements.Select(e => new ElementSummary(e.Id, e.Title, e.Summary, [.. e.Criteria.Select(c => new CriterionSummary(c.Id, c.Title, c.Help, c.Models, c.Defaults,
                [.. c.Specifications.Select(s => new SpecificationSummary(s.Id, s.Title, s.Help, s.Models))]))]))]));
    }

    /// <summary>GET /api/releases/{release}/clauses: the clause versions the release pins.</summary>
    public static Results<Ok<ClauseSummary[]>, ProblemResult> ReleaseClauses(string release, ClauseLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        return library.FindRelease(release) is not { } found ? NotFound(release) : TypedResults.Ok(library.Pinned(found).Select(c => new ClauseSummary(
            c.Id, c.Version.ToString(), c.Title, c.Status.ToString().ToLowerInvariant(), c.Implements, c.Models, c.Core, c.Sha256,
            [.. c.Variables.Select(v => new VariableSummary(v.Name, VariableTypes.Name(v.Type), v.Required, v.Description))])).ToArray());
    }

    private static ProblemResult NotFound(string release) =>
        ApiProblems.Problem(404, "unknown-release", ApiProblems.Title(404), $"There is no library release '{release}'.", "release");
}
