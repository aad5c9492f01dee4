using ContractDocs.Cli;
using ContractDocs.Library;

StartupTrace.Mark("cli: runtime started, Main entered");
return await ContractDocsCommand.Create().Parse(args).InvokeAsync();
