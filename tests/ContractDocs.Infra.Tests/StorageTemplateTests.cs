namespace ContractDocs.Infra.Tests;

/// <summary>The storage account, its blob service and containers (issue 6).</summary>
public sealed class StorageTemplateTests
{
    private const string Containers = "Microsoft.Storage/storageAccounts/blobServices/containers";

    private static readonly string[] WormContainers = ["contracts", "audit", "releases"];
    private static readonly string[] AppContainers = ["contracts", "audit", "incoming", "rejected", "releases"];

    private static CompiledTemplate Template => CompiledTemplate.Main;

    [Fact]
    public void Account_is_https_only_tls12_with_no_public_blobs_and_no_shared_keys()
    {
        var account = Template.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal("StorageV2", account.Text("kind"));
        Assert.True(account.Flag("properties.supportsHttpsTrafficOnly"));
        Assert.Equal("TLS1_2", account.Text("properties.minimumTlsVersion"));
        Assert.False(account.Flag("properties.allowBlobPublicAccess"));
        Assert.False(account.Flag("properties.allowSharedKeyAccess"));
        Assert.True(account.Flag("properties.defaultToOAuthAuthentication"));
    }

    [Fact]
    public void Blob_service_has_versioning_and_soft_delete_from_parameters()
    {
        var service = Template.Single("Microsoft.Storage/storageAccounts/blobServices");

        Assert.True(service.Flag("properties.isVersioningEnabled"));
        Assert.True(service.Flag("properties.deleteRetentionPolicy.enabled"));
        Assert.Equal("[parameters('blobSoftDeleteDays')]", service.Text("properties.deleteRetentionPolicy.days"));
        Assert.True(service.Flag("properties.containerDeleteRetentionPolicy.enabled"));
        Assert.Equal("[parameters('containerSoftDeleteDays')]", service.Text("properties.containerDeleteRetentionPolicy.days"));
    }

    [Fact]
    public void Every_container_the_app_uses_exists_and_none_is_public()
    {
        var names = Template.OfType(Containers).SelectMany(NamesOf).ToList();

        Assert.All(AppContainers, name => Assert.Contains(name, names));
        Assert.Equal(AppContainers.Length + 1, names.Count); // + the Flex Consumption deployment container
        Assert.Contains("[parameters('deploymentContainerName')]", names);
        Assert.All(Template.OfType(Containers), c => Assert.Equal("None", c.Text("properties.publicAccess")));
    }

    [Fact]
    public void Contracts_audit_and_releases_have_version_level_immutability_and_no_other_container_does()
    {
        var worm = Template.OfType(Containers)
            .Where(c => c.Flag("properties.immutableStorageWithVersioning.enabled") == true)
            .SelectMany(NamesOf)
            .Order(StringComparer.Ordinal);
        var others = Template.OfType(Containers)
            .Where(c => c.Flag("properties.immutableStorageWithVersioning.enabled") != true)
            .SelectMany(NamesOf);

        Assert.Equal(WormContainers.Order(StringComparer.Ordinal), worm);
        Assert.DoesNotContain(others, WormContainers.Contains);
    }

    [Fact]
    public void Worm_containers_have_a_default_time_based_retention_policy_from_a_parameter()
    {
        var policy = Template.Single("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies");

        Assert.Equal(WormContainers, policy.LoopItems());
        Assert.EndsWith("[copyIndex()], 'default')]", policy.Name, StringComparison.Ordinal);
        Assert.Equal("[parameters('wormRetentionDays')]", policy.Text("properties.immutabilityPeriodSinceCreationInDays"));
        Assert.Equal("int", (string?)Template.Root["parameters"]?["wormRetentionDays"]?["type"]);
    }

    private static IEnumerable<string> NamesOf(TemplateResource container)
    {
        if (container.LoopVariable() is { } loop)
        {
            Assert.Contains($"variables('{loop}')[copyIndex()])]", container.Name, StringComparison.Ordinal);
            return container.LoopItems();
        }

        var name = container.Name;
        var last = name.LastIndexOf(", '", StringComparison.Ordinal);
        return [name[(last + 3)..name.LastIndexOf('\'')]];
    }
}
