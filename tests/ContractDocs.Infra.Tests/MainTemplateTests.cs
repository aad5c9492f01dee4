using System.Text.Json.Nodes;
using ContractDocs.Tests.Support;

namespace ContractDocs.Infra.Tests;

/// <summary>The entry template's parameters and outputs, and the azd parameter file that feeds it.</summary>
public sealed class MainTemplateTests
{
    private static readonly string[] Parameters =
    [
        "environmentName", "location", "instanceMemoryMB", "maximumInstanceCount", "blobSoftDeleteDays",
        "containerSoftDeleteDays", "wormRetentionDays", "authClientId",
    ];

    private static readonly string[] Outputs =
    [
        "APP_URL", "STORAGE_ACCOUNT_NAME", "AZURE_STORAGE_ACCOUNT_NAME", "AZURE_LOCATION", "AZURE_TENANT_ID",
        "AZURE_RESOURCE_GROUP", "AZURE_FUNCTION_APP_NAME", "SERVICE_API_NAME", "SERVICE_API_URI",
    ];

    private static JsonObject Root => CompiledTemplate.Main.Root;

    [Fact]
    public void Declares_the_sizing_retention_and_environment_parameters()
    {
        var declared = Root["parameters"]!.AsObject();

        Assert.All(Parameters, name => Assert.True(declared.ContainsKey(name), $"missing parameter {name}"));
    }

    [Fact]
    public void Outputs_the_app_url_and_the_storage_account_name()
    {
        var outputs = Root["outputs"]!.AsObject();

        Assert.All(Outputs, name => Assert.True(outputs.ContainsKey(name), $"missing output {name}"));
        Assert.EndsWith(".outputs.uri.value]", (string?)outputs["APP_URL"]!["value"], StringComparison.Ordinal);
        Assert.EndsWith(".outputs.name.value]", (string?)outputs["STORAGE_ACCOUNT_NAME"]!["value"], StringComparison.Ordinal);
        var app = CompiledTemplate.Main.Single("Microsoft.Web/sites");
        var module = (string?)app.Template["outputs"]?["uri"]?["value"];
        Assert.StartsWith("[format('https://{0}'", module, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_file_sets_every_parameter_without_a_default()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Infra, "main.parameters.json")))!["parameters"]!.AsObject();
        var declared = Root["parameters"]!.AsObject();

        var required = declared.Where(p => p.Value!.AsObject()["defaultValue"] is null).Select(p => p.Key);
        Assert.All(required, name => Assert.True(file.ContainsKey(name), $"main.parameters.json does not set {name}"));
        Assert.All(file.Select(p => p.Key), name => Assert.True(declared.ContainsKey(name), $"main.parameters.json sets unknown {name}"));
        Assert.Equal("${AZURE_ENV_NAME}", (string?)file["environmentName"]!["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)file["location"]!["value"]);
    }

    [Fact]
    public void Resources_carry_the_azd_tags()
    {
        var app = CompiledTemplate.Main.Single("Microsoft.Web/sites");

        Assert.Contains("'azd-service-name', 'api'", app.Text("tags"), StringComparison.Ordinal);
        var tags = Root["variables"]?["tags"]?.AsObject();
        Assert.NotNull(tags);
        Assert.Equal("[parameters('environmentName')]", (string?)tags["azd-env-name"]);
    }
}
