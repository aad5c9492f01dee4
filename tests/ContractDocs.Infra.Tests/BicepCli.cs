using System.Diagnostics;
using System.Reflection;
using ContractDocs.Tests.Support;

namespace ContractDocs.Infra.Tests;

/// <summary>Runs the Bicep CLI restored by the project's PackageDownload (Azure.Bicep.CommandLine.linux-x64).</summary>
internal static class BicepCli
{
    public const string PackageId = "azure.bicep.commandline.linux-x64";
    public const string Version = "0.49.2";

    private static readonly Lazy<string> Binary = new(Locate);

    public static string Path => Binary.Value;

    public static BicepResult Run(params string[] args)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Path}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', args)} did not finish in 3 minutes.");
        }

        return new BicepResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    private static string Locate()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            throw new PlatformNotSupportedException("The infra tests use the linux-x64 Bicep CLI package.");
        }

        var roots = new List<string>();
        var fromBuild = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "NuGetPackageRoot")?.Value;
        if (!string.IsNullOrEmpty(fromBuild))
        {
            roots.Add(fromBuild);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            roots.Add(fromEnvironment);
        }

        roots.Add(System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));

        var candidates = roots.Select(root => System.IO.Path.Combine(root, PackageId, Version, "tools", "bicep")).ToList();
        var binary = candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"The Bicep CLI was not found; restore tests/ContractDocs.Infra.Tests first. Looked in: {string.Join(", ", candidates)}");

        // NuGet extracts package files without the execute bit on some machines.
        var mode = File.GetUnixFileMode(binary);
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(binary, mode | execute);
        }

        return binary;
    }
}

/// <summary>What one Bicep CLI run returned.</summary>
internal sealed record BicepResult(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;
}
