using System.Collections.Immutable;

namespace ContractDocs.Model;

/// <summary>
/// A rule for the parties given a role, declared on a <c>parties</c> variable by the clause that needs it (front matter
/// <c>roles:</c>): how many may hold it (<see cref="Min"/>, <see cref="Max"/>), of which kinds (<see cref="Kinds"/>,
/// empty: any), which kinds must be among them (<see cref="MustIncludeKinds"/>), and another role each must also hold
/// (<see cref="Within"/>: the host of a pooled fund must be one of its partners). Two clauses' rules for one role
/// combine to the stricter.
/// </summary>
public sealed record RoleRule(string Role, int? Min, int? Max, ImmutableArray<string> Kinds, ImmutableArray<string> MustIncludeKinds, string? Within)
{
    public RoleRule Merge(RoleRule other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new RoleRule(
            Role,
            Min is null ? other.Min : other.Min is null ? Min : Math.Max(Min.Value, other.Min.Value),
            Max is null ? other.Max : other.Max is null ? Max : Math.Min(Max.Value, other.Max.Value),
            Kinds.IsEmpty ? other.Kinds : other.Kinds.IsEmpty ? Kinds : [.. Kinds.Intersect(other.Kinds)],
            [.. MustIncludeKinds.Union(other.MustIncludeKinds)],
            Within ?? other.Within);
    }
}
