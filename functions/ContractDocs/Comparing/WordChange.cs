namespace ContractDocs.Comparing;

/// <summary>One run of changed words in a clause: the draft's words that went (<see cref="Removed"/>, empty for a pure
/// insertion) and the signed copy's words that came (<see cref="Added"/>, empty for a pure deletion), with a few words
/// of unchanged text before them so that a reader can find the place.</summary>
public sealed record WordChange(string Before, string Removed, string Added);
