using System.Globalization;

namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>What a fuzz run did: its seed, how many cases, each verdict's count and time, how many failed and how
/// long the run took (wall clock, checks running in parallel).</summary>
internal sealed record FuzzReport(string Seed, int Count, IReadOnlyDictionary<string, FuzzVerdict> Verdicts, int Failures, TimeSpan Elapsed)
{
    public int Of(string verdict) => Verdicts.GetValueOrDefault(verdict)?.Count ?? 0;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Fuzz run seed {Seed} (set CONTRACTDOCS_FUZZ_SEED to repeat it): {Count:N0} cases in {Elapsed.TotalSeconds:0.0} s, {Failures:N0} failed; ")
        + string.Join(", ", Verdicts.OrderBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Value.Count:N0} {v.Key} ({v.Value.Time.TotalMilliseconds / v.Value.Count:0.0} ms each)")));
}
