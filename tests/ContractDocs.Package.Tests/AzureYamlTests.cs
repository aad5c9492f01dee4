using ContractDocs.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ContractDocs.Package.Tests;

/// <summary>azure.yaml deploys the isolated worker project as a .NET function app, which azd publishes as
/// scripts/package does (the layout the package tests check).</summary>
public sealed class AzureYamlTests
{
    [Fact]
    public void ApiService_IsTheWorkerProject_DeployedAsADotnetFunctionApp()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepoPaths.Root, "azure.yaml")))
        {
            yaml.Load(reader);
        }

        var api = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"])["api"];
        string Text(string key) => ((YamlScalarNode)api[key]).Value!;
        var project = Path.GetFullPath(Path.Combine(RepoPaths.Root, Text("project")));

        Assert.Equal("function", Text("host"));
        Assert.Equal("dotnet", Text("language"));
        Assert.Equal(Path.Combine(RepoPaths.Root, "functions", "ContractDocs.Functions"), project.TrimEnd('/'));
        Assert.Contains("Microsoft.Azure.Functions.Worker.Sdk", File.ReadAllText(Path.Combine(project, "ContractDocs.Functions.csproj")), StringComparison.Ordinal);
        Assert.False(api.Children.ContainsKey("dist"), "azd publishes the project itself");
        Assert.Contains("dotnet publish functions/ContractDocs.Functions ", File.ReadAllText(Path.Combine(RepoPaths.Root, "scripts", "package")), StringComparison.Ordinal);
    }
}
