namespace ContractDocs.Model;

/// <summary>How a party kind or a party role (a fixed id the engine knows) reads in a contract and on the form:
/// legal's words from model.yaml <c>partyKinds</c> and <c>partyRoles</c>.</summary>
public sealed record PartyLabel(string Id, string Title, string Hint);
