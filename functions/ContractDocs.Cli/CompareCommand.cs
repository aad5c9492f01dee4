using System.CommandLine;
using System.Globalization;
using ContractDocs.Library;

namespace ContractDocs.Cli;

/// <summary><c>contractdocs compare FROM TO</c>: every clause, schedule and layout added, changed, retired or removed
/// between two releases, one per line, and with <c>--lines</c> the changed lines of each changed text.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var library = CommonOptions.Library();
        var from = new Argument<string>("FROM") { Description = "The earlier release id, e.g. 2026.2." };
        var to = new Argument<string>("TO") { Description = "The later release id, e.g. 2026.3." };
        var lines = new Option<bool>("--lines") { Description = "Also print, under each changed clause or schedule, the lines removed (-) and added (+)." };
        var command = new Command("compare", "Say what changed between two releases of the clause library.")
        {
            from,
            to,
            library,
            lines,
        };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var loaded = CommonOptions.Load(result.GetValue(library), error);
            if (loaded is null)
            {
                return ExitCodes.Usage;
            }

            var known = string.Join(", ", loaded.Library.Releases.Select(r => r.Id));
            var releases = new[] { result.GetValue(from)!, result.GetValue(to)! }.Select(id => (Id: id, Release: loaded.Library.FindRelease(id))).ToList();
            foreach (var (id, _) in releases.Where(r => r.Release is null))
            {
                error.WriteLine($"contractdocs: unknown-release: there is no release '{id}'. Releases: {known}.");
            }

            if (releases.Any(r => r.Release is null))
            {
                return ExitCodes.Problems;
            }

            var comparison = ReleaseComparison.Of(releases[0].Release!, releases[1].Release!);
            Write(output, loaded.Library, comparison, result.GetValue(lines));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter output, ClauseLibrary library, ReleaseComparison comparison, bool lines)
    {
        var (from, to) = (comparison.From.Id, comparison.To.Id);
        if (comparison.Changes.IsEmpty)
        {
            output.WriteLine($"{from} -> {to}: no differences.");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{from} -> {to}: {comparison.Added.Count()} added, {comparison.Changed.Count()} changed, {comparison.Removed.Count()} retired or removed"));
        foreach (var change in comparison.Changes)
        {
            var what = change.IsAdded ? "added" : change.IsRemoved ? (change.Retired ? "retired" : "removed") : "changed";
            var kind = change.Kind.ToString().ToLowerInvariant();
            var versions = change.Kind == PinnedKind.Layout
                ? $"{change.From?.ToString() ?? "default"} -> {change.To?.ToString() ?? "default"}"
                : change.IsAdded ? change.To!.ToString()! : change.IsRemoved ? change.From!.ToString()! : $"{change.From} -> {change.To}";
            output.WriteLine($"{what,-8} {kind,-9} {change.Id,-44} {versions}");
            if (lines && change.Kind != PinnedKind.Layout && change.From is { } a && change.To is { } b
                && library.Find(change.Id, a) is { } before && library.Find(change.Id, b) is { } after)
            {
                foreach (var (diff, line) in LineDiff.Compare(before.Body.Split('\n'), after.Body.Split('\n')).Where(d => d.Kind != LineDiff.Kind.Same))
                {
                    output.WriteLine($"    {(diff == LineDiff.Kind.Removed ? '-' : '+')} {line}");
                }
            }
        }
    }
}
