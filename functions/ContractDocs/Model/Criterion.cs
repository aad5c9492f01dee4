using System.Collections.Immutable;

namespace ContractDocs.Model;

/// <summary>A contracting criterion of one core element, with its specifications in model order.</summary>
public sealed record Criterion
{
    public Criterion(
        string id,
        string elementId,
        string title,
        string help,
        ImmutableArray<string> models,
        ImmutableArray<string> defaults,
        ImmutableArray<Specification> specifications)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        ElementId = elementId;
        Title = title ?? string.Empty;
        Help = help ?? string.Empty;
        Models = models.IsDefault ? [] : models;
        Defaults = defaults.IsDefault ? [] : defaults;
        Specifications = specifications.IsDefault ? [] : specifications;
    }

    public string Id { get; }

    public string ElementId { get; }

    public string Title { get; }

    public string Help { get; }

    public ImmutableArray<string> Models { get; }

    /// <summary>Specification ids chosen when the criterion itself is chosen.</summary>
    public ImmutableArray<string> Defaults { get; }

    public ImmutableArray<Specification> Specifications { get; }

    public bool AppliesTo(string modelId) => Models.Contains(modelId, StringComparer.Ordinal);

    /// <summary>Where it comes from (model.yaml <c>basis:</c>), or null when the library does not say.</summary>
    public ModelBasis? Basis { get; init; }
}
