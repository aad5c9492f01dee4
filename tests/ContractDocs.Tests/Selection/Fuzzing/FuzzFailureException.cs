namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>A fuzz run found cases that fail their check; the message has the seeds to repeat it and the shrunk case.</summary>
public sealed class FuzzFailureException : Exception
{
    public FuzzFailureException()
    {
    }

    public FuzzFailureException(string message)
        : base(message)
    {
    }

    public FuzzFailureException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
