using System.Collections.Immutable;
using ContractDocs.Selection;

namespace ContractDocs.Drafting;

/// <summary>What moving a contract from release <see cref="From"/> to <see cref="To"/> would change: the clauses and
/// schedules added, removed and changed, the values the new release needs that the old did not, and every problem the
/// selection meets on the new release, in the form's words. <see cref="CanMove"/> when there is none.</summary>
public sealed record MovePreview(
    string ContractId,
    string From,
    string To,
    ImmutableArray<MovedClause> Added,
    ImmutableArray<MovedClause> Removed,
    ImmutableArray<MovedClause> Changed,
    ImmutableArray<MoveVariable> NewVariables,
    ImmutableArray<SelectionProblem> Problems)
{
    public bool CanMove => Problems.IsEmpty;
}

/// <summary>A clause or schedule a move adds, removes or changes: its versions before and after (null where absent).</summary>
public sealed record MovedClause(string Id, string Kind, string Title, string? FromVersion, string? ToVersion);

/// <summary>A value the new release asks for that the old one did not, and whether the selection already gives it.</summary>
public sealed record MoveVariable(string Name, string Type, bool Required, string Description, bool Given);
