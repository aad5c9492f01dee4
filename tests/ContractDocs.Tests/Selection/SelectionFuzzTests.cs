using System.IO.Compression;
using ContractDocs.Selection;
using ContractDocs.Tests.Selection.Fuzzing;
using ContractDocs.Tests.Support;
using Xunit.Abstractions;

namespace ContractDocs.Tests.Selection;

/// <summary>
/// The engine under thousands of mutations of the four examples (<see cref="SelectionFuzzCases"/>): read, resolve
/// and, when it can be built, render with the real library and templates. Whatever the input, nothing throws; a
/// refusal is a list of well-formed problems (and, for the reader's limits, exactly the ones <see cref="ReaderOracle"/>
/// works out); a build is a Word document that opens. The run is fixed by its seed and prints it on failure.
/// </summary>
public sealed class SelectionFuzzTests
{
    private const string DefaultSeed = "0000001dikk7";
    private const string RefusedByReader = "refused by the reader";
    private const string RefusedByResolver = "refused by the resolver";
    private const string Built = "built";

    private static readonly Lazy<Resolver> SharedResolver = new(() => new Resolver(RealLibrary.Library));

    private readonly ITestOutputHelper _output;

    public SelectionFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Fuzz_MutatedExamples_AreRefusedWithProblemsOrRenderADocumentThatOpens()
    {
        var report = await FuzzRunner.RunAsync(
            SelectionFuzzCases.Cases, c => Task.FromResult(Check(c)), FuzzRunner.Seed(DefaultSeed), FuzzRunner.Count(4_000),
            Environment.ProcessorCount, TimeSpan.FromSeconds(10));

        _output.WriteLine(report.ToString());
        // Every stage is reached often: a fuzz whose cases all stopped at the reader would prove little.
        Assert.True(report.Of(RefusedByReader) >= report.Count / 10, report.ToString());
        Assert.True(report.Of(RefusedByResolver) >= report.Count / 10, report.ToString());
        Assert.True(report.Of(Built) >= report.Count / 20, report.ToString());
    }

    private static string Check(SelectionCase fuzzCase)
    {
        var read = SelectionReader.Read(fuzzCase.Body);
        ReaderOracle.Check(fuzzCase, read);
        if (read.Selection is null)
        {
            ProblemShape.Check(read.Problems);
            return RefusedByReader;
        }

        var resolved = SharedResolver.Value.Resolve(read.Selection);
        if (!resolved.Succeeded)
        {
            ProblemShape.Check(resolved.Problems);
            return RefusedByResolver;
        }

        // Stored rather than deflated: the package is the same, and the fuzz spends its time on the pipeline.
        using var output = new MemoryStream();
        RealLibrary.Renderer.Render(resolved.Plan!, output, CompressionLevel.NoCompression);
        DocumentCheck.Opens(output.ToArray());
        return Built;
    }
}
