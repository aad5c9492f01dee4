using Microsoft.Azure.Functions.Worker;

namespace ContractDocs.Functions.Hosting;

/// <summary>Endpoint metadata: the Azure Function that serves this route under the Functions host, and its
/// authorization level there (function keys are the host's; the local host records the level, the parity test
/// compares it with functions.metadata).</summary>
public sealed record HttpFunction(string Name, AuthorizationLevel Level);

/// <summary>Marks an endpoint as the route of one function.</summary>
public static class HttpFunctionExtensions
{
    public static TBuilder AsFunction<TBuilder>(this TBuilder builder, string name, AuthorizationLevel level)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithName(name).WithMetadata(new HttpFunction(name, level));
}
