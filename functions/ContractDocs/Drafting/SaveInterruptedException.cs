using ContractDocs.Storage;

namespace ContractDocs.Drafting;

/// <summary>Storage failed while a contract was drafted or a document filed (HTTP 503 with Retry-After). Says truly what
/// was left: <see cref="State"/> and the contract it concerns, so that the answer never claims "nothing was saved"
/// when something may have been.</summary>
public sealed class SaveInterruptedException : Exception
{
    public SaveInterruptedException(string contractId, ContractState state, StorageUnavailableException inner, bool filing = false)
        : base($"Storage failed while saving {(filing ? "a document filed against " : string.Empty)}{contractId} ({state}).", inner)
    {
        ContractId = contractId;
        State = state;
        Filing = filing;
    }

    public SaveInterruptedException()
        : base("Storage failed while saving.")
    {
        ContractId = string.Empty;
    }

    public SaveInterruptedException(string message)
        : base(message)
    {
        ContractId = string.Empty;
    }

    public SaveInterruptedException(string message, Exception inner)
        : base(message, inner)
    {
        ContractId = string.Empty;
    }

    public string ContractId { get; }

    public ContractState State { get; }

    /// <summary>True when it was an executed document being filed against <see cref="ContractId"/> (the state is the
    /// filing's); false when it was the contract being drafted.</summary>
    public bool Filing { get; }
}
