namespace ContractDocs.Infra.Tests;

/// <summary>The Flex Consumption plan, the Functions app, its settings and App Service Authentication.</summary>
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
    public void App_is_a_linux_function_app_with_a_system_assigned_identity_and_the_custom_runtime()
    {
        Assert.Equal("functionapp,linux", App.Text("kind"));
        Assert.Equal("SystemAssigned", App.Text("identity.type"));
        Assert.True(App.Flag("properties.httpsOnly"));
        Assert.Equal("custom", App.Text("properties.functionAppConfig.runtime.name"));
        Assert.False(string.IsNullOrWhiteSpace(App.Text("properties.functionAppConfig.runtime.version")));
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
    public void App_service_authentication_requires_an_entra_id_token()
    {
        var auth = Template.Single("Microsoft.Web/sites/config");

        Assert.EndsWith("'authsettingsV2')]", auth.Name, StringComparison.Ordinal);
        Assert.True(auth.Flag("properties.platform.enabled"));
        Assert.True(auth.Flag("properties.globalValidation.requireAuthentication"));
        Assert.Equal("RedirectToLoginPage", auth.Text("properties.globalValidation.unauthenticatedClientAction"));
        Assert.Equal("azureactivedirectory", auth.Text("properties.globalValidation.redirectToProvider"));
        Assert.Null(auth.At("properties.identityProviders.azureActiveDirectory.registration.clientSecretSettingName"));
        Assert.True(auth.Flag("properties.identityProviders.azureActiveDirectory.enabled"));
        Assert.Equal("[parameters('authClientId')]", auth.Text("properties.identityProviders.azureActiveDirectory.registration.clientId"));
        Assert.Contains("environment().authentication.loginEndpoint", auth.Text("properties.identityProviders.azureActiveDirectory.registration.openIdIssuer"), StringComparison.Ordinal);
        Assert.True(auth.Flag("properties.httpSettings.requireHttps"));
        var excluded = auth.At("properties.globalValidation.excludedPaths")!.AsArray().Select(p => (string?)p).ToList();
        Assert.Equal(["/runtime/webhooks/blobs", "/api/openapi.json"], excluded);
    }

    private static Dictionary<string, string> AppSettings() =>
        App.At("properties.siteConfig.appSettings")!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => (string)s!["value"]!, StringComparer.Ordinal);
}
