using System.Globalization;
using System.Security.Claims;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Hosting;
using ContractDocs.Functions.Http;
using ContractDocs.Library;
using ContractDocs.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace ContractDocs.Functions.Endpoints;

/// <summary>GET /api/clauses/{id}/{version}/usage: the contracts whose drafts or signed copies contain the clause
/// version, a page at a time from the clause-usage index (never a scan of the contracts). For legal and procurement,
/// who read every contract.</summary>
public static class UsageEndpoints
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapClauseUsage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/clauses/{id}/{version}/usage", ClauseUsage).RequireAuthorization(Roles.Reading).WithTags("Library")
            .AsFunction(nameof(ClauseUsage), AuthorizationLevel.Function);
        return routes;
    }

    public static async Task<Results<Ok<ClauseUsagePage>, ProblemResult>> ClauseUsage(string id, string version, string? continuation, string? pageSize, ClaimsPrincipal user, ClauseLibrary library, ContractArchive archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(archive);
        if (!user.SeesAllContracts())
        {
            return ApiProblems.Problem(403, "forbidden", ApiProblems.Title(403), "Where a clause is used is shown to legal and procurement, who read every contract.", null);
        }

        if (!SemanticVersion.TryParse(version, out var parsed) || library.Find(id, parsed.Value) is null)
        {
            return ApiProblems.Problem(404, "unknown-clause-version", ApiProblems.Title(404), $"The library has no clause '{id}' at version '{version}'.", "version");
        }

        var size = DefaultPageSize;
        if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxPageSize))
        {
            return ApiProblems.Problem(400, "invalid-page-size", ApiProblems.Title(400), $"pageSize must be from 1 to {MaxPageSize}.", "pageSize");
        }

        return TypedResults.Ok(await archive.ClauseUsageAsync($"{id}@{version}", continuation, size, cancellationToken));
    }
}
