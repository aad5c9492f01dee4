using System.Text.RegularExpressions;

namespace ContractDocs.Library;

/// <summary>The shapes of the library's identifiers.</summary>
public static partial class Ids
{
    /// <summary>A clause id: lower-case kebab-case, e.g. <c>alliance-leadership-team</c>.</summary>
    public static bool IsClauseId(string? id) => id is not null && ClauseIdPattern().IsMatch(id);

    /// <summary>A specification id: criterion id, a dot and a kebab-case slug, e.g. <c>P2.decision-rule</c>.</summary>
    public static bool IsSpecificationId(string? id) => id is not null && SpecificationIdPattern().IsMatch(id);

    /// <summary>A criterion id: an element letter and a number, e.g. <c>F4</c>.</summary>
    public static bool IsCriterionId(string? id) => id is not null && CriterionIdPattern().IsMatch(id);

    /// <summary>A variable name: camelCase ASCII, e.g. <c>annualBudget</c>.</summary>
    public static bool IsVariableName(string? name) => name is not null && VariableNamePattern().IsMatch(name);

    /// <summary>A release id: year, a dot and a sequence number, e.g. <c>2026.2</c>.</summary>
    public static bool IsReleaseId(string? id) => id is not null && ReleaseIdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex ClauseIdPattern();

    [GeneratedRegex(@"^[A-Z][0-9]+\.[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex SpecificationIdPattern();

    [GeneratedRegex("^[A-Z][0-9]+$")]
    private static partial Regex CriterionIdPattern();

    [GeneratedRegex("^[a-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex VariableNamePattern();

    [GeneratedRegex(@"^[0-9]{4}\.[1-9][0-9]{0,2}$")]
    private static partial Regex ReleaseIdPattern();
}
