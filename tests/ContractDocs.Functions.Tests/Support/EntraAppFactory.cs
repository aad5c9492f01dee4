using ContractDocs.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace ContractDocs.Functions.Tests.Support;

/// <summary>The local host configured as in Azure: an Entra app registration (the stand-in tenant of
/// <see cref="EntraTokens"/>), no trusted principal header and no development identity.</summary>
public sealed class EntraAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contractdocs-entra-").FullName;

    public EntraTokens Tenant { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ContractDocs:LibraryFolder", RepoPaths.Library);
        builder.UseSetting("ContractDocs:TemplatesFolder", RepoPaths.Templates);
        builder.UseSetting("ContractDocs:FolderStore", _folder);
        foreach (var (key, value) in EntraTokens.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(Tenant.Configure);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Tenant.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
