using System.Collections.Immutable;
using ContractDocs.Selection;

namespace ContractDocs.Functions.Http;

/// <summary>
/// RFC 9457 problem details, built in one place: a stable <c>code</c>, a sentence a person can act on, and an
/// <c>errors</c> list naming each problem's code, JSON path and ids.
/// </summary>
public static class ApiProblems
{
    private static readonly HashSet<string> BadRequest = new(StringComparer.Ordinal)
    {
        ProblemCodes.InvalidJson, ProblemCodes.InvalidField, ProblemCodes.UnknownField, ProblemCodes.MissingField, ProblemCodes.IllegalCharacter, ProblemCodes.DuplicateKey,
    };

    /// <summary>400 for malformed input, 413 for too large, 422 for a selection that cannot be built.</summary>
    public static ProblemResult From(IReadOnlyList<SelectionProblem> problems)
    {
        var first = problems[0];
        var status = problems.Any(p => p.Code == ProblemCodes.TooLarge) ? StatusCodes.Status413PayloadTooLarge
            : problems.Any(p => BadRequest.Contains(p.Code)) ? StatusCodes.Status400BadRequest
            : StatusCodes.Status422UnprocessableEntity;
        var detail = problems.Count == 1 ? first.Message : $"{problems.Count} problems: {first.Message} (and {problems.Count - 1} more, listed in errors).";
        return Problem(status, first.Code, Title(status), detail, first.Path, [.. problems.Select(p => new ProblemEntry(p.Code, p.Message, p.Path, p.Ids))]);
    }

    /// <param name="contractId">The contract the problem concerns, when the caller needs it to act (a key already used,
    /// a save whose outcome is unknown).</param>
    public static ProblemResult Problem(int status, string code, string title, string detail, string? field = null, ImmutableArray<ProblemEntry> errors = default, IDictionary<string, string>? headers = null, string? contractId = null) =>
        new ProblemResult(status, code, title, detail, field, errors.IsDefault ? [] : errors, headers, contractId);

    public static string Title(int status) => status switch
    {
        400 => "The request is not valid",
        401 => "Sign in to use ContractDocs",
        403 => "Your role does not allow this",
        404 => "Not found",
        409 => "It already exists",
        412 => "It changed since you read it",
        413 => "Too large",
        415 => "Unsupported file type",
        422 => "The contract cannot be built as chosen",
        503 => "Storage is unavailable",
        _ => "Something went wrong",
    };
}

/// <summary>One entry of a problem's <c>errors</c> list.</summary>
public sealed record ProblemEntry(string Code, string Message, string? Path, ImmutableArray<string> Ids);
