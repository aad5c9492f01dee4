using ContractDocs.Rendering;
using ContractDocs.Templating;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Templating;

public sealed class LiteralTagsTests
{
    [Fact]
    public void Resolve_TermRefAndAnchorWithALiteral_BecomeTheirMarkedText()
    {
        var resolved = LiteralTags.Resolve("The {{term \"Lead Provider\"}} pays under {{ref \"payment-schedule\"}}.{{ anchor  \"gate\" }}");

        Assert.Equal(
            $"The {Markers.TermStart}Lead Provider{Markers.TermEnd} pays under {Markers.RefStart}payment-schedule{Markers.RefEnd}.{Markers.AnchorStart}gate{Markers.AnchorEnd}",
            resolved);
    }

    [Theory]
    [InlineData("{{term name}}")]
    [InlineData("{{term \"a\" \"b\"}}")]
    [InlineData("{{term \"\"}}")]
    [InlineData("{{term \"say \\\"hi\\\"\"}}")]
    [InlineData("{{term \"a{b\"}}")]
    [InlineData("\\{{term \"Lead Provider\"}}")]
    [InlineData("{{terms \"Lead Provider\"}}")]
    [InlineData("{{money \"Lead Provider\"}}")]
    [InlineData("{{term 'Lead Provider'}}")]
    [InlineData("{{term \"Lead Provider\"}}}")]
    [InlineData("{{#term \"Lead Provider\"}}")]
    [InlineData("{{term \"Lead")]
    [InlineData("no tags at all")]
    public void Resolve_AnythingElse_IsLeftForHandlebars_AsTheSameString(string source) =>
        Assert.Same(source, LiteralTags.Resolve(source));

    [Theory]
    [InlineData("{{#if flag}}\n{{term \"Lead Provider\"}} acts.\n{{else}}\n{{ref \"x\"}}\n{{/if}}\nafter")]
    [InlineData("{{#each items}}\n- {{term \"Partner\"}} {{name}}{{anchor \"row\"}}\n{{/each}}")]
    [InlineData("  {{term \"Indented\"}}  \n{{#eq kind \"a\"}}\n{{term \"A\"}}\n{{/eq}}")]
    [InlineData("\\{{term \"kept\"}} and {{term \"made\"}}")]
    public void Render_WithLiteralTagsResolved_IsTheSameMarkdownAsHandlebarsAlone(string source)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["flag"] = true,
            ["kind"] = "a",
            ["items"] = new List<object?> { new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = "One" }, new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = "Two" } },
        };

        var resolved = new ContractTemplating().RenderMarkdown("k", source, values);
        var handlebarsAlone = new ContractTemplating(resolveLiteralTags: false).RenderMarkdown("k", source, values);

        Assert.Equal(handlebarsAlone, resolved);
    }

    /// <summary>The proof that matters: every example contract, under its own release and the legacy ones, is the same
    /// document byte for byte whether the literal tags are resolved first or all left to Handlebars.</summary>
    [Fact]
    public void EveryExampleContract_IsByteForByteTheSame_WithOrWithoutResolvingLiteralTags()
    {
        var templating = new ContractTemplating();
        var resolving = new ContractRenderer(RealLibrary.Library, TemplateSet.Load(RepoPaths.Templates, templating), templating);
        var plain = new ContractTemplating(resolveLiteralTags: false);
        var handlebarsAlone = new ContractRenderer(RealLibrary.Library, TemplateSet.Load(RepoPaths.Templates, plain), plain);

        var compared = 0;
        foreach (var (example, release) in RealLibrary.ExamplesAndReleases)
        {
            var plan = RealLibrary.Plan(RealLibrary.Example(example, release));
            Assert.Equal(Render(handlebarsAlone, plan), Render(resolving, plan));
            compared++;
        }

        Assert.True(compared >= 16, $"only {compared} examples compared");
    }

    private static byte[] Render(ContractRenderer renderer, ContractDocs.Selection.AssemblyPlan plan)
    {
        using var output = new MemoryStream();
        renderer.Render(plan, output, RenderOptions.Fixed);
        return output.ToArray();
    }
}
