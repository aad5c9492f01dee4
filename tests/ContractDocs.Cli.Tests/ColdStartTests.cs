using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ContractDocs.Cli.Tests;

/// <summary>The CLI as its own process, as a person or CI runs it: its runtimeconfig turns Handlebars' expression
/// trees to the interpreter (functions/ContractDocs.Cli/ContractDocs.Cli.csproj), and the document it writes is byte
/// for byte the one the same command writes in this test process, where templates are compiled to IL. With
/// CONTRACTDOCS_TRACE_STARTUP=1 it says on stderr where its start went. Its second run reads the library's snapshot,
/// which the first wrote, and writes the same bytes again.</summary>
public sealed class ColdStartTests
{
    private static readonly string Program = Path.Combine(Cli.Root, "functions", "ContractDocs.Cli", "bin", Configuration(), "net10.0", "contractdocs.dll");

    [Fact]
    public void RuntimeConfig_TurnsDynamicCodeOff_AndTieredPgoOff()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(Program, ".runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported").GetBoolean());
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }

    [Fact]
    public void Generate_AsItsOwnProcess_WithInterpretedTemplates_WritesTheBytesTheCompiledTemplatesWrite_AndTracesItsPhases()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-cold-").FullName;
        string[] common = [Cli.Example("frailty-alliance"), "--library", Cli.Library, "--generated-at", "2026-03-01T09:30:00Z", "--generated-by", "Cold Start"];

        var (exit, _, error) = Cli.Run(["generate", .. common, "-o", Path.Combine(folder, "in-process.docx")]);
        var snapshots = Path.Combine(folder, "snapshots");
        var (processExit, processError) = RunProcess(["generate", .. common, "-o", Path.Combine(folder, "own-process.docx")], snapshots);
        var (secondExit, secondError) = RunProcess(["generate", .. common, "-o", Path.Combine(folder, "from-snapshot.docx")], snapshots);

        Assert.True(exit == 0, error);
        Assert.True(RuntimeFeature.IsDynamicCodeSupported, "the test process compiles templates to IL");
        Assert.True(processExit == 0, processError);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "in-process.docx")), File.ReadAllBytes(Path.Combine(folder, "own-process.docx")));
        var phases = processError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("startup: ", StringComparison.Ordinal)).ToList();
        Assert.Contains(phases, l => l.StartsWith("startup: cli: runtime started, Main entered +", StringComparison.Ordinal));
        Assert.Contains(phases, l => l.StartsWith("startup: library: clause and schedule files", StringComparison.Ordinal));
        Assert.Contains(phases, l => l.StartsWith("startup: render: clause templates", StringComparison.Ordinal));
        Assert.Contains(phases, l => l.StartsWith("startup: library: snapshot written", StringComparison.Ordinal));
        Assert.Matches(@"^startup: cli: written \+\d+\.\d ms \(\d+ ms since process start; JIT \+\d+ methods, \+\d+\.\d ms\)$", phases[^1]);

        Assert.True(secondExit == 0, secondError);
        Assert.Single(Directory.EnumerateFiles(snapshots, "*.cdsnap"));
        Assert.Contains("startup: library: snapshot read", secondError, StringComparison.Ordinal);
        Assert.DoesNotContain("startup: library: clause and schedule files", secondError, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "in-process.docx")), File.ReadAllBytes(Path.Combine(folder, "from-snapshot.docx")));
    }

    private static (int Exit, string Error) RunProcess(string[] arguments, string snapshots)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Cli.Root };
        start.ArgumentList.Add(Program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CONTRACTDOCS_TRACE_STARTUP"] = "1";
        start.Environment["CONTRACTDOCS_SNAPSHOTS"] = snapshots;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "contractdocs did not finish in two minutes");
        return (process.ExitCode, error.Result);
    }

    private static string Configuration() =>
        new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
}
