namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>A value a clause needs: its name, type ("text", "money", "parties", …), whether required, and what it is.</summary>
public sealed record VariableSummary(string Name, string Type, bool Required, string Description);
