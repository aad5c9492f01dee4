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

    /// <summary>A client signed in as <paramref name="name"/> (null: no one), whose account id is "oid-" and the name
    /// unless <see cref="AsAccount"/> gives another.</summary>
    public HttpClient As(string? name, params string[] roles) => name is null ? CreateClient() : AsAccount("oid-" + name, name, roles);

    /// <summary>A client signed in with an explicit account id (null: a principal that carries none).</summary>
    public HttpClient AsAccount(string? objectId, string name, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL", Principal(objectId, name, roles));
        return client;
    }

    /// <summary>An X-MS-CLIENT-PRINCIPAL value as App Service Authentication sends it.</summary>
    public static string Principal(string? objectId, string name, params string[] roles)
    {
        var claims = new List<object> { new { typ = "name", val = name } };
        if (objectId is not null)
        {
            claims.Add(new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = objectId });
        }

        claims.AddRange(roles.Select(r => new { typ = "roles", val = r }));
        var principal = new { auth_typ = "aad", name_typ = "name", role_typ = "roles", claims };
        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(principal));
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    public static string Example(string name) => File.ReadAllText(Path.Combine(RepoPaths.Examples, name + ".json"));

    /// <summary>An example under another release (the legacy examples still build under 2026.1 and 2026.2).</summary>
    public static string Example(string name, string release) =>
        System.Text.RegularExpressions.Regex.Replace(Example(name), "\"release\": \"[0-9.]+\"", $"\"release\": \"{release}\"");

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
