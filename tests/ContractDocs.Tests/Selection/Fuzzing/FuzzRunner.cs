using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CsCheck;

namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>
/// Runs a property over a fixed, repeatable list of generated cases. The run's seed (the default given, or
/// <c>CONTRACTDOCS_FUZZ_SEED</c>) draws one CsCheck seed per case, so a run that fails fails again the same way, and
/// any one case can be replayed from its own seed. Cases are generated and checked in parallel
/// (<c>parallelism</c> at a time); a check returns a verdict for the tally or throws. On failure the first failing
/// case is handed to CsCheck, which shrinks it to a smaller case that still fails, and the run throws with the run
/// seed, the case's seed, the case, its shrunk form and every failure counted by kind.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>Cases to run: <paramref name="defaultCount"/>, or <c>CONTRACTDOCS_FUZZ_CASES</c> for a longer run.</summary>
    public static int Count(int defaultCount) =>
        int.TryParse(Environment.GetEnvironmentVariable("CONTRACTDOCS_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? count : defaultCount;

    public static string Seed(string defaultSeed) =>
        Environment.GetEnvironmentVariable("CONTRACTDOCS_FUZZ_SEED") is { Length: > 0 } seed ? seed : defaultSeed;

    /// <exception cref="FuzzFailureException">Some case failed its check.</exception>
    public static async Task<FuzzReport> RunAsync<T>(
        Gen<T> gen, Func<T, Task<string>> check, string seed, int count, int parallelism, TimeSpan shrinkTime)
    {
        ArgumentNullException.ThrowIfNull(gen);
        ArgumentNullException.ThrowIfNull(check);
        var clock = Stopwatch.StartNew();
        var run = PCG.Parse(seed);
        var seeds = Enumerable.Range(0, count).Select(_ => new PCG(run.Next(), run.Next64()).ToString()).ToArray();
        var verdicts = new ConcurrentDictionary<string, (int Count, long Ticks)>(StringComparer.Ordinal);
        var failures = new ConcurrentDictionary<int, Exception>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, cancel) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var verdict = await check(gen.Generate(PCG.Parse(seeds[i]), null, out _));
                var ticks = Stopwatch.GetTimestamp() - started;
                verdicts.AddOrUpdate(verdict, (1, ticks), (_, v) => (v.Count + 1, v.Ticks + ticks));
            }
#pragma warning disable CA1031 // Do not catch general exception types: every failure is collected and reported.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures[i] = e;
            }
        });
        var report = new FuzzReport(
            seed, count,
            verdicts.ToDictionary(v => v.Key, v => new FuzzVerdict(v.Value.Count, TimeSpan.FromSeconds((double)v.Value.Ticks / Stopwatch.Frequency)), StringComparer.Ordinal),
            failures.Count, clock.Elapsed);
        if (failures.IsEmpty)
        {
            return report;
        }

        var first = failures.Keys.Min();
        var firstCase = gen.Generate(PCG.Parse(seeds[first]), null, out _);
        var shrunk = "CsCheck could not reproduce the failure.";
        try
        {
            await gen.SampleAsync(async t => { await check(t); }, seed: seeds[first], time: (int)Math.Ceiling(shrinkTime.TotalSeconds), threads: 1, print: t => t?.ToString() ?? "null");
        }
        catch (CsCheckException e)
        {
            shrunk = $"{e.Message}\n{e.InnerException?.GetType().Name}: {e.InnerException?.Message}";
        }

        var kinds = failures.Values
            .GroupBy(e => $"{e.GetType().Name}: {FirstLine(e.Message)}", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => $"  {g.Count(),5} x {g.Key}");
        throw new FuzzFailureException(
            $"{report}\nFirst failure, case #{first} (CsCheck seed {seeds[first]}): {firstCase}\n{failures[first]}\n\n"
            + $"Shrunk by CsCheck: {shrunk}\n\nFailures by kind:\n{string.Join("\n", kinds)}", failures[first]);
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0];
        return line.Length <= 160 ? line : line[..160] + "…";
    }
}
