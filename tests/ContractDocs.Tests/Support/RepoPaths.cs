namespace ContractDocs.Tests.Support;

/// <summary>Folders of the repository the tests read: the real clause library, templates and examples.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Library => Path.Combine(Root, "clause-library");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Examples => Path.Combine(Library, "examples");

    public static string Infra => Path.Combine(Root, "infra");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContractDocs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("ContractDocs.sln not found above the test output folder.");
    }
}
