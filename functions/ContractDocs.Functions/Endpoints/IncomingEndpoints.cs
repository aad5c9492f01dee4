using System.Net;
using System.Text.Json;
using ContractDocs.Drafting;
using ContractDocs.Intake;
using ContractDocs.Storage;

namespace ContractDocs.Functions.Endpoints;

/// <summary>
/// The blob-trigger function: the Functions host POSTs its invocation JSON (<c>{"Data":…,"Metadata":…}</c>) to
/// <c>/IncomingDocument</c> when procurement's sync tools drop a file in <c>incoming/{contractId}/{name}</c>. The blob
/// is read from storage (not trusted from the payload), inspected, and filed against its contract, or copied to
/// <c>rejected/</c> with the reason. Names derive from the content's hash, so the host's retries file nothing twice.
/// Answers <c>{"Outputs":{},"Logs":[…],"ReturnValue":…}</c>.
/// </summary>
public static class IncomingEndpoints
{
    public const string FunctionName = "IncomingDocument";
    public const string IncomingContainer = "incoming";
    public const string RejectedContainer = "rejected";

    public static IEndpointRouteBuilder MapIncoming(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/" + FunctionName, async (HttpContext context, Engine engine, CancellationToken cancellationToken) =>
        {
            if (context.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            var logs = new List<string>();
            var body = await Http.Bodies.ReadAsync(context.Request, 1024 * 1024, cancellationToken);
            string outcome;
            try
            {
                using var invocation = JsonDocument.Parse(body ?? []);
                outcome = await HandleAsync(invocation.RootElement, engine, logs, cancellationToken);
            }
            catch (JsonException)
            {
                logs.Add("The invocation is not JSON (or is over 1 MiB); nothing to do.");
                outcome = "ignored";
            }

            return Results.Json(new Dictionary<string, object?> { ["Outputs"] = new Dictionary<string, object?>(), ["Logs"] = logs, ["ReturnValue"] = outcome });
        }).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    private static async Task<string> HandleAsync(JsonElement invocation, Engine engine, List<string> logs, CancellationToken cancellationToken)
    {
        var metadata = invocation.ValueKind == JsonValueKind.Object && invocation.TryGetProperty("Metadata", out var m) ? m : default;
        string? Text(string key) => metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var path = Text("BlobTrigger");
        var contractId = Text("contractId");
        var name = Text("name");
        if (path is null || !path.StartsWith(IncomingContainer + "/", StringComparison.Ordinal))
        {
            logs.Add("The invocation names no blob under incoming/; nothing to do.");
            return "ignored";
        }

        DocumentAddress address;
        try
        {
            address = new DocumentAddress(IncomingContainer, path[(IncomingContainer.Length + 1)..]);
        }
        catch (ArgumentException)
        {
            logs.Add($"'{path}' is not a safe blob name; left in place.");
            return "ignored";
        }

        await using var stream = await engine.Store.OpenReadAsync(address, cancellationToken);
        if (stream is null)
        {
            logs.Add($"{address} no longer exists.");
            return "missing";
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var result = DocumentInspector.Inspect(content, name, engine.Filer.Limits);
        var record = await engine.Archive.GetAsync(contractId ?? string.Empty, cancellationToken);
        var reason = record is null ? $"unknown-contract: no contract '{contractId}' to file it against." : result.Accepted ? null : $"{result.Code}: {result.Reason}";
        if (reason is not null)
        {
            try
            {
                await engine.Store.CreateAsync(new DocumentAddress(RejectedContainer, $"{Safe(contractId)}/{result.Sha256}.bin"), new MemoryStream(content), "application/octet-stream",
                    new Dictionary<string, string> { ["reason"] = ContractArchive.Ascii(reason), ["source"] = ContractArchive.Ascii(path) }, cancellationToken);
                if (record is not null)
                {
                    await engine.Filer.AuditRefusalAsync(record, result, Author.Incoming, reason, cancellationToken);
                }
            }
            catch (DocumentExistsException)
            {
                logs.Add("Already rejected earlier (a retry).");
            }

            logs.Add($"Rejected {path}: {reason}");
            return "rejected";
        }

        var filed = await engine.Filer.FileAsync(record!, content, name, Author.Incoming, cancellationToken);
        logs.Add(filed is FilingOutcome.Filed ? $"Filed {path} against {contractId}." : "Already filed earlier (a retry).");
        return "filed";
    }

    private static string Safe(string? contractId) =>
        contractId is not null && System.Text.RegularExpressions.Regex.IsMatch(contractId, "^[A-Za-z0-9_.@-]{1,64}$") ? contractId : "unknown";
}
