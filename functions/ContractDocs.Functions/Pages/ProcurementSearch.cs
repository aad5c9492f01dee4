using ContractDocs.Storage;

namespace ContractDocs.Functions.Pages;

/// <summary>Procurement's search. A contract id goes straight to that contract. Words are looked up in the title-word
/// index: the first page of every word of the query (a whole word, or the start of one) is read side by side, and the
/// search goes on through the word whose entries most often hold the whole query (the rarest, in effect: a word that
/// is in every title is no guide); an entry is kept where its title holds the whole query. At most
/// <see cref="MaxScanned"/> entries are read per page of results, so a search costs bounded work at any number of
/// contracts, and the next stretch is offered after that. The status of each contract found is read from its record.</summary>
public static class ProcurementSearch
{
    public const int PageSize = 50;
    public const int MaxScanned = 1000;
    private const int Batch = 200;

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

        bool Matches(ContractSummary c) => c.Title.Contains(q, StringComparison.OrdinalIgnoreCase);
        string word;
        ContractPage page;
        if (continuation is { } token && token.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 && words.Contains(token[..dot], StringComparer.Ordinal))
        {
            // Where the last page of results stopped: in that word's entries.
            word = token[..dot];
            page = await archive.ListByTitleWordAsync(word, token[(dot + 1)..], Batch, cancellationToken);
        }
        else
        {
            var first = await Task.WhenAll(words.Select(async w => (Word: w, Page: await archive.ListByTitleWordAsync(w, null, Batch, cancellationToken))));
            (word, page) = first.OrderByDescending(f => f.Page.Continuation is null).ThenByDescending(f => f.Page.Items.Count(Matches)).ThenBy(f => f.Page.Items.Length).First();
        }

        var found = new List<ContractSummary>();
        var scanned = 0;
        while (true)
        {
            found.AddRange(page.Items.Where(c => Matches(c) && found.All(f => f.Id != c.Id)));
            scanned += page.Items.Length;
            continuation = page.Continuation;
            if (continuation is null || found.Count >= PageSize || scanned >= MaxScanned)
            {
                break;
            }

            page = await archive.ListByTitleWordAsync(word, continuation, Batch, cancellationToken);
        }

        var records = await Task.WhenAll(found.Take(PageSize).Select(c => archive.GetAsync(c.Id, cancellationToken)));
        return new ContractPage([.. records.OfType<ContractRecord>().Select(Summary)], continuation is null ? null : $"{word}.{continuation}");
    }

    private static ContractSummary Summary(ContractRecord record) =>
        new(record.Id, record.Title, record.CurrentRelease, record.Model, record.Status, record.CreatedBy, record.CreatedAt, record.LatestDraft?.Id ?? record.Documents[0].Id);
}
