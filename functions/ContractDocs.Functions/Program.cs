using ContractDocs.Functions;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Endpoints;
using ContractDocs.Functions.Http;
using ContractDocs.Functions.Pages;
using Microsoft.AspNetCore.Authentication;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureListenAddress(builder.Configuration);
builder.Services.AddOptions<ContractDocsOptions>().BindConfiguration(ContractDocsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<Engine>();
builder.Services.AddExceptionHandler<ExceptionProblems>();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddAntiforgery(o =>
{
    o.FormFieldName = FormPosts.TokenField;
    o.Cookie.Name = "ContractDocs.Antiforgery";
    o.Cookie.SameSite = SameSiteMode.Strict;
});
builder.Services.AddAuthentication(PrincipalAuthenticationHandler.SchemeName)
    .AddScheme<AuthenticationSchemeOptions, PrincipalAuthenticationHandler>(PrincipalAuthenticationHandler.SchemeName, null);
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Roles.Drafting, p => p.RequireRole(Roles.Commissioner, Roles.Legal))
    .AddPolicy(Roles.Reading, p => p.RequireRole(Roles.Commissioner, Roles.Legal, Roles.Procurement))
    .AddPolicy(Roles.Filing, p => p.RequireRole(Roles.Procurement))
    .AddPolicy(Roles.Publishing, p => p.RequireRole(Roles.Legal));

var app = builder.Build();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages(StatusPages.WriteProblem);
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseSameOriginWrites();
app.MapOpenApi("/api/openapi.json");
app.MapGet("/", (Engine engine) => Results.Text($"ContractDocs is running ({engine.StoreDescription}; {engine.LibraryDescription}).")).ExcludeFromDescription();
app.MapCatalogue();
app.MapPreview();
app.MapContracts();
app.MapExecuted();
app.MapIncoming();
app.MapPublish();
app.MapLibraryPages();
app.MapProcurementPages();
app.MapCommissionerPages();
app.Lifetime.ApplicationStarted.Register(() =>
{
    var engine = app.Services.GetRequiredService<Engine>();
    Console.WriteLine($"ContractDocs listening on {string.Join(", ", app.Urls)} using {engine.StoreDescription}; {engine.LibraryDescription}");
});
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
