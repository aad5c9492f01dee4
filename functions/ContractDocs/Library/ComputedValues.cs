using System.Collections.Frozen;

namespace ContractDocs.Library;

/// <summary>The values the renderer computes for every contract, which clauses, schedules and templates may read
/// without declaring them: <c>contract</c> (title, reference, model, modelTitle, release, selectionSha256, clauseCount,
/// generator, annualValue, years), <c>draft</c> (generatedOn, generatedBy), and from the parties' chosen roles
/// <c>partiesByRole</c>, <c>leadProvider</c> and <c>poolHost</c>.</summary>
public static class ComputedValues
{
    public static FrozenSet<string> Names { get; } =
        new[] { "contract", "draft", "partiesByRole", "leadProvider", "poolHost" }.ToFrozenSet(StringComparer.Ordinal);
}
