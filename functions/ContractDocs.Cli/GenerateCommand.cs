using System.CommandLine;
using System.Diagnostics;
using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Selection;
using ContractDocs.Templating;

namespace ContractDocs.Cli;

/// <summary><c>contractdocs generate SELECTION.json -o OUT.docx</c>: the contract as an editable Word document.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var selection = new Argument<FileInfo>("SELECTION") { Description = "A selection file (JSON)." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the .docx.", Required = true };
        var library = CommonOptions.Library();
        var templates = new Option<DirectoryInfo>("--templates") { Description = "The Word templates folder (default: templates/ beside the clause library)." };
        var generatedAt = new Option<DateTimeOffset?>("--generated-at") { Description = "The draft's date and time, as printed in it and in its properties (default: now). The same selection, release and time give the same bytes." };
        var generatedBy = new Option<string>("--generated-by") { Description = "Who prepared the draft, as printed on its cover (default: the user name)." };
        var command = new Command("generate", "Build the contract a selection describes and write it as a Word document.")
        {
            selection, output, library, templates, generatedAt, generatedBy,
        };
        command.SetAction(result =>
        {
            var stdout = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var clock = Stopwatch.StartNew();
            StartupTrace.Mark("cli: command parsed");
            var loaded = CommonOptions.Load(result.GetValue(library), error);
            if (loaded is null)
            {
                return ExitCodes.Usage;
            }

            var resolved = SelectionFile.Resolve(result.GetValue(selection)!, loaded, error);
            if (resolved is null)
            {
                return ExitCodes.Usage;
            }

            if (!resolved.Succeeded)
            {
                SelectionFile.Report(resolved.Problems, error);
                return ExitCodes.Problems;
            }

            var folder = result.GetValue(templates)?.FullName ?? TemplateSet.FindFolder(loaded.Library.Root);
            if (folder is null || !Directory.Exists(folder))
            {
                error.WriteLine("contractdocs: no templates folder found beside the clause library; pass --templates DIR.");
                return ExitCodes.Usage;
            }

            StartupTrace.Mark("cli: selection read and resolved");
            var templating = new ContractTemplating();
            StartupTrace.Mark("cli: Handlebars environment");
            var renderer = new ContractRenderer(loaded.Library, TemplateSet.Load(folder, templating), templating);
            StartupTrace.Mark("cli: renderer ready (templates listed, none read yet)");
            var target = result.GetValue(output)!;
            var partial = target.FullName + ".partial";
            try
            {
                Directory.CreateDirectory(target.DirectoryName!);
                RenderedContract rendered;
                using (var file = File.Create(partial))
                {
                    var options = new RenderOptions(result.GetValue(generatedAt) ?? DateTimeOffset.UtcNow, result.GetValue(generatedBy) ?? Environment.UserName);
                    rendered = renderer.Render(resolved.Plan!, file, options);
                }

                File.Move(partial, target.FullName, overwrite: true);
                StartupTrace.Mark("cli: written");
                stdout.WriteLine(target.FullName);
                stdout.WriteLine($"{rendered.ClauseCount} clauses, {rendered.Schedules.Length} schedules, {clock.ElapsedMilliseconds} ms");
                return ExitCodes.Ok;
            }
            catch (TemplateValueException e)
            {
                error.WriteLine($"$.variables: template-value: {e.Message}");
                return ExitCodes.Problems;
            }
            catch (UnreadableDocumentException e)
            {
                var where = resolved.Plan!.Clauses.FirstOrDefault(c => c.Clause.Key == e.Clause)?.Clause.Path ?? e.Part;
                error.WriteLine($"{where}: unreadable-document: {e.Message}");
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
}
