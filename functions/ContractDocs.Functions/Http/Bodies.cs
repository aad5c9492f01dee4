using ContractDocs.Selection;

namespace ContractDocs.Functions.Http;

/// <summary>Reads a request body up to a limit, so an oversized body costs bounded work.</summary>
public static class Bodies
{
    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static ProblemResult TooLarge(long limit) =>
        ApiProblems.From([new SelectionProblem(ProblemCodes.TooLarge, $"The body is larger than the limit of {limit:N0} bytes.", "$")]);
}
