using ContractDocs.Drafting;
using ContractDocs.Rendering;
using ContractDocs.Storage;
using ContractDocs.Templating;
using ContractDocs.Functions.Pages;
using Microsoft.AspNetCore.Diagnostics;

namespace ContractDocs.Functions.Http;

/// <summary>The one place exceptions become problem details. Storage down: 503 with Retry-After, saying truly what was
/// left (nothing; maybe the contract; the contract without its audit event yet); a name taken: 409; a body over the
/// limit: 413; a generated document that failed its check: 500 naming the clause (nothing stored); anything unexpected:
/// 500 with no internals in the body. A person's browser asking for a page outside /api gets the same status as an HTML
/// page (<see cref="ErrorPages"/>).</summary>
public sealed class ExceptionProblems : IExceptionHandler
{
    private static readonly Dictionary<string, string> RetryAfter = new() { ["Retry-After"] = "5" };
    private readonly ILogger<ExceptionProblems> _log;

    public ExceptionProblems(ILogger<ExceptionProblems> log) => _log = log;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var result = exception switch
        {
            SaveInterruptedException e => Interrupted(e),
            StorageUnavailableException { Outcome: WriteOutcome.Unknown } => ApiProblems.Problem(503, "storage-unavailable", ApiProblems.Title(503),
                "Document storage failed part-way; the change may or may not have been saved. Sending the same request again is safe: it completes what was started and does not save anything twice.", headers: RetryAfter),
            StorageUnavailableException => ApiProblems.Problem(503, "storage-unavailable", ApiProblems.Title(503), "Document storage cannot be reached just now; nothing was saved. Try again in a few seconds.", headers: RetryAfter),
            DocumentExistsException => ApiProblems.Problem(409, "already-exists", ApiProblems.Title(409), "That already exists and was not changed."),
            InvalidContinuationException => ApiProblems.Problem(400, "invalid-continuation", ApiProblems.Title(400), "The continuation token is not one a listing gave; start again from the first page.", "continuation"),
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

        if (ErrorPages.WantsPage(httpContext))
        {
            foreach (var (name, value) in result.Headers ?? new Dictionary<string, string>())
            {
                httpContext.Response.Headers[name] = value;
            }

            // A person's browser gets a page; what was typed is kept by the browser's Back button.
            await ErrorPages.Render(result.Status, result.Status is 500 ? null : result.Detail).ExecuteAsync(httpContext);
            return true;
        }

        await result.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>A save storage interrupted, in words that are true for where it stopped.</summary>
    private static ProblemResult Interrupted(SaveInterruptedException e)
    {
        var detail = (e.State, e.Filing) switch
        {
            (ContractState.MayBeSaved, true) => $"Document storage failed while filing the document, and it cannot be known whether it was filed against {e.ContractId}. Upload the same file again: if it was filed, you are told so and nothing is filed twice.",
            (ContractState.SavedIncomplete, true) => $"The document was filed against {e.ContractId}, but its audit event or listing was not yet written. Upload the same file again to complete it; nothing is filed twice.",
            (ContractState.NotSaved, _) => "Document storage cannot be reached just now; nothing was saved. Try again in a few seconds.",
            (ContractState.MayBeSaved, _) => $"Document storage failed while saving, and it cannot be known whether {e.ContractId} was saved. Send the same request again with the same Idempotency-Key: it finds {e.ContractId} if it was saved and saves it once if not. Without a key, check GET /api/contracts/{e.ContractId} before sending it again.",
            _ => $"{e.ContractId} was saved, but its audit event or its place in the contract lists was not yet written. Send the same request again with the same Idempotency-Key to complete it; nothing is saved twice.",
        };
        var code = e.State switch
        {
            ContractState.NotSaved => "storage-unavailable",
            ContractState.MayBeSaved => "outcome-unknown",
            _ => "saved-incomplete",
        };
        return ApiProblems.Problem(503, code, ApiProblems.Title(503), detail, headers: RetryAfter, contractId: e.State == ContractState.NotSaved ? null : e.ContractId);
    }
}
