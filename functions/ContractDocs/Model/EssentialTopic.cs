using System.Collections.Immutable;

namespace ContractDocs.Model;

/// <summary>A topic every contract of the named models must carry (services, payment, a governance body, liability,
/// safeguarding …), and what supplies it: a clause id or a specification id, any one of which in the plan will do.</summary>
public sealed record EssentialTopic(string Id, string Title, ImmutableArray<string> Models, ImmutableArray<string> SuppliedBy)
{
    public bool AppliesTo(string modelId) => Models.Contains(modelId, StringComparer.Ordinal);
}
