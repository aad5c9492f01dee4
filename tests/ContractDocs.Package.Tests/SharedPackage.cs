namespace ContractDocs.Package.Tests;

/// <summary>The test classes that share one built and unpacked package.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPackage : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}
