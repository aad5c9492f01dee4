using System.Net;
using System.Text.Json;
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

            using var invocation = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            var logs = new List<string>();
            var outcome = await HandleAsync(invocation.RootElement, engine, logs, cancellationToken);
            return Results.Json(new Dictionary<string, object?> { ["Outputs"] = new Dictionary<string, object?>(), ["Logs"] = logs, ["ReturnValue"] = outcome });
        }).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    private static async Task<string> HandleAsync(JsonElement invocation, Engine engine, List<string> logs, CancellationToken cancellationToken)
    {
        var metadata = invocation.TryGetProperty("Metadata", out var m) ? m : default;
        var path = metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty("BlobTrigger", out var trigger) ? trigger.GetString() : null;
        var contractId = metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty("contractId", out var c) ? c.GetString() : null;
        var name = metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty("name", out var n) ? n.GetString() : null;
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
        var result = DocumentInspector.Inspect(content, name, new IntakeLimits(MaxBytes: engine.MaxUploadBytes));
        var found = ContractArchive.IsContractId(contractId)
            ? await engine.Archive.GetAsync(contractId, cancellationToken)
            : null;
        var record = found?.Record;
        var reason = record is null ? $"unknown-contract: no contract '{contractId}' to file it against." : result.Accepted ? null : $"{result.Code}: {result.Reason}";
        if (reason is not null)
        {
            try
            {
                await engine.Store.CreateAsync(new DocumentAddress(RejectedContainer, $"{Safe(contractId)}/{result.Sha256}.bin"), new MemoryStream(content), "application/octet-stream",
                    new Dictionary<string, string> { ["reason"] = ContractArchive.Ascii(reason), ["source"] = ContractArchive.Ascii(path) }, cancellationToken);
                if (record is not null)
                {
                    await ExecutedFiling.AuditRefusalAsync(engine, record, result.Sha256, "incoming", reason, cancellationToken);
                }
            }
            catch (DocumentExistsException)
            {
                logs.Add("Already rejected earlier (a retry).");
            }

            logs.Add($"Rejected {path}: {reason}");
            return "rejected";
        }

        if (!await ExecutedFiling.FileAsync(engine, record!, result, content, "incoming", cancellationToken))
        {
            logs.Add("Already filed earlier (a retry).");
            return "filed";
        }

        logs.Add($"Filed {path} against {contractId}.");
        return "filed";
    }

    private static string Safe(string? contractId) =>
        contractId is not null && System.Text.RegularExpressions.Regex.IsMatch(contractId, "^[A-Za-z0-9_.@-]{1,64}$") ? contractId : "unknown";
}
