namespace ContractDocs.Storage;

/// <summary>A conditional write found the document changed since its ETag was read (HTTP 412).</summary>
public sealed class DocumentChangedException : Exception
{
    public DocumentChangedException(string message)
        : base(message)
    {
    }

    public DocumentChangedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public DocumentChangedException()
    {
    }
}
