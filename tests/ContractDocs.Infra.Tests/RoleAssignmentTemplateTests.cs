namespace ContractDocs.Infra.Tests;

/// <summary>The app identity's roles: exactly the storage data roles it needs, on the storage account only.</summary>
public sealed class RoleAssignmentTemplateTests
{
    private const string RoleAssignments = "Microsoft.Authorization/roleAssignments";
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";

    // Broad built-in roles that must appear nowhere: Owner, Contributor, User Access Administrator,
    // Storage Account Contributor.
    private static readonly string[] BroadRoles =
    [
        "8e3af657-a8ff-443c-a75e-2fe8c4bcb635",
        "b24988ac-6180-42a0-ab88-20f7382dd24c",
        "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
        "17d1049b-9a84-46fb-8f53-869881c3d3ab",
    ];

    private static CompiledTemplate Template => CompiledTemplate.Main;

    [Fact]
    public void Roles_are_exactly_blob_data_owner_and_queue_data_contributor()
    {
        var roleIds = Template.OfType(RoleAssignments).SelectMany(RoleIdsOf).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { StorageBlobDataOwner, StorageQueueDataContributor }.Order(StringComparer.Ordinal), roleIds);
    }

    [Fact]
    public void Every_assignment_is_scoped_to_the_storage_account_inside_a_module()
    {
        var assignments = Template.OfType(RoleAssignments);

        Assert.NotEmpty(assignments);
        Assert.All(assignments, a =>
        {
            Assert.NotEqual("(root)", a.Deployment); // nothing at subscription scope
            Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", a.Text("scope"));
            Assert.StartsWith("[guid(resourceId('Microsoft.Storage/storageAccounts'", a.Name, StringComparison.Ordinal);
            Assert.Equal("ServicePrincipal", a.Text("properties.principalType"));
        });
    }

    [Fact]
    public void No_broad_role_appears_anywhere()
    {
        Assert.All(BroadRoles, role => Assert.DoesNotContain(role, Template.Json, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> RoleIdsOf(TemplateResource assignment)
    {
        var definition = assignment.Text("properties.roleDefinitionId");
        if (assignment.LoopVariable() is { } loop)
        {
            Assert.Equal($"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('{loop}')[copyIndex()])]", definition);
            return assignment.LoopItems();
        }

        const string prefix = "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '";
        Assert.NotNull(definition);
        Assert.StartsWith(prefix, definition, StringComparison.Ordinal);
        return [definition[prefix.Length..^3]];
    }
}
