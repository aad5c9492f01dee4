namespace ContractDocs.Storage;

/// <summary>What is known of a write that failed.</summary>
public enum WriteOutcome
{
    /// <summary>The store was not reached, or refused before writing: nothing was written.</summary>
    NothingWritten,

    /// <summary>The request may have reached the store before the failure (a dropped connection, a timeout, a 5xx):
    /// the write may or may not have landed.</summary>
    Unknown,
}
