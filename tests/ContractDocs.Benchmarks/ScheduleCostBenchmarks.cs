using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Selection;
using ContractDocs.Templating;

namespace ContractDocs.Benchmarks;

/// <summary>
/// What the schedules cost: a real contract from the repository's library (the alliance example that carries every
/// schedule its model has), rendered as it is, against the same plan with each schedule cut down to one short
/// paragraph per anchor that the clauses cite (so every cross-reference still resolves). The difference is the
/// schedules' text, tables and computed values.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneCoreConfig))]
public class ScheduleCostBenchmarks
{
    private readonly MemoryStream _output = new(1 << 20);
    private ContractRenderer _renderer = null!;
    private AssemblyPlan _full = null!;
    private AssemblyPlan _stubbed = null!;

    [Params("alliance-complete", "lead-provider-complete")]
    public string Example { get; set; } = "alliance-complete";

    [GlobalSetup]
    public void Setup()
    {
        var root = BenchmarkSetup.RepositoryRoot();
        var loaded = LibraryLoader.Load(Path.Combine(root, "clause-library"));
        var templating = new ContractTemplating();
        _renderer = new ContractRenderer(loaded.Library, TemplateSet.Load(Path.Combine(root, "templates"), templating), templating);
        var read = SelectionReader.Read(File.ReadAllBytes(Path.Combine(root, "clause-library", "examples", Example + ".json")));
        var resolved = new Resolver(loaded.Library).Resolve(read.Selection ?? throw new InvalidOperationException(string.Join("; ", read.Problems)));
        _full = resolved.Plan ?? throw new InvalidOperationException(string.Join("; ", resolved.Problems));
        _stubbed = _full with { Clauses = [.. _full.Clauses.Select(c => c.Clause.Kind == ClauseKind.Schedule ? c with { Clause = Stub(c.Clause) } : c)] };
    }

    [Benchmark(Baseline = true, Description = "schedules cut to their anchors")]
    public long Stubbed() => Render(_stubbed);

    [Benchmark(Description = "every schedule in full")]
    public long Full() => Render(_full);

    private long Render(AssemblyPlan plan)
    {
        _output.Position = 0;
        _output.SetLength(0);
        _renderer.Render(plan, _output, RenderOptions.Fixed);
        return _output.Length;
    }

    private static ClauseVersion Stub(ClauseVersion schedule)
    {
        var anchors = TemplateAnalysis.Of(schedule.Body).Anchors.Select(a => a.Name).Distinct(StringComparer.Ordinal).ToList();
        var body = anchors.Count == 0 ? "See the contract.\n" : string.Concat(anchors.Select(a => $"{{{{anchor \"{a}\"}}}}{a}.\n\n"));
        return schedule with { Body = body, Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("stub\n" + body))) };
    }
}
