using ContractDocs.Rendering;
using ContractDocs.Storage;
using ContractDocs.Templating;
using Microsoft.AspNetCore.Diagnostics;

namespace ContractDocs.Functions.Http;

/// <summary>The one place exceptions become problem details. Storage down: 503 with Retry-After; conflicts: 409/412;
/// a body over the limit: 413; a generated document that failed its check: 500 naming the clause; anything unexpected:
/// 500 with no internals in the body.</summary>
public sealed class ExceptionProblems : IExceptionHandler
{
    private readonly ILogger<ExceptionProblems> _log;

    public ExceptionProblems(ILogger<ExceptionProblems> log) => _log = log;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        IResult result = exception switch
        {
            StorageUnavailableException => ApiProblems.Problem(503, "storage-unavailable", ApiProblems.Title(503), "Document storage cannot be reached just now; nothing was saved. Try again in a few seconds.", headers: new Dictionary<string, string> { ["Retry-After"] = "5" }),
            DocumentExistsException => ApiProblems.Problem(409, "already-exists", ApiProblems.Title(409), "That already exists and was not changed."),
            DocumentChangedException => ApiProblems.Problem(412, "changed", ApiProblems.Title(412), "Someone else changed it first; read it again and retry."),
            TemplateValueException e => ApiProblems.Problem(422, "template-value", ApiProblems.Title(422), e.Message, "$.variables"),
            UnreadableDocumentException e => ApiProblems.Problem(500, "unreadable-document", ApiProblems.Title(500), e.Message),
            BadHttpRequestException { StatusCode: 413 } => ApiProblems.Problem(413, "too-large", ApiProblems.Title(413), "The request body is larger than the limit."),
            BadHttpRequestException e => ApiProblems.Problem(400, "bad-request", ApiProblems.Title(400), e.Message),
            // A form the framework cannot read (a NUL in a value, too many fields, a malformed multipart body).
            InvalidDataException e => ApiProblems.Problem(400, "unreadable-form", ApiProblems.Title(400), $"The form could not be read: {e.Message} Remove control characters from what you typed and send it again."),
            _ => ApiProblems.Problem(500, "internal-error", ApiProblems.Title(500), "ContractDocs failed unexpectedly; the error has been logged. Nothing partial was saved."),
        };
        if (result is ProblemResult { Status: 500 or 503 })
        {
            _log.LogError(exception, "Request {Path} failed", httpContext.Request.Path);
        }

        await result.ExecuteAsync(httpContext);
        return true;
    }
}
