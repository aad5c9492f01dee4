namespace ContractDocs.Storage;

/// <summary>The store could not be reached or timed out (HTTP 503 with Retry-After). Nothing partial is visible.</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public StorageUnavailableException()
    {
    }
}
