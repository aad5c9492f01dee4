using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Http;
using ContractDocs.Functions.Pages;

namespace ContractDocs.Functions.Hosting;

/// <summary>The HTTP services both hosts register alike: problem details and the one exception map, the OpenAPI
/// document, the pages' antiforgery tokens, identity and the role policies.</summary>
public static class ContractDocsHttp
{
    public static IServiceCollection AddContractDocsHttp(this IServiceCollection services, IConfiguration configuration, IdentityHost host)
    {
        services.AddContractDocs();
        services.AddExceptionHandler<ExceptionProblems>();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddAntiforgery(o =>
        {
            o.FormFieldName = FormPosts.TokenField;
            o.Cookie.Name = "ContractDocs.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddContractDocsIdentity(configuration, host);
        return services;
    }
}
