namespace ContractDocs.Functions.Http;

/// <summary>Reads an uploaded document from a request: the multipart field "file", or else the raw body whatever its
/// content type claims (a file sent with <c>curl --data-binary</c> arrives as form-urlencoded). Bounded by a limit.</summary>
public static class Uploads
{
    public static async Task<(byte[]? Content, string? FileName, ProblemResult? Problem)> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HasFormContentType && request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
            if (file is null)
            {
                return (null, null, ApiProblems.Problem(422, "no-file", ApiProblems.Title(422),
                    "The form carried no file. Send the signed document in a multipart field named file (curl -F file=@signed.pdf …), or as the request body (curl --data-binary @signed.pdf …).", "file"));
            }

            if (file.Length > limit)
            {
                return (null, null, TooLarge(limit));
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            return (buffer.ToArray(), file.FileName, null);
        }

        var name = request.Headers.ContentDisposition.FirstOrDefault() is { } disposition
            && System.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(disposition, out var parsed) ? parsed.FileNameStar ?? parsed.FileName?.Trim('"') : null;
        var body = await Bodies.ReadAsync(request, limit, cancellationToken);
        return body is null ? (null, null, TooLarge(limit)) : (body, name, null);
    }

    private static ProblemResult TooLarge(long limit) =>
        ApiProblems.Problem(413, Intake.IntakeCodes.TooLarge, ApiProblems.Title(413), $"The document is larger than the limit of {limit:N0} bytes.", "file");
}
