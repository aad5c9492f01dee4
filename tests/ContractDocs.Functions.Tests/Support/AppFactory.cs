using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ContractDocs.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContractDocs.Functions.Tests.Support;

/// <summary>The app in-process with the repository's library and templates, and either a fresh folder store or a
/// blob store on an Azurite the caller owns. Callers pick an identity per client.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contractdocs-app-").FullName;

    /// <summary>A folder store to share with another app instance (default: a fresh one of its own).</summary>
    public string? StoreFolder { get; init; }

    /// <summary>"storage" builds from the releases published to the store.</summary>
    public string LibrarySource { get; init; } = "folder";

    /// <summary>Blob storage to use instead of a fresh folder store (an Azurite's connection string).</summary>
    public string? ConnectionString { get; init; }

    public HttpClient As(string? name, params string[] roles)
    {
        var client = CreateClient();
        if (name is not null)
        {
            var principal = new
            {
                auth_typ = "aad",
                name_typ = "name",
                role_typ = "roles",
                claims = new[] { new { typ = "name", val = name } }.Concat(roles.Select(r => new { typ = "roles", val = r })),
            };
            client.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL", Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(principal)));
        }

        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    public static string Example(string name) => File.ReadAllText(Path.Combine(RepoPaths.Examples, name + ".json"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ContractDocs:LibraryFolder", RepoPaths.Library);
        builder.UseSetting("ContractDocs:TemplatesFolder", RepoPaths.Templates);
        builder.UseSetting("ContractDocs:FolderStore", StoreFolder ?? _folder);
        builder.UseSetting("ContractDocs:LibrarySource", LibrarySource);
        builder.UseSetting("ContractDocs:TrustPrincipalHeader", "true");
        if (ConnectionString is not null)
        {
            builder.UseSetting("ContractDocs:StorageConnectionString", ConnectionString);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
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
