namespace ContractDocs.Library;

/// <summary>Whether a line or word is in both texts, only the first, or only the second.</summary>
public enum DiffKind
{
    Same,
    Removed,
    Added,
}
