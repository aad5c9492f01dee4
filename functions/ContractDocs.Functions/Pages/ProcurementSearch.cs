using ContractDocs.Storage;

namespace ContractDocs.Functions.Pages;

/// <summary>Procurement's search. A contract id goes straight to that contract. Words are looked up in the title-word
/// index: the entries of the query's longest word (a whole word, or the start of one) are listed and kept where the
/// title holds the whole query; at most <see cref="MaxScanned"/> entries are read per page of results, so a search costs
/// bounded work at any number of contracts, and the next stretch is offered after that. The status of each contract
/// found is read from its record.</summary>
public static class ProcurementSearch
{
    public const int PageSize = 50;
    public const int MaxScanned = 1000;

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
            return new ContractPage(record is null ? [] : [Summary(record)], null);
        }

        var words = TitleWords.Of(q);
        if (words.Count == 0)
        {
            return new ContractPage([], null);
        }

        var word = words.OrderByDescending(w => w.Length).First();
        var found = new List<ContractSummary>();
        var scanned = 0;
        do
        {
            var page = await archive.ListByTitleWordAsync(word, continuation, 250, cancellationToken);
            found.AddRange(page.Items.Where(c => c.Title.Contains(q, StringComparison.OrdinalIgnoreCase) && found.All(f => f.Id != c.Id)));
            scanned += page.Items.Length;
            continuation = page.Continuation;
        }
        while (continuation is not null && found.Count < PageSize && scanned < MaxScanned);

        var records = await Task.WhenAll(found.Take(PageSize).Select(c => archive.GetAsync(c.Id, cancellationToken)));
        return new ContractPage([.. records.OfType<ContractRecord>().Select(Summary)], continuation);
    }

    private static ContractSummary Summary(ContractRecord record) =>
        new(record.Id, record.Title, record.Release, record.Model, record.Status, record.CreatedBy, record.CreatedAt, record.Documents[0].Id);
}
