using System.Security.Claims;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Http;
using ContractDocs.Storage;

namespace ContractDocs.Functions.Endpoints;

/// <summary>POST /api/releases/{release}/publish (legal): the release from the app's clause library folder
/// (<see cref="Engine.Source"/>) goes to storage, immutable afterwards. Publishing an id that exists is a 409 and
/// changes nothing.</summary>
public static class PublishEndpoints
{
    public static IEndpointRouteBuilder MapPublish(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/releases/{release}/publish", async (string release, ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken) =>
        {
            if (engine.Source?.FindRelease(release) is null)
            {
                return ApiProblems.Problem(404, "unknown-release", ApiProblems.Title(404), $"The clause library has no release '{release}'.", "release");
            }

            var who = user.Author();
            try
            {
                var files = await new ReleasePublisher(engine.Store).PublishAsync(engine.Source, release, who.Name, engine.Archive.Now, cancellationToken);
                await engine.Archive.AppendAuditAsync(new AuditEvent(AuditEvent.Publish, who.Name, engine.Archive.Now, null, release, [.. files.Select(f => $"{f.Key} {f.Value}")], null, null, null, who.Id), release, cancellationToken);
                return Results.Created($"/api/releases/{release}", new { Release = release, Files = files.Count });
            }
            catch (DocumentExistsException e)
            {
                return ApiProblems.Problem(409, "release-published", ApiProblems.Title(409), e.Message, "release");
            }
        }).RequireAuthorization(Roles.Publishing).WithTags("Catalogue");
        return routes;
    }
}
