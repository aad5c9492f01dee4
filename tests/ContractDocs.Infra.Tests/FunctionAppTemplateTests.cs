namespace ContractDocs.Infra.Tests;

/// <summary>The Flex Consumption plan, the Functions app (the .NET isolated worker), its settings and who it lets in.</summary>
public sealed class FunctionAppTemplateTests
{
    private static readonly string[] RequiredSettings =
    [
        "AzureWebJobsStorage__accountName",
        "Storage__blobServiceUri",
        "Storage__queueServiceUri",
        "Storage__credential",
        "ContractDocs__StorageAccountUri",
        "ContractDocs__LibrarySource",
        "ContractDocs__Entra__Instance",
        "ContractDocs__Entra__TenantId",
        "ContractDocs__Entra__ClientId",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
    ];

    private static readonly string[] KeyMarkers =
    [
        "AccountKey", "SharedAccessSignature", "SharedAccessKey", "DefaultEndpointsProtocol", "listKeys", "listAccountSas",
        "listServiceSas", "UseDevelopmentStorage",
    ];

    private static CompiledTemplate Template => CompiledTemplate.Main;

    private static TemplateResource App => Template.Single("Microsoft.Web/sites");

    [Fact]
    public void Plan_is_flex_consumption_fc1_on_linux()
    {
        var plan = Template.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", plan.Text("sku.name"));
        Assert.Equal("FlexConsumption", plan.Text("sku.tier"));
        Assert.True(plan.Flag("properties.reserved"));
    }

    [Fact]
    public void App_is_a_linux_function_app_with_a_system_assigned_identity_and_the_dotnet_isolated_10_runtime()
    {
        Assert.Equal("functionapp,linux", App.Text("kind"));
        Assert.Equal("SystemAssigned", App.Text("identity.type"));
        Assert.True(App.Flag("properties.httpsOnly"));
        Assert.Equal("dotnet-isolated", App.Text("properties.functionAppConfig.runtime.name"));
        Assert.Equal("[parameters('runtimeVersion')]", App.Text("properties.functionAppConfig.runtime.version"));
        Assert.Equal("10.0", (string?)Template.Root["parameters"]?["dotnetVersion"]?["defaultValue"]);
        Assert.DoesNotContain("'custom'", Template.Json, StringComparison.Ordinal);
        Assert.Equal("[parameters('instanceMemoryMB')]", App.Text("properties.functionAppConfig.scaleAndConcurrency.instanceMemoryMB"));
        Assert.Equal("[parameters('maximumInstanceCount')]", App.Text("properties.functionAppConfig.scaleAndConcurrency.maximumInstanceCount"));
        Assert.Equal("1.2", App.Text("properties.siteConfig.minTlsVersion"));
        Assert.Equal("Disabled", App.Text("properties.siteConfig.ftpsState"));
    }

    [Fact]
    public void App_deploys_from_blob_storage_with_its_managed_identity()
    {
        Assert.Equal("blobContainer", App.Text("properties.functionAppConfig.deployment.storage.type"));
        Assert.Equal("SystemAssignedIdentity", App.Text("properties.functionAppConfig.deployment.storage.authentication.type"));
        Assert.Contains("parameters('deploymentContainerName')", App.Text("properties.functionAppConfig.deployment.storage.value"), StringComparison.Ordinal);
    }

    [Fact]
    public void App_settings_point_at_the_account_by_identity_and_carry_no_keys()
    {
        var settings = AppSettings();

        Assert.All(RequiredSettings, name => Assert.True(settings.ContainsKey(name), $"missing app setting {name}"));
        Assert.False(settings.ContainsKey("AzureWebJobsStorage"), "AzureWebJobsStorage would be a connection string");
        Assert.Equal("managedidentity", settings["Storage__credential"]);
        Assert.Equal("storage", settings["ContractDocs__LibrarySource"]);
        Assert.Equal("[parameters('storageAccountName')]", settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("[parameters('blobEndpoint')]", settings["Storage__blobServiceUri"]);
        Assert.Equal("[parameters('queueEndpoint')]", settings["Storage__queueServiceUri"]);
        Assert.StartsWith("[format('https://{0}.blob.{1}'", settings["ContractDocs__StorageAccountUri"], StringComparison.Ordinal);
        foreach (var (name, value) in settings)
        {
            Assert.All(KeyMarkers, marker => Assert.DoesNotContain(marker, value, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("ConnectionString", name.Replace("APPLICATIONINSIGHTS_CONNECTION_STRING", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Null(App.At("properties.siteConfig.connectionStrings"));
    }

    [Fact]
    public void No_storage_key_or_sas_is_read_anywhere_in_the_template()
    {
        Assert.DoesNotContain("listAccountSas", Template.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("listServiceSas", Template.Json, StringComparison.Ordinal);
        Assert.All(
            Template.Json.Split("listKeys(").Skip(1),
            call => Assert.StartsWith("format('{0}/host/default', resourceId('Microsoft.Web/sites'", call, StringComparison.Ordinal));
    }

    [Fact]
    public void App_checks_entra_tokens_itself_and_trusts_no_platform_header()
    {
        var settings = AppSettings();

        Assert.Empty(Template.OfType("Microsoft.Web/sites/config"));
        Assert.Equal("[parameters('authTenantId')]", settings["ContractDocs__Entra__TenantId"]);
        Assert.Equal("[parameters('authClientId')]", settings["ContractDocs__Entra__ClientId"]);
        Assert.Equal("[environment().authentication.loginEndpoint]", settings["ContractDocs__Entra__Instance"]);
        Assert.False(settings.ContainsKey("ContractDocs__TrustPrincipalHeader"), "the app must not trust X-MS-CLIENT-PRINCIPAL in Azure");
        Assert.False(settings.ContainsKey("ContractDocs__DevelopmentIdentity"));
        Assert.DoesNotContain(settings.Keys, k => k.Contains("Secret", StringComparison.OrdinalIgnoreCase));
    }

    private static Dictionary<string, string> AppSettings() =>
        App.At("properties.siteConfig.appSettings")!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => (string)s!["value"]!, StringComparer.Ordinal);
}
