namespace ContractDocs.Model;

/// <summary>The closed set of variable types a clause may declare; see clause-library/README.md.</summary>
public enum VariableType
{
    Text,
    Date,
    Money,
    Percentage,
    Integer,
    Boolean,
    Choice,
    TextList,
    Party,
    Parties,
    People,
    Outcomes,
    PaymentAtRisk,
    Contributions,
    QualityRequirements,
    Subcontractors,
    DataFlows,
}
