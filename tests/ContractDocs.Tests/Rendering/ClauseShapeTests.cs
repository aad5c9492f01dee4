using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContractDocs.Model;
using ContractDocs.Rendering;
using ContractDocs.Selection;
using ContractDocs.Templating;
using ContractDocs.Tests.Support;
using CsCheck;

namespace ContractDocs.Tests.Rendering;

/// <summary>
/// Clause Markdown is parsed once per shape, plain values standing as holes (<see cref="ClauseDocuments"/>). That must
/// change no document: every example, and clauses that put values where Markdown is most sensitive (emphasis, line
/// starts, lists, tables, code, links, references, markers), give the same bytes as rendering every clause whole, even
/// when the renderer last saw the clause with other values.
/// </summary>
public sealed class ClauseShapeTests
{
    /// <summary>Where a value can stand in a clause, with the Markdown around it that could change how it parses.</summary>
    private static readonly string[] Contexts =
    [
        "The provider {{v}} shall act.",
        "**{{v}}** and *{{w}}*.",
        "a**{{v}}**b and foo_{{w}}_bar and *{{v}}*{{w}}",
        "{{v}} starts the line.",
        "{{v}}. Then a full stop.",
        "{{v}}) Then a bracket.",
        "  {{v}}. Indented.",
        "- {{v}}. In a list.\n- {{w}}",
        "1. {{v}}\n2. {{w}}.",
        "> {{v}}. Quoted.",
        "# {{v}}",
        "| {{v}} | b |\n| --- | --- |\n| {{w}} | {{v}}. |",
        "Code `{{v}}` here.",
        "[{{v}}](https://example.org/{{w}}) link.",
        "[{{v}}] and [{{w}}].\n\n[Alpha]: https://example.org/a",
        "&{{v}}; and &#{{w}};",
        "Slash \\{{v}} here.",
        "{{v}}  \nA hard break.",
        "    {{v}} in code",
        "{{v}}\n===",
        "{{v}}{{w}} together.",
        "{{#if flag}}**{{v}}**{{else}}{{w}}{{/if}} chosen.",
        "{{#each items}}- {{this}}\n{{/each}}",
        "{{term \"Services\"}} for {{v}}.",
        "See {{ref \"definitions\"}} and {{v}}.",
    ];

    /// <summary>Words and characters that make values plain, and ones that must not be left as holes.</summary>
    private static readonly string[] Pieces =
    [
        "Acme", "Care", "Ltd", "45", "2026", "é", "Zoë", " ", "  ", ".", "1.", "-", "*", "_", "#", "&", "amp", "#65", "\n", "\t", "|",
        "`", "[", "]", "(", ")", ">", "😀", "\uE010", "\uE000", "\u0000", "Alpha", "\\",
    ];

    // Shared by the cases, so a later case may find a shape an earlier one parsed (with other values).
    private static readonly Lazy<ContractRenderer> Shaped = new(() => Renderer(shapes: true));
    private static readonly Lazy<ContractRenderer> Whole = new(() => Renderer(shapes: false));
    private static readonly Lazy<AssemblyPlan> BasePlan = new(() => WithVariables(RealLibrary.Plan(RealLibrary.Example("frailty-alliance"))));

    private static readonly Gen<string> Value = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[1, 4].Select(p => string.Concat(p));

    private static readonly Gen<(string[] Bodies, string V, string W, bool Flag, string[] Items)> Case = Gen.Select(
        Gen.Int[0, Contexts.Length - 1].Select(i => Contexts[i]).Array[1, 3].Array[3],
        Value,
        Value,
        Gen.Bool,
        Value.Array[0, 3],
        (bodies, v, w, flag, items) => (bodies.Select(b => string.Join("\n\n", b)).ToArray(), v, w, flag, items));

    [Fact]
    public void Render_EveryExample_GivesTheSameBytesAsRenderingEveryClauseWhole()
    {
        var shaped = Renderer(shapes: true);
        var whole = Renderer(shapes: false);
        foreach (var (example, release) in RealLibrary.ExamplesAndReleases)
        {
            var plan = RealLibrary.Plan(RealLibrary.Example(example, release));

            // First with every text value changed, so the second render finds shapes parsed under other values.
            Render(shaped, WithTextValues(plan, "Other Words 7"));
            Assert.True(Render(shaped, plan).AsSpan().SequenceEqual(Render(whole, plan)), $"{example} at {release ?? "its release"}");
        }
    }

    [Fact]
    public void Render_ValuesWhereMarkdownIsSensitive_GivesTheSameBytesAsRenderingWhole()
    {
        var shaped = Shaped.Value;
        var whole = Whole.Value;
        var basePlan = BasePlan.Value;
        Case.Sample(
            c =>
            {
                var plan = WithBodies(basePlan, c.Bodies) with
                {
                    Values = basePlan.Values
                        .SetItem("v", Json(c.V))
                        .SetItem("w", Json(c.W))
                        .SetItem("flag", JsonSerializer.SerializeToElement(c.Flag))
                        .SetItem("items", JsonSerializer.SerializeToElement(c.Items)),
                };
                return Render(shaped, plan).AsSpan().SequenceEqual(Render(whole, plan));
            },
            iter: 150,
            print: c => $"v={JsonSerializer.Serialize(c.V)} w={JsonSerializer.Serialize(c.W)} flag={c.Flag} items={JsonSerializer.Serialize(c.Items)}\n{string.Join("\n----\n", c.Bodies)}");
    }

    /// <summary>Each value here, left as a hole, would parse otherwise: a character reference, an ordered list, emphasis
    /// that no longer closes, a code block, a hard break.</summary>
    [Theory]
    [InlineData("&{{v}}; and more", "amp")]
    [InlineData("&{{v}}; and more", "Alpha")]
    [InlineData("&#{{v}}; and more", "65")]
    [InlineData("{{v}}. Then a full stop.", "3")]
    [InlineData("- {{v}}. In a list.", "3")]
    [InlineData("> {{v}}) Quoted.", "2")]
    [InlineData("a**{{v}}**b", "Ltd.")]
    [InlineData("*{{v}}*b", "(Acme)")]
    [InlineData("foo_{{v}}_bar", "Acme ")]
    [InlineData("Code `{{v}}` here.", "Acme")]
    [InlineData("[link](https://example.org/{{v}}) here.", "Acme")]
    public void Render_ValueThatMustNotBeAHole_GivesTheSameBytesAsRenderingWhole(string context, string value)
    {
        var basePlan = BasePlan.Value;
        var plan = WithBodies(basePlan, [context]) with
        {
            Values = basePlan.Values.SetItem("v", Json(value)).SetItem("w", Json("x")).SetItem("flag", JsonSerializer.SerializeToElement(false)).SetItem("items", JsonSerializer.SerializeToElement(Array.Empty<string>())),
        };
        Render(Shaped.Value, plan with { Values = plan.Values.SetItem("v", Json("Other")) });

        Assert.Equal(Render(Whole.Value, plan), Render(Shaped.Value, plan));
    }

    [Theory]
    [InlineData("The provider {{v}} shall act.", "Acme Care Ltd", true)]
    [InlineData("The provider {{v}} shall act.", "45 Harbour Road", true)]
    [InlineData("{{v}} starts the line.", "Acme", true)]
    [InlineData("{{v}} starts the line.", "45 Harbour Road", false)]
    [InlineData("- {{v}}. In a list.", "3", false)]
    [InlineData("The provider {{v}} shall act.", "Acme Ltd.", false)]
    [InlineData("The provider {{v}} shall act.", "(Acme)", false)]
    [InlineData("The provider {{v}} shall act.", "Acme\nCare", false)]
    [InlineData("The provider {{v}} shall act.", "Acme\uE002Care", false)]
    [InlineData("&{{v}}; here", "amp", false)]
    [InlineData("&#{{v}}; here", "65", false)]
    public void RenderShape_LeavesOnlyPlainValuesWhereTheyParseAlikeAsHoles(string source, string value, bool hole)
    {
        var shape = new ContractTemplating().RenderShape("k", source, Values(value), expected: null);

        Assert.Equal(hole ? [value] : [], shape.Holes.ToArray());
        Assert.Equal(hole, shape.Text.Contains(Markers.Hole, StringComparison.Ordinal));
        Assert.True(shape.Holeable);
    }

    [Fact]
    public void RenderShape_ValueHoldingTheHoleCharacter_IsNotHoleable()
    {
        var shape = new ContractTemplating().RenderShape("k", "The provider {{v}} shall act.", Values("Acme\uE010Care"), expected: null);

        Assert.Empty(shape.Holes);
        Assert.False(shape.Holeable);
    }

    [Fact]
    public void RenderShape_SameShapeAsExpected_ReturnsTheExpectedStringItself()
    {
        var templating = new ContractTemplating();
        var first = templating.RenderShape("k", "The provider {{v}} shall act.", Values("Acme"), expected: null);

        var second = templating.RenderShape("k", "The provider {{v}} shall act.", Values("Contoso"), first.Text);
        var other = templating.RenderShape("k", "The provider {{v}} shall act.", Values("Acme Ltd."), first.Text);

        Assert.True(second.Unchanged);
        Assert.Same(first.Text, second.Text);
        Assert.Equal(["Contoso"], second.Holes.ToArray());
        Assert.False(other.Unchanged);
        Assert.Equal("The provider Acme Ltd\\. shall act.", other.Text);
    }

    [Fact]
    public void For_OtherPlainValues_ParsesTheClauseOnce()
    {
        var documents = new ClauseDocuments(new ContractTemplating(), shapes: true);
        const string source = "**{{v}}** shall deliver the services.";

        var first = documents.For("k", source, Values("Acme"));
        var second = documents.For("k", source, Values("Contoso Partners"));

        Assert.Same(first.Document, second.Document);
        Assert.Equal(["Contoso Partners"], second.Holes.ToArray());
    }

    [Theory]
    [InlineData("Code `{{v}}` here.")]
    [InlineData("[link](https://example.org/{{v}}) here.")]
    [InlineData("[{{v}}] here.\n\n[Alpha]: https://example.org/a")]
    [InlineData("{{term \"Services\"}} here {{v}}\uE002x{{v}}\uE003")]
    public void For_HoleOutsidePlainText_RendersTheClauseWhole(string source)
    {
        var documents = new ClauseDocuments(new ContractTemplating(), shapes: true);

        var markdown = documents.For("k", source, Values("Alpha"));

        Assert.Empty(markdown.Holes);
        Assert.DoesNotContain(Markers.Hole, markdown.Text);
        Assert.Contains("Alpha", markdown.Text, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Values(string v) => new(StringComparer.Ordinal) { ["v"] = v };

    private static ContractRenderer Renderer(bool shapes)
    {
        var templating = new ContractTemplating();
        return new ContractRenderer(RealLibrary.Library, TemplateSet.Load(RepoPaths.Templates, templating), templating, shapes);
    }

    private static byte[] Render(ContractRenderer renderer, AssemblyPlan plan)
    {
        using var output = new MemoryStream();
        renderer.Render(plan, output);
        return output.ToArray();
    }

    private static JsonElement Json(string value) => JsonSerializer.SerializeToElement(value);

    private static AssemblyPlan WithTextValues(AssemblyPlan plan, string text) => plan with
    {
        Values = plan.Values.ToImmutableSortedDictionary(
            p => p.Key,
            p => plan.Variables.FirstOrDefault(v => v.Name == p.Key)?.Type == VariableType.Text && p.Value.ValueKind == JsonValueKind.String ? Json(text) : p.Value,
            StringComparer.Ordinal),
    };

    private static AssemblyPlan WithVariables(AssemblyPlan plan) => plan with
    {
        Variables = plan.Variables.AddRange((VariableDefinition[])
        [
            new VariableDefinition("v", VariableType.Text, required: true, "test value"),
            new VariableDefinition("w", VariableType.Text, required: true, "test value"),
            new VariableDefinition("flag", VariableType.Boolean, required: true, "test value"),
            new VariableDefinition("items", VariableType.TextList, required: true, "test value"),
        ]),
    };

    /// <summary>The plan with its second, third and fourth clauses given these bodies (each keyed by its own hash, as
    /// the library keys a clause version).</summary>
    private static AssemblyPlan WithBodies(AssemblyPlan plan, string[] bodies)
    {
        var clauses = plan.Clauses;
        for (var i = 0; i < bodies.Length; i++)
        {
            var planned = clauses[i + 1];
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(bodies[i])));
            clauses = clauses.SetItem(i + 1, planned with { Clause = planned.Clause with { Body = bodies[i] + "\n", Sha256 = sha } });
        }

        return plan with { Clauses = clauses };
    }
}
