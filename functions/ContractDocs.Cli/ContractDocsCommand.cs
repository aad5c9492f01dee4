using System.CommandLine;

namespace ContractDocs.Cli;

/// <summary>The <c>contractdocs</c> root command with every subcommand.</summary>
public static class ContractDocsCommand
{
    public static RootCommand Create() => new("contractdocs: lint the clause library, compare its releases and build contracts from selections.")
    {
        LintCommand.Create(),
        PlanCommand.Create(),
        GenerateCommand.Create(),
        PublishCommand.Create(),
        CompareCommand.Create(),
        UsageCommand.Create(),
    };

    /// <summary>Runs the command line in-process with the given writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
}
