using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Rendering.Redline;
using ContractDocs.Selection;
using ContractDocs.Templating;

namespace ContractDocs.Benchmarks;

/// <summary>What a redline costs, warm, on one core: the release redline 2026.1 against 2026.2 (both releases rendered
/// as books, then merged), and the frailty alliance's draft on 2026.1 against 2026.3 (two contracts rendered, then
/// merged). A short run (3 iterations after warm-up): these take hundreds of milliseconds each.</summary>
[MemoryDiagnoser]
[Config(typeof(ShortOneCore))]
public class RedlineBenchmarks
{
    private readonly MemoryStream _output = new(1 << 22);
    private RedlineWriter _writer = null!;
    private LibraryRelease _from = null!;
    private LibraryRelease _to = null!;
    private AssemblyPlan _contractFrom = null!;
    private AssemblyPlan _contractTo = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = BenchmarkSetup.RepositoryRoot();
        var library = LibraryLoader.Load(Path.Combine(root, "clause-library")).Library;
        var templating = new ContractTemplating();
        var templates = TemplateSet.Load(Path.Combine(root, "templates"), templating);
        _writer = new RedlineWriter(library, templates, new ContractRenderer(library, templates, templating));
        _from = library.FindRelease("2026.1")!;
        _to = library.FindRelease("2026.2")!;
        var selection = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "clause-library", "examples", "frailty-alliance.json")))!;
        _contractTo = Plan(library, selection);
        selection["release"] = "2026.1";
        _contractFrom = Plan(library, selection);
    }

    [Benchmark(Description = "release redline 2026.1 -> 2026.2")]
    public long Releases()
    {
        _output.SetLength(0);
        _writer.Releases(_from, _to, _output);
        return _output.Length;
    }

    [Benchmark(Description = "contract redline, frailty alliance 2026.1 -> 2026.3")]
    public long Contract()
    {
        _output.SetLength(0);
        _writer.Contract(_contractFrom, _contractTo, RenderOptions.Fixed, _output);
        return _output.Length;
    }

    private static AssemblyPlan Plan(ClauseLibrary library, JsonNode selection) =>
        new Resolver(library).Resolve(SelectionReader.Read(System.Text.Encoding.UTF8.GetBytes(selection.ToJsonString())).Selection!).Plan!;

    private sealed class ShortOneCore : ManualConfig
    {
        public ShortOneCore() => AddJob(Job.ShortRun.WithAffinity(1));
    }
}
