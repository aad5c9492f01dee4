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

/// <summary>Placements as the library writes them: lower-case names only (not "Front", not a number).</summary>
internal static class PlacementNames
{
    public static bool TryParse(string text, bool recitals, out Placement placement)
    {
        (var known, placement) = text switch
        {
            "front" => (true, Placement.Front),
            "body" => (true, Placement.Body),
            "back" => (true, Placement.Back),
            "recitals" when recitals => (true, Placement.Recitals),
            _ => (false, Placement.Body),
        };
        return known;
    }
}
