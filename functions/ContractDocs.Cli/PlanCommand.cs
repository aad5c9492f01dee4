using System.CommandLine;
using System.Text.Json;
using ContractDocs.Library;
using ContractDocs.Selection;

namespace ContractDocs.Cli;

/// <summary><c>contractdocs plan SELECTION.json</c>: the assembly plan as JSON, or the problems.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var selection = new Argument<FileInfo>("SELECTION") { Description = "A selection file (JSON): release, model, criteria, specifications, variables." };
        var library = CommonOptions.Library();
        var command = new Command("plan", "Resolve a selection into an assembly plan and print it as JSON.") { selection, library };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var resolved = SelectionFile.Resolve(result.GetValue(selection)!, result.GetValue(library), error);
            if (resolved is null)
            {
                return ExitCodes.Usage;
            }

            if (!resolved.Succeeded)
            {
                SelectionFile.Report(resolved.Problems, error);
                return ExitCodes.Problems;
            }

            StartupTrace.Mark("cli: selection read and resolved");
            output.WriteLine(JsonSerializer.Serialize(PlanSummary.From(resolved.Plan!), CliJson.Default.PlanSummary));
            StartupTrace.Mark("cli: plan written");
            return ExitCodes.Ok;
        });
        return command;
    }
}
