using System.CommandLine;
using ContractDocs.Library;

namespace ContractDocs.Cli;

/// <summary><c>contractdocs lint</c>: every problem as <c>file:line: code: message</c>, or a one-line summary.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var library = CommonOptions.Library();
        var command = new Command("lint", "Check the clause library: front matter, ids, versions, releases, requires, variables, helpers, coverage.")
        {
            library,
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

            var problems = LibraryLinter.Lint(loaded);
            foreach (var problem in problems)
            {
                output.WriteLine(problem);
            }

            if (problems.IsEmpty)
            {
                output.WriteLine(LibraryLinter.Summary(loaded.Library));
                return ExitCodes.Ok;
            }

            error.WriteLine($"{problems.Length} problem(s) in {loaded.Library.Root}");
            return ExitCodes.Problems;
        });
        return command;
    }
}
