using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Functions;
using ContractDocs.Functions.Incoming;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Options;

namespace ContractDocs.Functions.Hosting;

/// <summary>The Functions app's set-up: the ASP.NET Core integration, the services both hosts share, and what only the
/// worker needs: the endpoint catalog its functions take their metadata from (also what its OpenAPI document is built
/// from) and the bridge that runs the shared pipeline around each handler.</summary>
public static class WorkerServices
{
    public static FunctionsApplicationBuilder AddContractDocsWorker(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddContractDocsHttp(builder.Configuration, IdentityHost.Functions);
        builder.Services.AddSingleton<EndpointCatalog>();
        // What the API explorer (and so the OpenAPI document) describes: the catalog, not the functions' own endpoints.
        builder.Services.AddSingleton<EndpointDataSource>(services => services.GetRequiredService<EndpointCatalog>().DataSource);
        builder.Services.AddSingleton<FunctionAnswers>();
        builder.Services.AddSingleton<IncomingDocuments>();
        builder.Services.AddHostedService<StartupLine>();
        return builder;
    }

    /// <summary>Says at start-up what the app serves; refuses to start with options that are not valid here.</summary>
    private sealed class StartupLine : IHostedService
    {
        private readonly IServiceProvider _services;
        private readonly ILogger<StartupLine> _log;

        public StartupLine(IServiceProvider services, ILogger<StartupLine> log, IOptions<ContractDocsOptions> options)
        {
            _ = options.Value;
            _services = services;
            _log = log;
        }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (_log.IsEnabled(LogLevel.Information))
            {
                _log.LogInformation("ContractDocs Functions app using {What}", ContractDocsServices.Describe(_services));
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
