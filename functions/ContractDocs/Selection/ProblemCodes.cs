namespace ContractDocs.Selection;

/// <summary>The stable codes a selection can be refused with. Clients may rely on them; never rename one.</summary>
public static class ProblemCodes
{
    public const string InvalidJson = "invalid-json";
    public const string TooLarge = "too-large";
    public const string InvalidField = "invalid-field";
    public const string UnknownField = "unknown-field";
    public const string MissingField = "missing-field";
    public const string IllegalCharacter = "illegal-character";
    public const string DuplicateKey = "duplicate-key";
    public const string UnknownRelease = "unknown-release";
    public const string UnknownModel = "unknown-model";
    public const string UnknownCriterion = "unknown-criterion";
    public const string UnknownSpecification = "unknown-specification";
    public const string NotForModel = "not-for-model";
    public const string DuplicateChoice = "duplicate-choice";
    public const string NoClause = "no-clause";
    public const string RetiredClause = "retired-clause";
    public const string ExcludedPair = "excluded-pair";
    public const string UnmetRequirement = "unmet-requirement";
    public const string MissingVariable = "missing-variable";
    public const string InvalidVariable = "invalid-variable";
    public const string UnknownReference = "unknown-reference";
    public const string UndefinedTerm = "undefined-term";
    public const string Unbuildable = "unbuildable";
    public const string MissingEssential = "missing-essential";
}
