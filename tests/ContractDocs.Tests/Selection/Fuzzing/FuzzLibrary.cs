using ContractDocs.Library;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>Names from the repository's clause library that the examples do not all use: every variable any clause
/// or the model declares, every criterion and specification id. Read once.</summary>
internal static class FuzzLibrary
{
    private static readonly Lazy<ClauseLibrary> Library = new(() => LibraryLoader.Load(RepoPaths.Library).Library);

    private static readonly Lazy<string[]> VariableNamesList = new(() =>
        [.. Library.Value.Model.Variables.Concat(Library.Value.Versions.SelectMany(v => v.Variables)).Select(v => v.Name).Distinct().Order(StringComparer.Ordinal)]);

    private static readonly Lazy<string[]> ChoiceIdsList = new(() =>
        [.. Library.Value.Model.Criteria.Select(c => c.Id).Concat(Library.Value.Model.Specifications.Select(s => s.Id)).Order(StringComparer.Ordinal)]);

    public static IReadOnlyList<string> VariableNames => VariableNamesList.Value;

    /// <summary>Criterion and specification ids, in one list: a criterion among specifications is a mistake worth
    /// making too.</summary>
    public static IReadOnlyList<string> ChoiceIds => ChoiceIdsList.Value;
}
