using ContractDocs.Templating;

namespace ContractDocs.Tests.Templating;

/// <summary><see cref="ContractTemplating.Prepare"/> compiles a plan's clauses on every core before they are rendered
/// one by one; it must change nothing a render returns or raises.</summary>
public sealed class PrepareTests
{
    private static readonly Dictionary<string, object?> Values = new(StringComparer.Ordinal) { ["name"] = "Eastmere", ["flag"] = true };

    [Fact]
    public void Prepared_ThenRendered_GivesWhatAnUnpreparedRenderGives()
    {
        var sources = Enumerable.Range(0, 40)
            .Select(i => ($"clause-{i}", $"Clause {i}: {{{{#if flag}}}}{{{{name}}}} {{{{term \"Partner\"}}}}{{{{/if}}}} ends."))
            .ToArray();
        var prepared = new ContractTemplating();

        prepared.Prepare(sources);

        var unprepared = new ContractTemplating();
        foreach (var (key, source) in sources)
        {
            Assert.Equal(unprepared.RenderMarkdown(key, source, Values), prepared.RenderMarkdown(key, source, Values));
        }

        Assert.StartsWith("Clause 7: Eastmere ", prepared.RenderMarkdown("clause-7", sources[7].Item2, Values), StringComparison.Ordinal);
    }

    [Fact]
    public void ASourceThatDoesNotCompile_IsReportedByTheRender_AsItIsUnprepared()
    {
        const string broken = "{{#if flag}}never closed";
        var unprepared = Record.Exception(() => new ContractTemplating().RenderMarkdown("broken", broken, Values));
        var templating = new ContractTemplating();

        templating.Prepare([("fine", "{{name}}"), ("broken", broken)]);
        var prepared = Record.Exception(() => templating.RenderMarkdown("broken", broken, Values));

        Assert.NotNull(unprepared);
        Assert.NotNull(prepared);
        Assert.Equal(unprepared.GetType(), prepared.GetType());
        Assert.Equal(unprepared.Message, prepared.Message);
        Assert.Equal("Eastmere", templating.RenderMarkdown("fine", "{{name}}", Values));
    }
}
