namespace ContractDocs.Functions.Hosting;

/// <summary>The app's endpoints built outside a web application, as the local host maps them
/// (<see cref="ContractDocsEndpoints.MapContractDocs"/>): under the Functions host each function's requests carry its
/// endpoint's metadata (role policy, form tokens, name) through the shared <see cref="RequestPipeline"/>, and the OpenAPI
/// document is built from them. Thread-safe once built.</summary>
public sealed class EndpointCatalog : IEndpointRouteBuilder
{
    private readonly Lazy<Dictionary<string, Endpoint>> _byFunction;

    public EndpointCatalog(IServiceProvider services)
    {
        ServiceProvider = services;
        this.MapContractDocs();
        DataSource = new CompositeEndpointDataSource(DataSources);
        _byFunction = new(() => DataSource.Endpoints.Where(e => e.Metadata.GetMetadata<HttpFunction>() is not null)
            .ToDictionary(e => e.Metadata.GetMetadata<HttpFunction>()!.Name, StringComparer.Ordinal));
    }

    public IServiceProvider ServiceProvider { get; }

    public ICollection<EndpointDataSource> DataSources { get; } = [];

    public EndpointDataSource DataSource { get; }

    /// <exception cref="KeyNotFoundException">No endpoint is marked as that function.</exception>
    public Endpoint For(string function) => _byFunction.Value[function];

    public IApplicationBuilder CreateApplicationBuilder() => new ApplicationBuilder(ServiceProvider);
}
