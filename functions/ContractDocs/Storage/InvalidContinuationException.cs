namespace ContractDocs.Storage;

/// <summary>A listing's continuation token is not one a listing issued (altered, truncated or from elsewhere); HTTP 400.</summary>
public sealed class InvalidContinuationException : FormatException
{
    public InvalidContinuationException(string message, Exception? inner)
        : base(message, inner)
    {
    }

    public InvalidContinuationException()
        : base("The continuation token is not one a listing issued.")
    {
    }

    public InvalidContinuationException(string message)
        : base(message)
    {
    }
}
