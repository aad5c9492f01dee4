using System.Collections.Immutable;

namespace ContractDocs.Model;

/// <summary>One of the four core elements: outcomes; partnership; financial; legal.</summary>
public sealed record Element
{
    public Element(string id, string title, string summary, ImmutableArray<Criterion> criteria)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Title = title ?? string.Empty;
        Summary = summary ?? string.Empty;
        Criteria = criteria.IsDefault ? [] : criteria;
    }

    public string Id { get; }

    public string Title { get; }

    public string Summary { get; }

    public ImmutableArray<Criterion> Criteria { get; }

    /// <summary>Where it comes from (model.yaml <c>basis:</c>), or null when the library does not say.</summary>
    public ModelBasis? Basis { get; init; }
}
