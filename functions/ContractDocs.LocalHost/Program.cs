using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Hosting;
using ContractDocs.Library;
using ContractDocs.LocalHost;

StartupTrace.Mark("host: runtime started, Main entered");
var builder = WebApplication.CreateBuilder(args);
StartupTrace.Mark("host: configuration read");
builder.WebHost.ConfigureListenAddress(builder.Configuration);
builder.Services.AddContractDocsHttp(builder.Configuration, IdentityHost.Local);

StartupTrace.Mark("host: services registered");
var app = builder.Build();
StartupTrace.Mark("host: built");
app.UseContractDocs();
app.MapContractDocs();
app.Lifetime.ApplicationStarted.Register(() =>
{
    StartupTrace.Mark("host: Kestrel started");
    Console.WriteLine($"ContractDocs listening on {string.Join(", ", app.Urls)} using {ContractDocsServices.Describe(app.Services)}");
    StartupTrace.Mark("host: listening line printed (store chosen, library loaded)");
});
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
