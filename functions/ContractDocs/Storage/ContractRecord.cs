using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

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

    /// <summary>The newest draft: the first, until a move adds one on a newer release. Not stored: read from
    /// <see cref="Documents"/>.</summary>
    [JsonIgnore]
    public ContractDocumentEntry? LatestDraft => Documents.LastOrDefault(d => d.Kind == ContractDocumentEntry.Draft);

    /// <summary>The release the newest draft is on: <see cref="Release"/> (the one the contract was created from) until
    /// it is moved. Not stored.</summary>
    [JsonIgnore]
    public string CurrentRelease => LatestDraft?.Release ?? Release;

    /// <summary>The release a document of this contract stands on: a draft's own, and for a signed copy that of the
    /// draft it is compared with (<see cref="DraftFor"/>).</summary>
    public string ReleaseOf(ContractDocumentEntry document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (document.Kind == ContractDocumentEntry.Draft ? document : DraftFor(document))?.Release ?? Release;
    }

    /// <summary>The draft a signed copy is compared with: the newest added before it (the first, if none was).</summary>
    public ContractDocumentEntry? DraftFor(ContractDocumentEntry signed)
    {
        ArgumentNullException.ThrowIfNull(signed);
        return Documents.LastOrDefault(d => d.Kind == ContractDocumentEntry.Draft && d.AddedAt <= signed.AddedAt)
            ?? Documents.FirstOrDefault(d => d.Kind == ContractDocumentEntry.Draft);
    }
}
