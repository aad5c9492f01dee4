using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ContractDocs.Model;

/// <summary>
/// The whole contracting model of model.yaml: contract models, contract-level variables and the element ->
/// criterion -> specification tree. Immutable and safe to share between threads.
/// </summary>
public sealed class ContractingModel
{
    private readonly FrozenDictionary<string, ContractModel> _models;
    private readonly FrozenDictionary<string, Criterion> _criteria;
    private readonly FrozenDictionary<string, Specification> _specifications;
    private readonly FrozenDictionary<string, int> _specificationOrder;
    private readonly FrozenDictionary<string, int> _lines;

    public ContractingModel(
        ImmutableArray<ContractModel> models,
        ImmutableArray<VariableDefinition> variables,
        ImmutableArray<Element> elements,
        IReadOnlyDictionary<string, int>? lines = null,
        DraftingRules? rules = null,
        ImmutableArray<PartyLabel> partyKinds = default,
        ImmutableArray<PartyLabel> partyRoles = default)
    {
        Rules = rules ?? DraftingRules.None;
        PartyKinds = partyKinds.IsDefault ? [] : partyKinds;
        PartyRoles = partyRoles.IsDefault ? [] : partyRoles;
        _lines = (lines ?? new Dictionary<string, int>()).ToFrozenDictionary(StringComparer.Ordinal);
        Models = models.IsDefault ? [] : models;
        Variables = variables.IsDefault ? [] : variables;
        Elements = elements.IsDefault ? [] : elements;
        _models = Models.DistinctBy(m => m.Id).ToFrozenDictionary(m => m.Id, StringComparer.Ordinal);
        var criteria = Elements.SelectMany(e => e.Criteria).ToList();
        _criteria = criteria.DistinctBy(c => c.Id).ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        var specifications = criteria.SelectMany(c => c.Specifications).ToList();
        _specifications = specifications.DistinctBy(s => s.Id).ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _specificationOrder = specifications
            .Select((s, i) => (s.Id, i))
            .DistinctBy(p => p.Id)
            .ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    public ImmutableArray<ContractModel> Models { get; }

    /// <summary>Variables every contract needs, whatever is chosen.</summary>
    public ImmutableArray<VariableDefinition> Variables { get; }

    public ImmutableArray<Element> Elements { get; }

    /// <summary>The rules releases are held to from a given release on: essential topics, citation by reference.</summary>
    public DraftingRules Rules { get; }

    /// <summary>The works the model rests on and the words for the origin of each choice (model.yaml <c>sources:</c>).</summary>
    public ModelSources Sources { get; init; } = ModelSources.None;

    /// <summary>How each value the commissioner fills in reads (model.yaml <c>labels</c>).</summary>
    public FieldLabels Labels { get; init; } = FieldLabels.None;

    /// <summary>Each party kind's words (model.yaml <c>partyKinds</c>), in the order the form offers them.</summary>
    public ImmutableArray<PartyLabel> PartyKinds { get; }

    /// <summary>Each party role's words (model.yaml <c>partyRoles</c>).</summary>
    public ImmutableArray<PartyLabel> PartyRoles { get; }

    /// <summary>A party kind's title ("Local authority"), or the id when model.yaml has none.</summary>
    public string KindTitle(string kind) => PartyKinds.FirstOrDefault(k => k.Id == kind)?.Title ?? kind;

    /// <summary>A party role's title ("Lead Provider"), or the id when model.yaml has none.</summary>
    public string RoleTitle(string role) => PartyRoles.FirstOrDefault(r => r.Id == role)?.Title ?? role;

    public IEnumerable<Criterion> Criteria => Elements.SelectMany(e => e.Criteria);

    public IEnumerable<Specification> Specifications => Criteria.SelectMany(c => c.Specifications);

    public ContractModel? FindModel(string id) => _models.GetValueOrDefault(id);

    public Criterion? FindCriterion(string id) => _criteria.GetValueOrDefault(id);

    public Specification? FindSpecification(string id) => _specifications.GetValueOrDefault(id);

    /// <summary>The line of model.yaml that declares a model, element, criterion or specification id; 0 if unknown.</summary>
    public int LineOf(string id) => _lines.GetValueOrDefault(id);

    /// <summary>model.yaml's line of every id (for a release snapshot).</summary>
    internal IReadOnlyDictionary<string, int> Lines => _lines;

    /// <summary>The position of a specification in document order (element, criterion, specification).</summary>
    public int OrderOf(string specificationId) =>
        _specificationOrder.TryGetValue(specificationId, out var order) ? order : int.MaxValue;
}
