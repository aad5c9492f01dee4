namespace ContractDocs.Model;

/// <summary>One of the four contracting models a contract is built for (accountable care, alliance, ...).</summary>
public sealed record ContractModel
{
    public ContractModel(string id, string title, string summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Title = title ?? string.Empty;
        Summary = summary ?? string.Empty;
    }

    public string Id { get; }

    public string Title { get; }

    public string Summary { get; }
}
