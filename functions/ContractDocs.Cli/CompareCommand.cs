using System.CommandLine;
using System.Globalization;
using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Rendering.Redline;
using ContractDocs.Selection;
using ContractDocs.Templating;

namespace ContractDocs.Cli;

/// <summary><c>contractdocs compare FROM TO</c>: every clause, schedule and layout added, changed, retired or removed
/// between two releases, one per line; with <c>--lines</c> the changed lines of each changed text; with
/// <c>-o redline.docx</c> the redline as a Word document with tracked changes; with <c>--selection S</c> the redline
/// of the contract that selection builds on FROM against the same selection on TO.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var library = CommonOptions.Library();
        var from = new Argument<string>("FROM") { Description = "The earlier release id, e.g. 2026.2." };
        var to = new Argument<string>("TO") { Description = "The later release id, e.g. 2026.3." };
        var lines = new Option<bool>("--lines") { Description = "Also print, under each changed clause or schedule, the lines removed (-) and added (+)." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Write the redline as a Word document (.docx) with tracked changes: every changed clause and schedule, word by word, after a summary table." };
        var selection = new Option<FileInfo>("--selection") { Description = "With -o: redline the contract this selection file builds on FROM against the same selection on TO (its release is replaced by each)." };
        var templates = new Option<DirectoryInfo>("--templates") { Description = "The Word templates folder (default: templates/ beside the clause library)." };
        var command = new Command("compare", "Say what changed between two releases of the clause library, or write it as a Word redline (-o).")
        {
            from,
            to,
            library,
            lines,
            output,
            selection,
            templates,
        };
        command.SetAction(result =>
        {
            var stdout = result.InvocationConfiguration.Output;
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

            var (before, after) = (releases[0].Release!, releases[1].Release!);
            if (before.Id == after.Id)
            {
                error.WriteLine($"contractdocs: same-release: {before.Id} and {after.Id} are the same release: nothing to compare.");
                return ExitCodes.Problems;
            }

            var target = result.GetValue(output);
            if (result.GetValue(selection) is not null && target is null)
            {
                error.WriteLine("contractdocs: --selection needs -o FILE.docx: the contract's redline is a Word document.");
                return ExitCodes.Usage;
            }

            if (target is null)
            {
                Write(stdout, loaded.Library, ReleaseComparison.Of(before, after), result.GetValue(lines));
                return ExitCodes.Ok;
            }

            var folder = result.GetValue(templates)?.FullName ?? TemplateSet.FindFolder(loaded.Library.Root);
            if (folder is null || !Directory.Exists(folder))
            {
                error.WriteLine("contractdocs: no templates folder found beside the clause library; pass --templates DIR.");
                return ExitCodes.Usage;
            }

            if (loaded.Library.Redline is null)
            {
                error.WriteLine($"contractdocs: no-redline-wording: the clause library has no valid {RedlineWording.FileName}; run 'contractdocs lint'.");
                return ExitCodes.Problems;
            }

            var templating = new ContractTemplating();
            var writer = new RedlineWriter(loaded.Library, TemplateSet.Load(folder, templating), new ContractRenderer(loaded.Library, TemplateSet.Load(folder, templating), templating));
            Func<Stream, int> write;
            if (result.GetValue(selection) is { } file)
            {
                var plans = new List<AssemblyPlan>();
                foreach (var release in new[] { before, after })
                {
                    var resolved = ResolveOn(file, release.Id, loaded.Library, error);
                    if (resolved is null)
                    {
                        return ExitCodes.Usage;
                    }

                    if (!resolved.Succeeded)
                    {
                        error.WriteLine($"contractdocs: the selection cannot be built on release {release.Id}:");
                        SelectionFile.Report(resolved.Problems, error);
                        return ExitCodes.Problems;
                    }

                    plans.Add(resolved.Plan!);
                }

                write = stream => writer.Contract(plans[0], plans[1], RenderOptions.Fixed, stream);
            }
            else
            {
                write = stream => writer.Releases(before, after, stream);
            }

            var partial = target.FullName + ".partial";
            try
            {
                Directory.CreateDirectory(target.DirectoryName!);
                int changes;
                using (var stream = File.Create(partial))
                {
                    changes = write(stream);
                }

                File.Move(partial, target.FullName, overwrite: true);
                stdout.WriteLine(target.FullName);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{before.Id} -> {after.Id}: {changes} tracked changes"));
                return ExitCodes.Ok;
            }
            catch (TemplateValueException e)
            {
                error.WriteLine($"$.variables: template-value: {e.Message}");
                return ExitCodes.Problems;
            }
            finally
            {
                if (File.Exists(partial))
                {
                    File.Delete(partial);
                }
            }
        });
        return command;
    }

    private static ResolveResult? ResolveOn(FileInfo file, string release, ClauseLibrary library, TextWriter error)
    {
        if (!file.Exists)
        {
            error.WriteLine($"contractdocs: no selection file at '{file.FullName}'.");
            return null;
        }

        var read = SelectionReader.Read(File.ReadAllBytes(file.FullName));
        return read.Selection is null ? new ResolveResult(null, read.Problems) : new Resolver(library).Resolve(read.Selection with { Release = release });
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
                foreach (var (diff, line) in SequenceDiff.Lines(before.Body, after.Body).Where(d => d.Kind != DiffKind.Same))
                {
                    output.WriteLine($"    {(diff == DiffKind.Removed ? '-' : '+')} {line}");
                }
            }
        }
    }
}
