using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Hosting;
using ContractDocs.LocalHost;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureListenAddress(builder.Configuration);
builder.Services.AddContractDocsHttp(builder.Configuration, IdentityHost.Local);

var app = builder.Build();
app.UseContractDocs();
app.MapContractDocs();
app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"ContractDocs listening on {string.Join(", ", app.Urls)} using {ContractDocsServices.Describe(app.Services)}"));
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
