namespace ContractDocs.Storage;

/// <summary>The store could not be reached, failed or timed out (HTTP 503 with Retry-After). <see cref="Outcome"/>
/// says whether the failed operation may have written something; nothing half-written is ever visible.</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string message, WriteOutcome outcome, Exception? inner = null)
        : base(message, inner) => Outcome = outcome;

    public StorageUnavailableException(string message)
        : this(message, WriteOutcome.NothingWritten)
    {
    }

    public StorageUnavailableException(string message, Exception inner)
        : this(message, WriteOutcome.NothingWritten, inner)
    {
    }

    public StorageUnavailableException()
        : this("Storage is unavailable.", WriteOutcome.NothingWritten)
    {
    }

    public WriteOutcome Outcome { get; }
}
