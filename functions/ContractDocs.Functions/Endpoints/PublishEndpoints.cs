using System.Security.Claims;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Endpoints.Answers;
using ContractDocs.Functions.Hosting;
using ContractDocs.Functions.Http;
using ContractDocs.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace ContractDocs.Functions.Endpoints;

/// <summary>POST /api/releases/{release}/publish (legal): the release from the app's clause library folder
/// (<see cref="LibraryChoice.Source"/>) goes to storage, immutable afterwards. Publishing an id that exists is a 409 and
/// changes nothing.</summary>
public static class PublishEndpoints
{
    public static IEndpointRouteBuilder MapPublish(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/releases/{release}/publish", PublishRelease).RequireAuthorization(Roles.Publishing).WithTags("Catalogue")
            .AsFunction(nameof(PublishRelease), AuthorizationLevel.Function);
        return routes;
    }

    public static async Task<Results<Created<PublishedRelease>, ProblemResult>> PublishRelease(string release, ClaimsPrincipal user, LibraryChoice libraries, IDocumentStore store, ContractArchive archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(libraries);
        ArgumentNullException.ThrowIfNull(archive);
        var source = libraries.Source;
        if (source?.FindRelease(release) is null)
        {
            return ApiProblems.Problem(404, "unknown-release", ApiProblems.Title(404), $"The clause library has no release '{release}'.", "release");
        }

        var who = user.Author();
        try
        {
            var files = await new ReleasePublisher(store).PublishAsync(source, release, who.Name, archive.Now, cancellationToken);
            await archive.AppendAuditAsync(new AuditEvent(AuditEvent.Publish, who.Name, archive.Now, null, release, [.. files.Select(f => $"{f.Key} {f.Value}")], null, null, null, who.Id), release, cancellationToken);
            return TypedResults.Created($"/api/releases/{release}", new PublishedRelease(release, files.Count));
        }
        catch (DocumentExistsException e)
        {
            return ApiProblems.Problem(409, "release-published", ApiProblems.Title(409), e.Message, "release");
        }
    }
}
