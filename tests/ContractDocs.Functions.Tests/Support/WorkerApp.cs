using System.Text;
using ContractDocs.Functions.Hosting;
using ContractDocs.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContractDocs.Functions.Tests.Support;

/// <summary>The Functions app's host built as its Program builds it (the worker's own services, the ASP.NET Core
/// integration, the repository's library and templates, a folder store), but not started: nothing connects to a
/// Functions host. Its function classes are made from its services and their methods called directly, with a real
/// <see cref="HttpContext"/> per request; their answers are executed as the ASP.NET Core integration executes them.</summary>
public sealed class WorkerApp : IDisposable
{
    private readonly IHost _host;
    private readonly string _folder = Directory.CreateTempSubdirectory("contractdocs-worker-").FullName;

    public WorkerApp(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ContractDocs:LibraryFolder"] = RepoPaths.Library,
            ["ContractDocs:TemplatesFolder"] = RepoPaths.Templates,
            ["ContractDocs:FolderStore"] = _folder,
            ["ContractDocs:TrustPrincipalHeader"] = "true",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddContractDocsWorker();
        services?.Invoke(builder.Services);
        _host = builder.Build();
    }

    public IServiceProvider Services => _host.Services;

    /// <summary>A function class as the worker makes one for an invocation: from the app's services.</summary>
    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(_host.Services);

    /// <summary>A request as the ASP.NET Core integration hands it to a function.</summary>
    public HttpContext Request(string method, string pathAndQuery, byte[]? body = null, string? contentType = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var response = new RecordingResponse();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature());
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response);
        var context = new DefaultHttpContext(features) { RequestServices = _host.Services.CreateScope().ServiceProvider };
        var split = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = split < 0 ? pathAndQuery : pathAndQuery[..split];
        context.Request.QueryString = split < 0 ? QueryString.Empty : new QueryString(pathAndQuery[split..]);
        context.Request.Body = new MemoryStream(body ?? []);
        context.Request.ContentLength = body?.Length ?? 0;
        context.Request.ContentType = contentType;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Request.Headers[name] = value;
        }

        return context;
    }

    /// <summary>Executes a function's answer on its context, as the ASP.NET Core integration does, and reads the response.</summary>
    public static async Task<Answer> RunAsync(IActionResult result, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        await context.Response.CompleteAsync();
        var response = (RecordingResponse)context.Features.Get<IHttpResponseBodyFeature>()!;
        return new Answer(context.Response.StatusCode, context.Response.ContentType, Encoding.UTF8.GetString(response.Content), context.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
    }

    public void Dispose()
    {
        _host.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>A response as the caller would see it.</summary>
    public sealed record Answer(int Status, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers)
    {
        /// <summary>The problem's <c>code</c>, or null when the body is not problem details.</summary>
        public string? Code => ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) == true
            ? System.Text.Json.JsonDocument.Parse(Body).RootElement.GetProperty("code").GetString()
            : null;
    }
}
