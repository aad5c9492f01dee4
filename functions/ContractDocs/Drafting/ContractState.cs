namespace ContractDocs.Drafting;

/// <summary>Where a save that storage interrupted was left, as far as anyone can know.</summary>
public enum ContractState
{
    /// <summary>Nothing was recorded: no contract (or no filing) exists from this request.</summary>
    NotSaved,

    /// <summary>The write that records it was sent and its answer lost: it may exist. A retry finds it.</summary>
    MayBeSaved,

    /// <summary>It is recorded, but its audit event or its listing entry is not yet written. A retry completes them.</summary>
    SavedIncomplete,
}
