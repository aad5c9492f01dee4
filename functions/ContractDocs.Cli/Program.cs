using System.CommandLine;
using ContractDocs.Cli;

var root = new RootCommand("contractdocs: lint the clause library and build contracts from selections.")
{
    LintCommand.Create(),
    PlanCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
