namespace ContractDocs.Storage;

/// <summary>A create-only write found a document already there (HTTP 409). Nothing was written.</summary>
public sealed class DocumentExistsException : Exception
{
    public DocumentExistsException(string message)
        : base(message)
    {
    }

    public DocumentExistsException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public DocumentExistsException()
    {
    }
}
