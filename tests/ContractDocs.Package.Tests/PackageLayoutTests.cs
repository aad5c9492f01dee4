using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using ContractDocs.Tests.Support;

namespace ContractDocs.Package.Tests;

/// <summary>What the zip holds, read from the zip and from the folder <c>unzip</c> made of it: the isolated worker's
/// publish output (host.json, functions.metadata, worker.config.json, extensions.json and .azurefunctions), the
/// pages' assets, the clause library and the Word templates.</summary>
[Collection(SharedPackage.Name)]
public sealed class PackageLayoutTests
{
    private const int UnixRegularFile = 0x8000;
    private const int ReadBits = 0b100_100_100;

    private readonly PackageFixture _package;

    public PackageLayoutTests(PackageFixture package) => _package = package;

    [Fact]
    public void HostJson_IsAnOrdinaryFunctionsHostJson_WithNoCustomHandler_AndNoRoutePrefix()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(_package.Folder, "host.json")));
        var root = host.RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.False(root.TryGetProperty("customHandler", out _));
        Assert.False(root.TryGetProperty("extensionBundle", out _), "the worker brings its extensions in .azurefunctions");
        Assert.Equal(string.Empty, root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void WorkerConfig_NamesTheDotnetIsolatedWorker_ThatIsInThePackage()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(_package.Folder, "worker.config.json")));
        var description = config.RootElement.GetProperty("description");

        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        Assert.Equal("dotnet", description.GetProperty("defaultExecutablePath").GetString());
        Assert.Equal(PackageFixture.WorkerAssembly, description.GetProperty("defaultWorkerPath").GetString());
        Assert.True(File.Exists(Path.Combine(_package.Folder, PackageFixture.WorkerAssembly)));
    }

    [Fact]
    public void FunctionsMetadata_ListsEveryRoute_AndTheBlobTriggerWithTheEventGridSource_EachInThePackagedAssembly()
    {
        var functions = _package.Functions;
        var types = PackagedTypes();

        Assert.True(functions.Count(f => f.TriggerType == "httpTrigger") >= 30, string.Join(", ", functions.Select(f => f.Name)));
        var blob = Assert.Single(functions, f => f.TriggerType == "blobTrigger");
        Assert.Equal(("IncomingDocument", "incoming/{contractId}/{name}", "EventGrid"), (blob.Name, blob.Path, blob.Source));
        Assert.All(functions, f =>
        {
            Assert.Equal(PackageFixture.WorkerAssembly, f.ScriptFile);
            Assert.Contains(f.EntryPoint[..f.EntryPoint.LastIndexOf('.')], types);
            Assert.True(f.TriggerType == "blobTrigger" || (f.Route is not null && f.Methods.Count > 0 && f.AuthLevel is "Function" or "Anonymous"), f.Name);
        });
        Assert.Empty(Directory.EnumerateFiles(_package.Folder, "function.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void ExtensionsJson_NamesTheBlobExtension_ShippedInAzurefunctions()
    {
        using var extensions = JsonDocument.Parse(File.ReadAllText(Path.Combine(_package.Folder, "extensions.json")));
        var listed = extensions.RootElement.GetProperty("extensions").EnumerateArray().ToList();

        var blobs = Assert.Single(listed, e => e.GetProperty("name").GetString() == "AzureStorageBlobs");
        Assert.StartsWith("./.azurefunctions/", blobs.GetProperty("hintPath").GetString(), StringComparison.Ordinal);
        Assert.All(listed, e => Assert.True(File.Exists(Path.Combine(_package.Folder, e.GetProperty("hintPath").GetString()!)), e.GetProperty("hintPath").GetString()));
        using var zip = ZipFile.OpenRead(_package.ZipPath);
        Assert.Contains(zip.Entries, e => e.FullName == ".azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Blobs.dll");
    }

    [Fact]
    public void ZipEntries_CarryUnixModes_SoTheUnpackedFilesAreReadable()
    {
        using var zip = ZipFile.OpenRead(_package.ZipPath);

        Assert.All(zip.Entries, entry =>
        {
            var mode = (entry.ExternalAttributes >> 16) & 0xFFFF;
            Assert.Equal(UnixRegularFile, mode & 0xF000);
            Assert.Equal(ReadBits, mode & ReadBits);
        });
        Assert.True(File.GetUnixFileMode(Path.Combine(_package.Folder, PackageFixture.WorkerAssembly)).HasFlag(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead));
    }

    [Fact]
    public void NhsukFrontend_IsPackagedInWwwroot()
    {
        var nhsuk = Path.Combine(_package.Folder, "wwwroot", "nhsuk");
        var css = File.ReadAllText(Path.Combine(nhsuk, "nhsuk-frontend.min.css"));
        var js = new FileInfo(Path.Combine(nhsuk, "nhsuk-frontend.min.js"));

        Assert.Contains(".nhsuk-header", css, StringComparison.Ordinal);
        Assert.True(css.Length > 10_000, $"{css.Length} characters of CSS");
        Assert.True(js.Exists && js.Length > 1_000, "nhsuk-frontend.min.js");
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(nhsuk, "assets"), "*", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(_package.Folder, "wwwroot", "site", "contractdocs.js")));
    }

    [Fact]
    public void ClauseLibraryAndTemplates_ArePackagedAsInTheRepository()
    {
        var library = Path.Combine(_package.Folder, "clause-library");

        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Library, "model.yaml")), File.ReadAllBytes(Path.Combine(library, "model.yaml")));
        Assert.Equal(RelativeFiles(Path.Combine(RepoPaths.Library, "clauses"), "*.md"), RelativeFiles(Path.Combine(library, "clauses"), "*.md"));
        Assert.Equal(RelativeFiles(Path.Combine(RepoPaths.Library, "schedules"), "*.md"), RelativeFiles(Path.Combine(library, "schedules"), "*.md"));
        Assert.Equal(RelativeFiles(Path.Combine(RepoPaths.Library, "layouts"), "*.yaml"), RelativeFiles(Path.Combine(library, "layouts"), "*.yaml"));
        Assert.Equal(RelativeFiles(Path.Combine(RepoPaths.Library, "releases"), "*.yaml"), RelativeFiles(Path.Combine(library, "releases"), "*.yaml"));
        Assert.Equal(RelativeFiles(RepoPaths.Templates, "*.docx"), RelativeFiles(Path.Combine(_package.Folder, "templates"), "*.docx"));
        Assert.Contains("alliance.docx", RelativeFiles(Path.Combine(_package.Folder, "templates"), "*.docx"));
    }

    [Fact]
    public void App_IsFrameworkDependentOnNet10_AsTheDotnetIsolatedRuntimeRunsIt()
    {
        using var runtimeConfig = JsonDocument.Parse(File.ReadAllText(Path.Combine(_package.Folder, "ContractDocs.Functions.runtimeconfig.json")));
        var options = runtimeConfig.RootElement.GetProperty("runtimeOptions");

        Assert.Equal("net10.0", options.GetProperty("tfm").GetString());
        Assert.False(options.TryGetProperty("includedFrameworks", out _), "a self-contained app would carry its own runtime");
        Assert.Contains(options.GetProperty("frameworks").EnumerateArray(), f => f.GetProperty("name").GetString() == "Microsoft.AspNetCore.App");
        Assert.False(File.Exists(Path.Combine(_package.Folder, "libcoreclr.so")));
    }

    [Theory]
    [InlineData(PackageFixture.WorkerAssembly)]
    [InlineData("ContractDocs.Engine.dll")]
    [InlineData("Handlebars.dll")]
    [InlineData("Markdig.dll")]
    [InlineData("YamlDotNet.dll")]
    [InlineData("Microsoft.Azure.Functions.Worker.Core.dll")]
    public void Assemblies_AreReadyToRun_SoAColdInstanceRunsPrecompiledCode(string assembly)
    {
        // ReadyToRun code is a native header in the CLI header of an IL image (functions/ColdStart.props).
        using var stream = File.OpenRead(Path.Combine(_package.Folder, assembly));
        using var pe = new PEReader(stream);

        Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} carries no ReadyToRun code");
        Assert.True(pe.HasMetadata);
    }

    private HashSet<string> PackagedTypes()
    {
        using var stream = File.OpenRead(Path.Combine(_package.Folder, PackageFixture.WorkerAssembly));
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.TypeDefinitions.Select(h => metadata.GetTypeDefinition(h)).Select(t => $"{metadata.GetString(t.Namespace)}.{metadata.GetString(t.Name)}")];
    }

    private static List<string> RelativeFiles(string folder, string pattern) =>
        [.. Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
