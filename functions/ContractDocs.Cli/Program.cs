using ContractDocs.Cli;

return await ContractDocsCommand.Create().Parse(args).InvokeAsync();
