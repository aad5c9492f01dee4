using System.Collections.Immutable;

namespace ContractDocs.Model;

/// <summary>
/// The rules a release is held to from <see cref="Since"/> on (model.yaml <c>rules:</c>): every essential topic of its
/// model in every contract, and clause and schedule text that cites other clauses and schedules by <c>{{ref}}</c>, never
/// in words. Earlier releases were published before these rules and keep building what they always built.
/// </summary>
public sealed record DraftingRules(string? Since, ImmutableArray<EssentialTopic> Essentials)
{
    public static DraftingRules None { get; } = new(null, []);

    /// <summary>True when a release with this id is held to the rules.</summary>
    public bool Apply(string releaseId) => Since is not null && ReleaseOrder.Compare(releaseId, Since) >= 0;
}
