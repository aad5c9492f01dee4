using ContractDocs.Cli;

namespace ContractDocs.Cli.Tests;

/// <summary>Runs the <c>contractdocs</c> command line in-process and captures what it prints.</summary>
internal static class Cli
{
    public static string Root { get; } = FindRoot();

    public static string Library => Path.Combine(Root, "clause-library");

    public static string Example(string name) => Path.Combine(Library, "examples", name + ".json");

    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ContractDocsCommand.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>A copy of an example selection with the release replaced, in a temporary file.</summary>
    public static string ExampleWithRelease(string name, string release)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Example(name)), "\"release\": \"[0-9.]+\"", $"\"release\": \"{release}\"");
        var path = Path.Combine(Directory.CreateTempSubdirectory("contractdocs-cli-").FullName, $"{name}.{release}.json");
        File.WriteAllText(path, text);
        return path;
    }

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
