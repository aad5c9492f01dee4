using System.Collections.Immutable;

namespace ContractDocs.Templating;

/// <summary>The contract models in which a piece of template text is printed, from the
/// <c>{{#eq contract.model "…"}}</c> blocks around it: only one model (<see cref="OnlyModel"/>), or every model but
/// those in <see cref="ExceptModels"/>. <see cref="Never"/> for text no model prints (a model tested inside a block
/// for another model).</summary>
public sealed record ModelCondition(string? OnlyModel, ImmutableArray<string> ExceptModels, bool Never = false)
{
    public static ModelCondition Always { get; } = new(null, []);

    public bool AppliesTo(string model) => !Never && (OnlyModel is null || OnlyModel == model) && !ExceptModels.Contains(model);

    public ModelCondition Only(string model) =>
        Never || (OnlyModel is not null && OnlyModel != model) || ExceptModels.Contains(model) ? this with { Never = true } : new(model, []);

    public ModelCondition Except(string model) =>
        Never || OnlyModel == model ? this with { Never = true } : OnlyModel is not null ? this : this with { ExceptModels = ExceptModels.Add(model) };
}
