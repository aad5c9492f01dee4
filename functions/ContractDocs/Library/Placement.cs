namespace ContractDocs.Library;

/// <summary>Where a core clause stands: before the elements' clauses, among them, or after them.</summary>
public enum Placement
{
    Front,
    Body,
    Back,
}
