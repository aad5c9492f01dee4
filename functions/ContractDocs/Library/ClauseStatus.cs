namespace ContractDocs.Library;

public enum ClauseStatus
{
    Draft,
    Approved,
    Retired,
}
