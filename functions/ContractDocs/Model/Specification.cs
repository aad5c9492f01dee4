using System.Collections.Immutable;

namespace ContractDocs.Model;

/// <summary>The smallest choice a commissioner makes: one specification of one criterion.</summary>
public sealed record Specification
{
    public Specification(string id, string criterionId, string title, string help, ImmutableArray<string> models)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(criterionId);
        Id = id;
        CriterionId = criterionId;
        Title = title ?? string.Empty;
        Help = help ?? string.Empty;
        Models = models.IsDefault ? [] : models;
    }

    public string Id { get; }

    public string CriterionId { get; }

    public string Title { get; }

    public string Help { get; }

    /// <summary>The contract model ids this specification applies to.</summary>
    public ImmutableArray<string> Models { get; }

    public bool AppliesTo(string modelId) => Models.Contains(modelId, StringComparer.Ordinal);

    /// <summary>Where it comes from (model.yaml <c>basis:</c>), or null when the library does not say.</summary>
    public ModelBasis? Basis { get; init; }
}
