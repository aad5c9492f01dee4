using System.Security.Claims;
using ContractDocs.Functions.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace ContractDocs.Functions.Functions;

/// <summary>
/// The one bridge between the Functions host's ASP.NET Core integration, which takes an <see cref="IActionResult"/>, and
/// the handlers, which return an <see cref="IResult"/>. A function's answer, when executed, runs the same
/// <see cref="RequestPipeline"/> the local host runs (security headers, the exception map, status-code problems,
/// identity, the route's role policy, the cross-site check, form tokens) with the function's endpoint metadata from the
/// <see cref="EndpointCatalog"/>, then the handler, and executes its result on the HttpContext. Identity is only ever
/// what that pipeline establishes: a principal set before it is cleared. Thread-safe.
/// </summary>
public sealed class FunctionAnswers
{
    private static readonly object HandlerKey = new();
    private readonly EndpointCatalog _catalog;
    private readonly RequestDelegate _pipeline;

    public FunctionAnswers(EndpointCatalog catalog, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        var app = new ApplicationBuilder(services);
        app.UseContractDocs();
        app.Run(async context => await (await ((Func<HttpContext, Task<IResult>>)context.Items[HandlerKey]!)(context)).ExecuteAsync(context));
        _pipeline = app.Build();
    }

    /// <summary>The answer of <paramref name="function"/> (its name in functions.metadata) whose work is
    /// <paramref name="handler"/>, called with the request's context once the caller is known and allowed.</summary>
    public IActionResult Answer<TResult>(HttpRequest request, string function, Func<HttpContext, Task<TResult>> handler)
        where TResult : IResult
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handler);
        return new Answered(this, _catalog.For(function), async context => await handler(context));
    }

    /// <inheritdoc cref="Answer{TResult}(HttpRequest, string, Func{HttpContext, Task{TResult}})"/>
    public IActionResult Answer<TResult>(HttpRequest request, string function, Func<HttpContext, TResult> handler)
        where TResult : IResult
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Answer(request, function, context => Task.FromResult(handler(context)));
    }

    private Task RunAsync(HttpContext context, Endpoint endpoint, Func<HttpContext, Task<IResult>> handler)
    {
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        context.SetEndpoint(endpoint);
        context.Items[HandlerKey] = handler;
        return _pipeline(context);
    }

    private sealed class Answered : IActionResult
    {
        private readonly FunctionAnswers _answers;
        private readonly Endpoint _endpoint;
        private readonly Func<HttpContext, Task<IResult>> _handler;

        public Answered(FunctionAnswers answers, Endpoint endpoint, Func<HttpContext, Task<IResult>> handler)
        {
            _answers = answers;
            _endpoint = endpoint;
            _handler = handler;
        }

        public Task ExecuteResultAsync(ActionContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            return _answers.RunAsync(context.HttpContext, _endpoint, _handler);
        }
    }
}
