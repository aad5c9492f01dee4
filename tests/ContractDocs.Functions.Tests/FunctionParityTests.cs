using System.Reflection;
using ContractDocs.Functions.Functions;
using ContractDocs.Functions.Hosting;
using ContractDocs.Functions.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace ContractDocs.Functions.Tests;

/// <summary>The Functions host serves what the Worker SDK's functions.metadata lists; the local host serves what
/// <see cref="ContractDocsEndpoints.MapContractDocs"/> maps. These hold the two to one set of routes, methods and
/// authorization levels, and each function to the handler the local host runs for its route.</summary>
public sealed class FunctionParityTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public FunctionParityTests(AppFactory app) => _app = app;

    [Fact]
    public void FunctionsMetadata_ListsTheBlobTrigger_WithTheEventGridSource()
    {
        var blob = Assert.Single(FunctionsMetadata.Read(), f => f.Trigger.GetProperty("type").GetString() == "blobTrigger");

        Assert.Equal(IncomingDocumentFunction.Name, blob.Name);
        Assert.Equal("incoming/{contractId}/{name}", blob.Trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", blob.Trigger.GetProperty("source").GetString());
        Assert.Equal("Storage", blob.Trigger.GetProperty("connection").GetString());
        Assert.Equal($"{typeof(IncomingDocumentFunction).FullName}.{nameof(IncomingDocumentFunction.Run)}", blob.EntryPoint);
    }

    [Fact]
    public void FunctionsMetadata_AndTheLocalHost_ServeTheSameMethodsRoutesAndAuthorizationLevels()
    {
        var declared = FunctionsMetadata.Read().Where(f => f.Trigger.GetProperty("type").GetString() == "httpTrigger")
            .SelectMany(f => FunctionsMetadata.HttpRoutes(f.Name, f.Trigger)).Order(StringComparer.Ordinal).ToList();

        var served = LocalEndpoints().SelectMany(e => e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
            .Select(m => $"{m} {Route(e.Endpoint)} {e.Function.Level.ToString().ToLowerInvariant()} {e.Function.Name}")).Order(StringComparer.Ordinal).ToList();

        Assert.True(declared.Count >= 30, string.Join("\n", declared));
        Assert.Equal(declared, served);
    }

    [Fact]
    public void TheLocalHost_ServesNoRouteThatIsNotAFunction()
    {
        _ = _app.CreateClient();
        var unmarked = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpFunction>() is null)
            .Select(e => e.RoutePattern.RawText);

        Assert.Empty(unmarked);
    }

    [Fact]
    public void ApiFunctions_AreFunctionLevel_AndPagesAnonymous_AsBefore()
    {
        foreach (var (name, _, trigger) in FunctionsMetadata.Read().Where(f => f.Trigger.GetProperty("type").GetString() == "httpTrigger"))
        {
            var level = trigger.GetProperty("authLevel").GetString();
            var api = trigger.GetProperty("route").GetString()!.StartsWith("api/", StringComparison.Ordinal);
            Assert.True(api ? level == "Function" : level == "Anonymous", $"{name}: {level}");
        }
    }

    [Fact]
    public void EachFunction_CallsTheHandlerTheLocalHostMapsForItsRoute()
    {
        var handlers = LocalEndpoints().ToDictionary(e => e.Function.Name, e => e.Endpoint.Metadata.GetMetadata<MethodInfo>()!, StringComparer.Ordinal);
        var functions = typeof(ApiFunctions).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null && m.GetParameters().Any(p => p.GetCustomAttribute<HttpTriggerAttribute>() is not null))
            .ToList();

        Assert.Equal(handlers.Keys.Order(StringComparer.Ordinal), functions.Select(f => f.GetCustomAttribute<FunctionAttribute>()!.Name).Order(StringComparer.Ordinal));
        foreach (var function in functions)
        {
            var handler = handlers[function.GetCustomAttribute<FunctionAttribute>()!.Name];
            Assert.True(Calls(function, handler), $"{function.DeclaringType!.Name}.{function.Name} does not call {handler.DeclaringType!.Name}.{handler.Name}, the handler the local host maps for its route");

            // And no other route's handler: the check tells one handler from another.
            var others = handlers.Values.Where(h => h != handler && Calls(function, h)).Select(h => h.Name).ToList();
            Assert.True(others.Count == 0, $"{function.Name} also calls {string.Join(", ", others)}");
        }
    }

    [Fact]
    public void TheReadmesRunCommand_StartsTheLocalHostTheseTestsCompare()
    {
        var readme = File.ReadAllText(Path.Combine(ContractDocs.Tests.Support.RepoPaths.Root, "README.md"));
        var run = readme.Split('\n').Single(l => l.StartsWith("ContractDocs__DevelopmentIdentity=", StringComparison.Ordinal) && l.Contains("dotnet run --project", StringComparison.Ordinal));
        var project = run[(run.IndexOf("--project ", StringComparison.Ordinal) + "--project ".Length)..].Trim();

        Assert.Equal("functions/ContractDocs.LocalHost", project);
        Assert.Equal("ContractDocs.LocalHost", typeof(Program).Assembly.GetName().Name);
        Assert.True(File.Exists(Path.Combine(ContractDocs.Tests.Support.RepoPaths.Root, project, "ContractDocs.LocalHost.csproj")));
    }

    private List<(RouteEndpoint Endpoint, HttpFunction Function)> LocalEndpoints()
    {
        _ = _app.CreateClient();
        return [.. _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpFunction>() is not null)
            .Select(e => (e, e.Metadata.GetMetadata<HttpFunction>()!))];
    }

    private static string Route(RouteEndpoint endpoint) => endpoint.RoutePattern.RawText!.Trim('/');

    /// <summary>Whether the IL of <paramref name="function"/>, or of the lambdas it holds, calls <paramref name="handler"/>.</summary>
    private static bool Calls(MethodInfo function, MethodInfo handler)
    {
        var bodies = new List<MethodBase> { function };
        bodies.AddRange(function.DeclaringType!.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public).Append(function.DeclaringType)
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.Contains($"<{function.Name}>", StringComparison.Ordinal)));
        foreach (var body in bodies)
        {
            var il = body.GetMethodBody()?.GetILAsByteArray() ?? [];
            for (var i = 0; i + 4 < il.Length; i++)
            {
                if (il[i] is not (0x28 or 0x6F))
                {
                    continue;
                }

                try
                {
                    if (body.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1)) is MethodInfo called && called.MetadataToken == handler.MetadataToken && called.Module == handler.Module)
                    {
                        return true;
                    }
                }
                catch (ArgumentException)
                {
                    // Not a method token: a byte that happens to look like a call instruction.
                }
            }
        }

        return false;
    }
}
