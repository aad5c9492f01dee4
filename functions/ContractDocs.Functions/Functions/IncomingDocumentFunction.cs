using ContractDocs.Functions.Incoming;
using Microsoft.Azure.Functions.Worker;

namespace ContractDocs.Functions.Functions;

/// <summary>The blob trigger: a document created in <c>incoming/{contractId}/{name}</c>, delivered by Event Grid (the
/// only blob trigger source Flex Consumption supports), is filed against its contract or rejected with its reason
/// (<see cref="IncomingDocuments"/>). A storage failure throws, and the host retries; a retry files nothing twice.</summary>
public sealed class IncomingDocumentFunction
{
    public const string Name = "IncomingDocument";

    private readonly IncomingDocuments _incoming;
    private readonly ILogger<IncomingDocumentFunction> _log;

    public IncomingDocumentFunction(IncomingDocuments incoming, ILogger<IncomingDocumentFunction> log)
    {
        _incoming = incoming;
        _log = log;
    }

    [Function(Name)]
    public async Task Run(
        [BlobTrigger(IncomingDocuments.IncomingContainer + "/{contractId}/{name}", Source = BlobTriggerSource.EventGrid, Connection = "Storage")] byte[] content,
        string contractId,
        string name,
        CancellationToken cancellationToken)
    {
        var outcome = await _incoming.FileAsync(content, contractId, name, cancellationToken);
        if (_log.IsEnabled(LogLevel.Information))
        {
            _log.LogInformation("incoming/{ContractId}/{Name}: {Result} {Reason}", contractId, name, outcome.Result, outcome.Reason);
        }
    }
}
