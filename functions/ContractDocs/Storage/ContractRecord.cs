using System.Collections.Immutable;
using System.Text.Json;

namespace ContractDocs.Storage;

/// <summary>A contract as recorded: who created it from which release and selection, and its documents.</summary>
public sealed record ContractRecord(
    string Id,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string Release,
    string Model,
    string Title,
    string SelectionSha256,
    JsonElement Selection,
    ImmutableArray<ContractDocumentEntry> Documents)
{
    /// <summary>"draft" until an executed document is filed, then "executed".</summary>
    public string Status => Documents.Any(d => d.Kind == ContractDocumentEntry.Executed) ? "executed" : "draft";
}
