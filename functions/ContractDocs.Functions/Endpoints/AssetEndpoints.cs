using ContractDocs.Functions.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.FileProviders;

namespace ContractDocs.Functions.Endpoints;

/// <summary>The pages' static files, from wwwroot beside the app: the NHS.UK frontend (/nhsuk/…) and the site's own
/// script and styles (/site/…). A path outside the folder, or a file that is not there, is 404.</summary>
public static class AssetEndpoints
{
    private static readonly FileExtensionContentTypeProvider Types = new();
    private static readonly Lazy<PhysicalFileProvider> Root = new(() => new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")));

    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/nhsuk/{*path}", Assets).AsFunction(nameof(Assets), AuthorizationLevel.Anonymous);
        group.MapGet("/site/{*path}", SiteAssets).AsFunction(nameof(SiteAssets), AuthorizationLevel.Anonymous);
        return routes;
    }

    public static Results<PhysicalFileHttpResult, NotFound> Assets(string? path) => Serve("nhsuk", path);

    public static Results<PhysicalFileHttpResult, NotFound> SiteAssets(string? path) => Serve("site", path);

    private static Results<PhysicalFileHttpResult, NotFound> Serve(string folder, string? path)
    {
        var file = string.IsNullOrEmpty(path) || path.Contains('\\', StringComparison.Ordinal) || path.Split('/').Any(s => s is "." or "..") ? null : Root.Value.GetFileInfo($"{folder}/{path}");
        if (file is not { Exists: true, IsDirectory: false, PhysicalPath: { } physical })
        {
            return TypedResults.NotFound();
        }

        return TypedResults.PhysicalFile(physical, Types.TryGetContentType(physical, out var type) ? type : "application/octet-stream", lastModified: file.LastModified, enableRangeProcessing: true);
    }
}
