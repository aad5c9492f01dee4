using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace ContractDocs.Benchmarks;

/// <summary>What the benchmarks share: where the repository is, and one core for every measured job.</summary>
internal static class BenchmarkSetup
{
    /// <summary>The repository root: the first folder above the benchmark holding ContractDocs.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContractDocs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (ContractDocs.sln) is not above the benchmark.");
    }
}

/// <summary>The default job pinned to one core, so a run measures one core's work.</summary>
internal sealed class OneCoreConfig : ManualConfig
{
    public OneCoreConfig() => AddJob(Job.Default.WithAffinity(1));
}
