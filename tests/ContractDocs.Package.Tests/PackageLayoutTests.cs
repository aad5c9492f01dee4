using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using ContractDocs.Tests.Support;

namespace ContractDocs.Package.Tests;

/// <summary>What the zip holds, read from the zip and from the folder <c>unzip</c> made of it: the custom handler
/// host.json names, every function folder, the pages' assets, the clause library and the Word templates.</summary>
[Collection(SharedPackage.Name)]
public sealed class PackageLayoutTests
{
    private const int UnixRegularFile = 0x8000;
    private const int ExecuteBits = 0b001_001_001;

    private readonly PackageFixture _package;

    public PackageLayoutTests(PackageFixture package) => _package = package;

    [Fact]
    public void HostJson_NamesTheExecutable_WhichIsStoredAndUnpackedExecutable()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(_package.Folder, "host.json")));
        var named = host.RootElement.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString();
        using var zip = ZipFile.OpenRead(_package.ZipPath);
        var entry = zip.GetEntry(PackageFixture.ExecutableName);
        var unpacked = Path.Combine(_package.Folder, named!);

        Assert.Equal(PackageFixture.ExecutableName, named);
        Assert.NotNull(entry);
        var mode = (entry.ExternalAttributes >> 16) & 0xFFFF;
        Assert.Equal(UnixRegularFile, mode & 0xF000);
        Assert.Equal(ExecuteBits, mode & ExecuteBits);
        Assert.True(File.Exists(unpacked));
        Assert.True(File.GetUnixFileMode(unpacked).HasFlag(UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute));
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(unpacked)[..4]);
    }

    [Fact]
    public void HostJson_ForwardsRequestsUnchanged_WithNoRoutePrefix()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(_package.Folder, "host.json")));
        var root = host.RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.True(root.GetProperty("customHandler").GetProperty("enableProxyingHttpRequest").GetBoolean());
        Assert.Equal(string.Empty, root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void EveryFunctionFolderOfTheSource_IsPackaged_WithTheSameFunctionJson()
    {
        var source = Path.Combine(RepoPaths.Root, "functions", "ContractDocs.Functions");
        var packaged = Directory.EnumerateDirectories(_package.Folder)
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(d => Path.GetFileName(d)!)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(PackageFixture.SourceFunctionFolders.Count >= 10, string.Join(", ", PackageFixture.SourceFunctionFolders));
        Assert.Equal(PackageFixture.SourceFunctionFolders, packaged);
        Assert.All(packaged, name =>
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(source, name, "function.json")), File.ReadAllBytes(Path.Combine(_package.Folder, name, "function.json")));
            var declaration = FunctionDeclaration.Read(Path.Combine(_package.Folder, name));
            Assert.True(declaration.TriggerType is "blobTrigger" || (declaration.TriggerType is "httpTrigger" && declaration.Route is not null && declaration.Methods.Count > 0), name);
        });
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
    }

    [Fact]
    public void ClauseLibraryAndTemplates_ArePackagedAsInTheRepository()
    {
        var library = Path.Combine(_package.Folder, "clause-library");

        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Library, "model.yaml")), File.ReadAllBytes(Path.Combine(library, "model.yaml")));
        Assert.Equal(RelativeFiles(Path.Combine(RepoPaths.Library, "clauses"), "*.md"), RelativeFiles(Path.Combine(library, "clauses"), "*.md"));
        Assert.Equal(RelativeFiles(Path.Combine(RepoPaths.Library, "releases"), "*.yaml"), RelativeFiles(Path.Combine(library, "releases"), "*.yaml"));
        Assert.Equal(RelativeFiles(RepoPaths.Templates, "*.docx"), RelativeFiles(Path.Combine(_package.Folder, "templates"), "*.docx"));
        Assert.Contains("alliance.docx", RelativeFiles(Path.Combine(_package.Folder, "templates"), "*.docx"));
    }

    [Fact]
    public void App_IsSelfContained_AndReadyToRun()
    {
        using var runtimeConfig = JsonDocument.Parse(File.ReadAllText(Path.Combine(_package.Folder, "ContractDocs.Functions.runtimeconfig.json")));
        using var assembly = File.OpenRead(Path.Combine(_package.Folder, "ContractDocs.Functions.dll"));
        using var pe = new PEReader(assembly);

        Assert.True(runtimeConfig.RootElement.GetProperty("runtimeOptions").TryGetProperty("includedFrameworks", out _), "a self-contained app lists includedFrameworks");
        Assert.True(File.Exists(Path.Combine(_package.Folder, "libcoreclr.so")));
        Assert.True(File.Exists(Path.Combine(_package.Folder, "Microsoft.AspNetCore.dll")));
        Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "ReadyToRun code (a managed native header)");
    }

    private static List<string> RelativeFiles(string folder, string pattern) =>
        [.. Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
