using System.Collections.Immutable;
using System.Text.Json;

namespace ContractDocs.Storage;

/// <summary>A contract as recorded: who created it (the stable id of their account, and their name for people to
/// read) from which release and selection, and its documents: the first draft, stored with the record, then every
/// document filed or drafted later, each recorded once by its own create-only entry.</summary>
public sealed record ContractRecord(
    string Id,
    string OwnerId,
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
