using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Selection;
using ContractDocs.Templating;

namespace ContractDocs.Benchmarks;

/// <summary>The standard contract through the whole pipeline (strict Handlebars with the Markdown encoder, Markdig,
/// the Word renderers with live numbering, the template segments, the zip), warm, on one core.</summary>
[MemoryDiagnoser]
[Config(typeof(OneCoreConfig))]
public class StandardContractBenchmarks
{
    private readonly MemoryStream _output = new(1 << 20);
    private ContractRenderer _renderer60 = null!;
    private ContractRenderer _renderer600 = null!;
    private AssemblyPlan _plan60 = null!;
    private AssemblyPlan _plan600 = null!;
    private AssemblyPlan[] _otherContracts = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var templating = new ContractTemplating();
        var templates = TemplateSet.Load(TemplatesFolder(), templating);
        (var library60, _plan60) = StandardContract.Build(1);
        (var library600, _plan600) = StandardContract.Build(10);
        _renderer60 = new ContractRenderer(library60, templates, templating);
        _renderer600 = new ContractRenderer(library600, templates, templating);
        _otherContracts = [.. Enumerable.Range(1, 16).Select(n => StandardContract.WithOtherValues(_plan60, n))];
    }

    [Benchmark(Baseline = true, Description = "standard contract, 60 clauses")]
    public long Clauses60() => Render(_renderer60, _plan60);

    /// <summary>The baseline with every value changed at each render, cycling through 16 contracts: what a renderer
    /// serving many commissioners sees, so nothing here gains from seeing the same values again.</summary>
    [Benchmark(Description = "standard contract, 60 clauses, other values each render")]
    public long Clauses60OtherValues() => Render(_renderer60, _otherContracts[_next++ % _otherContracts.Length]);

    [Benchmark(Description = "standard contract x10, 600 clauses")]
    public long Clauses600() => Render(_renderer600, _plan600);

    /// <summary>The same as the baseline with deflate at its default (optimal) level, as the floor was measured.</summary>
    [Benchmark(Description = "standard contract, 60 clauses, default deflate")]
    public long Clauses60Optimal() => Render(_renderer60, _plan60, CompressionLevel.Optimal);

    private long Render(ContractRenderer renderer, AssemblyPlan plan, CompressionLevel compression = CompressionLevel.Fastest)
    {
        _output.Position = 0;
        _output.SetLength(0);
        renderer.Render(plan, _output, compression);
        return _output.Length;
    }

    private static string TemplatesFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContractDocs.sln")))
            {
                return Path.Combine(folder.FullName, "templates");
            }
        }

        throw new DirectoryNotFoundException("templates/ not found above the benchmark.");
    }
}
