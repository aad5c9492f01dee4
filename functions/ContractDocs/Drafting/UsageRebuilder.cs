using ContractDocs.Comparing;
using ContractDocs.Storage;

namespace ContractDocs.Drafting;

/// <summary>
/// Rebuilds the clause-usage index from what is stored, for when writing it failed (or for contracts stored before
/// it existed): every draft's clause versions are read from its own provenance properties; every signed copy's from
/// its stored comparison, which is made first if it is missing. The listing's marker for each draft a move added is
/// written too (contracts moved before moves were listed still showed their first release). Entries already there
/// count, so it can run at any
/// time, as often as needed, beside the app. A scan of every contract: a repair, not a lookup.
/// </summary>
public sealed class UsageRebuilder
{
    private readonly ContractArchive _archive;
    private readonly SignedCopyCheck _check;

    public UsageRebuilder(ContractArchive archive, SignedCopyCheck check)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(check);
        _archive = archive;
        _check = check;
    }

    /// <summary>Returns how many contracts and documents were indexed.</summary>
    /// <exception cref="StorageUnavailableException">Storage failed; run it again.</exception>
    public async Task<(int Contracts, int Documents)> RebuildAsync(CancellationToken cancellationToken)
    {
        var (contracts, documents) = (0, 0);
        await foreach (var id in _archive.ContractIdsAsync(cancellationToken))
        {
            if (await _archive.GetAsync(id, cancellationToken) is not { } record)
            {
                continue;
            }

            contracts++;
            foreach (var document in record.Documents)
            {
                if (document.Kind == ContractDocumentEntry.Draft && await _archive.ReadDocumentAsync(id, document, cancellationToken) is { } bytes)
                {
                    await _archive.IndexUsageAsync(record, document, DraftSections.Provenance(DocxSections.Read(bytes).Properties), cancellationToken);
                    if (document.Release is not null && document.Id != record.Documents[0].Id)
                    {
                        await _archive.IndexMovedAsync(record, document, cancellationToken);
                    }

                    documents++;
                }
                else if (document.Kind == ContractDocumentEntry.Executed
                    && (await _check.ReadAsync(id, document.Id, cancellationToken) ?? await _check.CompareAndStoreAsync(record, document, null, cancellationToken)) is { } comparison)
                {
                    await _archive.IndexUsageAsync(record, document, SignedCopyCheck.ContainedClauses(comparison), cancellationToken);
                    documents++;
                }
            }
        }

        return (contracts, documents);
    }
}
