using ContractDocs.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ContractDocs.Package.Tests;

/// <summary>azure.yaml deploys the zip scripts/package builds, and builds it first.</summary>
[Collection(SharedPackage.Name)]
public sealed class AzureYamlTests
{
    private readonly PackageFixture _package;

    public AzureYamlTests(PackageFixture package) => _package = package;

    [Fact]
    public void ApiService_DeploysThePackageZip_BuiltByItsPrepackageHook()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepoPaths.Root, "azure.yaml")))
        {
            yaml.Load(reader);
        }

        var api = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"])["api"];
        string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;
        var hook = (YamlMappingNode)((YamlMappingNode)api["hooks"])["prepackage"];

        Assert.Equal("function", Text(api, "host"));
        Assert.Equal("custom", Text(api, "language"));
        Assert.Equal(Path.GetFullPath(_package.ZipPath), Path.GetFullPath(Path.Combine(RepoPaths.Root, Text(api, "project"), Text(api, "dist"))));
        Assert.True(File.Exists(_package.ZipPath));
        Assert.Equal("bash scripts/package", Text(hook, "run"));
    }
}
