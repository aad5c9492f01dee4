using System.Text.RegularExpressions;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Rendering.CommonMark;

/// <summary>
/// The CommonMark 0.31.2 specification's 652 examples and 28 pipe tables, each put in as a clause body: each is
/// either refused by the linter with a code and a sentence, or generates a contract that is well-formed, passes the
/// Open XML validator, opens in LibreOffice and holds every word of the example (see <see cref="CorpusWords"/>).
/// </summary>
public sealed partial class CommonMarkCorpusTests : IClassFixture<CommonMarkCorpusFixture>
{
    private readonly CommonMarkCorpusFixture _fixture;

    public CommonMarkCorpusTests(CommonMarkCorpusFixture fixture) => _fixture = fixture;

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in SpecExamples.All)
        {
            data.Add(example.ClauseId);
        }

        return data;
    }

    [Fact]
    public void Corpus_HoldsEveryExampleOfTheSpecificationAndThePipeTables()
    {
        Assert.Equal(652, SpecExamples.All.Count(e => e.Source == SpecExample.CommonMark));
        Assert.Equal(28, SpecExamples.All.Count(e => e.Source == SpecExample.PipeTable));
        Assert.Equal(SpecExamples.All.Count, _fixture.Outcomes.Count);
    }

    [Fact]
    public void Corpus_LinterFindsNothingOutsideTheExampleClauses()
    {
        Assert.Empty(_fixture.OtherProblems);
        Assert.Empty(_fixture.BatchErrors);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_IsRefusedWithACodeAndASentence_OrGeneratesWithEveryWord(string clauseId)
    {
        var outcome = _fixture.Outcomes[clauseId];

        if (outcome.Refused)
        {
            Assert.All(outcome.Refusals, p =>
            {
                Assert.Matches("^[a-z]+(-[a-z]+)*$", p.Code);
                Assert.True(p.Line > 0, p.ToString());
                Assert.EndsWith(".", p.Message, StringComparison.Ordinal);
            });
            return;
        }

        Assert.True(outcome.Failures.Length == 0, $"{outcome.Example}\n{outcome.Example.Markdown}\n{outcome.Failures}");
        Assert.NotNull(outcome.MissingInLibreOffice);
    }

    /// <summary>The README's table of the split (section "Clause Markdown: the CommonMark corpus") is the one the
    /// corpus gives: rendered (and of those, crashed, unreadable, with lost words or wrong lists), refused in all, and
    /// refused for each reason (an example can have several).</summary>
    [Fact]
    public void Corpus_SplitIsTheOneTheReadmeReports()
    {
        var outcomes = _fixture.Outcomes.Values.ToList();
        var expected = new List<string>
        {
            $"rendered: {outcomes.Count(o => !o.Refused)}",
            $"crashed: {outcomes.Count(o => o.Crash is not null)}",
            $"unreadable: {outcomes.Count(o => o.Unreadable is not null || o.ValidatorErrors.Count > 0)}",
            $"lost words: {outcomes.Count(o => o.MissingInDocument.Count > 0 || o.MissingInLibreOffice is { Count: > 0 })}",
            $"wrong lists: {outcomes.Count(o => o.ListStructure is not null)}",
            $"refused: {outcomes.Count(o => o.Refused)}",
        };
        expected.AddRange(outcomes.SelectMany(o => o.Refusals.Select(p => p.Code).Distinct())
            .GroupBy(c => c)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Count()}"));
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var at = readme.IndexOf("## Clause Markdown: the CommonMark corpus", StringComparison.Ordinal);
        Assert.True(at >= 0, "README has no section '## Clause Markdown: the CommonMark corpus'; it should report:\n" + string.Join("\n", expected));
        var section = readme[at..];
        section = section[..(section.IndexOf("\n## ", 3, StringComparison.Ordinal) is var end and > 0 ? end : section.Length)];
        var reported = ReadmeRow().Matches(section).Select(m => $"{m.Groups["what"].Value}: {m.Groups["count"].Value}").ToList();

        Assert.True(expected.SequenceEqual(reported), "README should report:\n" + string.Join("\n", expected) + "\nbut reports:\n" + string.Join("\n", reported));
    }

    [GeneratedRegex(@"^\| (?:`(?<what>[a-z-]+)`|(?<what>rendered|crashed|unreadable|lost words|wrong lists|refused)[^|]*) \| (?<count>\d+) \|", RegexOptions.Multiline)]
    private static partial Regex ReadmeRow();
}
