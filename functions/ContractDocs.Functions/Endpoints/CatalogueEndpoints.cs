using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Http;
using ContractDocs.Library;

namespace ContractDocs.Functions.Endpoints;

/// <summary>The releases, a release's contracting model and its clauses: what the form is built from.</summary>
public static class CatalogueEndpoints
{
    public static IEndpointRouteBuilder MapCatalogue(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/releases").RequireAuthorization(Roles.Drafting).WithTags("Catalogue");
        group.MapGet("/", (Engine engine) => Results.Ok(engine.Library.Releases.Reverse().Select(r => new
        {
            r.Id,
            r.Published,
            r.Notes,
            Clauses = r.Pins.Count,
            Retired = r.Retired,
        })));
        group.MapGet("/{release}/model", (string release, Engine engine) =>
            engine.Library.FindRelease(release) is null ? NotFound(release) : Results.Ok(new
            {
                Release = release,
                Models = engine.Library.Model.Models.Select(m => new { m.Id, m.Title, m.Summary }),
                Elements = engine.Library.Model.Elements.Select(e => new
                {
                    e.Id,
                    e.Title,
                    e.Summary,
                    Criteria = e.Criteria.Select(c => new
                    {
                        c.Id,
                        c.Title,
                        c.Help,
                        c.Models,
                        c.Defaults,
                        Specifications = c.Specifications.Select(s => new { s.Id, s.Title, s.Help, s.Models }),
                    }),
                }),
            }));
        group.MapGet("/{release}/clauses", (string release, Engine engine) =>
            engine.Library.FindRelease(release) is not { } found ? NotFound(release) : Results.Ok(engine.Library.Pinned(found).Select(c => new
            {
                c.Id,
                Version = c.Version.ToString(),
                c.Title,
                Status = c.Status.ToString().ToLowerInvariant(),
                c.Implements,
                c.Models,
                c.Core,
                c.Sha256,
                Variables = c.Variables.Select(v => new { v.Name, Type = VariableTypes.Name(v.Type), v.Required, v.Description }),
            })));
        return routes;
    }

    private static IResult NotFound(string release) =>
        ApiProblems.Problem(404, "unknown-release", ApiProblems.Title(404), $"There is no library release '{release}'.", "release");
}
