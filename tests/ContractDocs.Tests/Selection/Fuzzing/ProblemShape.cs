using System.Reflection;
using ContractDocs.Selection;

namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>What every refusal must look like: at least one problem, each with a code from <see cref="ProblemCodes"/>,
/// a sentence and a JSON path that starts at the root.</summary>
internal static class ProblemShape
{
    public static IReadOnlySet<string> KnownCodes { get; } = typeof(ProblemCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static void Check(IReadOnlyCollection<SelectionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Assert.NotEmpty(problems);
        foreach (var problem in problems)
        {
            Assert.True(KnownCodes.Contains(problem.Code), $"Unknown code: {problem}");
            Assert.False(string.IsNullOrWhiteSpace(problem.Message), $"No message: {problem}");
            Assert.True(problem.Path?.StartsWith('$') == true, $"No JSON path: {problem}");
        }
    }
}
