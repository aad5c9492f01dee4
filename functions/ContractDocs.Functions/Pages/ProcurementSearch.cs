using ContractDocs.Storage;

namespace ContractDocs.Functions.Pages;

/// <summary>Procurement's search: a contract id goes straight to that contract; words are matched against titles in the
/// listing index, newest first, reading at most <see cref="MaxScanned"/> entries per page of results (so a search costs
/// bounded work at any number of contracts) and offering the next stretch to search after that.</summary>
public static class ProcurementSearch
{
    public const int PageSize = 50;
    public const int MaxScanned = 2000;

    public static async Task<ContractPage> FindAsync(ContractArchive archive, string? query, string? continuation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var q = query?.Trim();
        if (string.IsNullOrEmpty(q))
        {
            return await archive.ListPageAsync(null, continuation, PageSize, cancellationToken);
        }

        if (ContractArchive.IsContractId(q))
        {
            var record = await archive.GetAsync(q, cancellationToken);
            return new ContractPage(record is null ? [] : [new ContractSummary(record.Id, record.Title, record.Release, record.Model, record.Status, record.CreatedBy, record.CreatedAt, record.Documents[0].Id)], null);
        }

        var matches = new List<ContractSummary>();
        var scanned = 0;
        do
        {
            var page = await archive.ListPageAsync(null, continuation, PageSize * 4, cancellationToken);
            matches.AddRange(page.Items.Where(c => c.Title.Contains(q, StringComparison.OrdinalIgnoreCase) || c.Id.Contains(q, StringComparison.OrdinalIgnoreCase)));
            scanned += page.Items.Length;
            continuation = page.Continuation;
        }
        while (continuation is not null && matches.Count < PageSize && scanned < MaxScanned);

        return new ContractPage([.. matches], continuation);
    }
}
