namespace ContractDocs.Library;

/// <summary>Where a core clause stands: in the recitals (the background, before Part 1), before the elements'
/// clauses, among them, or after them.</summary>
public enum Placement
{
    Front,
    Body,
    Back,
    Recitals,
}
