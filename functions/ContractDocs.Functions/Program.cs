using ContractDocs.Functions.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;

// The isolated worker, as the Functions host runs it (`func start` locally, Flex Consumption in Azure). Without the
// host, run functions/ContractDocs.LocalHost: the same handlers on plain ASP.NET Core.
var builder = FunctionsApplication.CreateBuilder(args);
builder.AddContractDocsWorker();
builder.Build().Run();
