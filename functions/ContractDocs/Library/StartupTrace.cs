using System.Diagnostics;

namespace ContractDocs.Library;

/// <summary>
/// Where a cold start's time goes: with <c>CONTRACTDOCS_TRACE_STARTUP=1</c> each <see cref="Mark"/> writes one line to
/// stderr, <c>startup: PHASE +N ms (T ms since process start; JIT +M methods, +J ms)</c>, N being the time since the
/// previous mark and M and J the methods the JIT compiled in that time and the time it took. Off, a
/// mark costs one static read. Process start is the kernel's start time of this process, so the first mark's
/// figure includes the runtime's own start (host, runtime, assembly loading up to Main).
/// </summary>
public static class StartupTrace
{
    private static readonly Lock Gate = new();
    private static DateTime _last = Enabled ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;
    private static readonly DateTime Started = _last;
    private static long _jitted;
    private static TimeSpan _jitTime;

    /// <summary>Whether CONTRACTDOCS_TRACE_STARTUP=1 (read once).</summary>
    public static bool Enabled => Switch.On;

    /// <summary>Records that <paramref name="phase"/> has just ended.</summary>
    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        lock (Gate)
        {
            var now = DateTime.UtcNow;
            var delta = (now - _last).TotalMilliseconds;
            _last = now;
            var total = (now - Started).TotalMilliseconds;
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jitTime = System.Runtime.JitInfo.GetCompilationTime();
            Console.Error.WriteLine(
                $"startup: {phase} +{delta:0.0} ms ({total:0} ms since process start; " +
                $"JIT +{jitted - _jitted} methods, +{(jitTime - _jitTime).TotalMilliseconds:0.0} ms)");
            _jitted = jitted;
            _jitTime = jitTime;
        }
    }

    private static class Switch
    {
        public static readonly bool On = Environment.GetEnvironmentVariable("CONTRACTDOCS_TRACE_STARTUP") == "1";
    }
}
