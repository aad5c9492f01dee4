using ContractDocs.Functions.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;

namespace ContractDocs.Functions;

/// <summary>The isolated worker, as the Functions host runs it (<c>func start</c> locally, Flex Consumption in Azure).
/// Without the host, run functions/ContractDocs.LocalHost: the same handlers on plain ASP.NET Core. (A class in a
/// namespace rather than top-level statements: the local host's <c>Program</c> is the one the tests' factory names.)</summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.AddContractDocsWorker();
        builder.Build().Run();
    }
}
