namespace ContractDocs.Library;

/// <summary>What a library text is: a clause of the agreement, or a schedule to it. Both are versioned, pinned by
/// releases, brought in by <c>requires</c> and cited with <c>{{ref}}</c>; they share one id space.</summary>
public enum ClauseKind
{
    /// <summary>A clause, under <c>clauses/</c>: numbered 1, 2, … within the Parts.</summary>
    Clause,

    /// <summary>A schedule, under <c>schedules/</c>: numbered Schedule 1, 2, … after the clauses, its paragraphs 1, 2, ….</summary>
    Schedule,
}
