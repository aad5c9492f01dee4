using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ContractDocs.LoadTest;

/// <summary>One bounded run: <c>clients</c> loops posting the selection until the time or the count runs out.</summary>
internal static class LoadRun
{
    public static async Task RunAsync(HttpClient http, string selection, int clients, TimeSpan duration, int maxCount, bool print)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var issued = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration && Interlocked.Increment(ref issued) <= maxCount)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new StringContent(selection, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(new Uri("/api/contracts", UriKind.Relative), content);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode == System.Net.HttpStatusCode.Created)
                {
                    latencies.Add(elapsed);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        if (print && sorted.Length > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {clients} | {sorted.Length} | {seconds:F1} | {sorted.Length / seconds:F0} | {Percentile(sorted, 0.50):F1} | {Percentile(sorted, 0.95):F1} | {errors} |"));
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
