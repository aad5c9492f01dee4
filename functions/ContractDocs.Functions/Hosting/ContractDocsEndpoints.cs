using ContractDocs.Functions.Endpoints;
using ContractDocs.Functions.Pages;

namespace ContractDocs.Functions.Hosting;

/// <summary>Every route the app serves, each marked with the function that serves it under the Functions host
/// (<see cref="HttpFunction"/>). The local host maps exactly these; the Functions app builds them into its
/// <see cref="EndpointCatalog"/>; a test holds them to functions.metadata.</summary>
public static class ContractDocsEndpoints
{
    public static IEndpointRouteBuilder MapContractDocs(this IEndpointRouteBuilder routes)
    {
        routes.MapStartPage();
        routes.MapOpenApiDocument();
        routes.MapCatalogue();
        routes.MapPreview();
        routes.MapContracts();
        routes.MapMoves();
        routes.MapExecuted();
        routes.MapComparisons();
        routes.MapClauseUsage();
        routes.MapPublish();
        routes.MapLibraryPages();
        routes.MapProcurementPages();
        routes.MapCommissionerPages();
        routes.MapMovePages();
        routes.MapAccount();
        routes.MapAssets();
        return routes;
    }
}
