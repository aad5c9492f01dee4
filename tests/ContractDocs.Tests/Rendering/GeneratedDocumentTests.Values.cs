using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Templating;
using ContractDocs.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ContractDocs.Tests.Rendering;

public sealed partial class GeneratedDocumentTests
{
    public static TheoryData<string> HostileValues() => new()
    {
        "A & B Ltd",
        "St John's \"Hospice\" <Trust>",
        "{{contractTitle}} and {{{contractTitle}}}",
        "# Heading **bold** _em_ |a|b| [link](file:///etc/passwd) ![img](https://example.org/x.png)",
        "</w:t></w:r><w:r><w:t>injected",
        "<script>alert(1)</script> &amp; &#169;",
        "Café Ñandú – naïve façade ✓ 👵🏽",
        "مجلس مقاطعة نورثشاير",
        "\\ backslash \\\\ and `code`",
        "    four leading spaces and a\ttab",
        "1. not a list",
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void Generate_HostileValue_AppearsLiterallyInClauseAndTemplateText(string value)
    {
        var selection = RealLibrary.Example("frailty-alliance");
        selection["variables"]!["geography"] = value;
        selection["variables"]!["contractTitle"] = value;

        var bytes = RealLibrary.Generate(selection);

        var parts = Parts(bytes);
        var paragraphs = XDocument.Parse(parts["word/document.xml"]).Descendants(W + "p")
            .Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)))
            .ToList();
        Assert.Contains(paragraphs, p => p.Contains("The Contract Area is " + value, StringComparison.Ordinal));
        var title = XDocument.Parse(parts["word/document.xml"]).Descendants(W + "p").First(p => p.Descendants(W + "pStyle").Any(s => (string?)s.Attribute(W + "val") == "Title"));
        Assert.Contains(value, string.Concat(title.Descendants(W + "t").Select(t => t.Value)), StringComparison.Ordinal);
        var header = XDocument.Parse(parts.Single(p => p.Key.StartsWith("word/header", StringComparison.Ordinal)).Value);
        Assert.Contains(value, string.Concat(header.Descendants(W + "t").Select(t => t.Value)), StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.Contains("injected", StringComparison.Ordinal) && !p.Contains(value, StringComparison.Ordinal));
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document));
        Assert.DoesNotContain(document.MainDocumentPart!.HyperlinkRelationships, r => !r.Uri.IsAbsoluteUri || r.Uri.Scheme is not ("https" or "mailto"));
        Assert.Empty(document.MainDocumentPart!.ImageParts);
    }

    [Fact]
    public void Generate_SamePlanTwice_GivesIdenticalBytes()
    {
        var first = RealLibrary.Generate(RealLibrary.Example("lead-provider-ltc"));
        var templating = new ContractTemplating();
        var fresh = new ContractRenderer(LibraryLoader.Load(RepoPaths.Library).Library, TemplateSet.Load(RepoPaths.Templates, templating), templating);
        using var output = new MemoryStream();
        fresh.Render(RealLibrary.Plan(RealLibrary.Example("lead-provider-ltc")), output);

        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(output.ToArray())));
    }

    [Fact]
    public void Generate_DifferentValue_GivesDifferentBytes()
    {
        var changed = RealLibrary.Example("lead-provider-ltc");
        changed["variables"]!["annualBudget"] = 42000001;

        Assert.NotEqual(RealLibrary.Generate(RealLibrary.Example("lead-provider-ltc")), RealLibrary.Generate(changed));
    }

    [Fact]
    public void Generate_ProvenanceTravelsInTheCustomProperties()
    {
        var selection = RealLibrary.Example("capitated-place", "2026.2");
        var plan = RealLibrary.Plan(selection);

        using var document = WordprocessingDocument.Open(new MemoryStream(RealLibrary.Generate(selection)), false);
        var properties = document.CustomFilePropertiesPart!.Properties.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText);

        Assert.Equal("2026.2", properties["ContractDocs.Release"]);
        Assert.Equal("accountable-care", properties["ContractDocs.Model"]);
        Assert.Equal(plan.SelectionSha256, properties["ContractDocs.SelectionSha256"]);
        Assert.Equal(plan.Clauses.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), properties["ContractDocs.ClauseCount"]);
        Assert.Equal(plan.Clauses.Select(c => $"{c.Clause.Key} {c.Clause.Sha256}"), properties.Where(p => p.Key.StartsWith("ContractDocs.Clause.", StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value));
        Assert.Equal("Southdale Place Integrated Care Provider Contract", document.PackageProperties.Title);
        // The contents and cross-references are right as written: opening never prompts to update fields.
        Assert.Empty(document.MainDocumentPart!.DocumentSettingsPart!.Settings.Elements<DocumentFormat.OpenXml.Wordprocessing.UpdateFieldsOnOpen>());
    }

    [Fact]
    public void Generate_DefinitionsListExactlyTheTermsUsed_Alphabetically()
    {
        var bytes = RealLibrary.Generate(RealLibrary.Example("outcomes-based-reablement"));
        var paragraphs = XDocument.Parse(Parts(bytes)["word/document.xml"]).Descendants(W + "p").ToList();
        var defined = paragraphs
            .Where(p => p.Descendants(W + "pStyle").Any(s => (string?)s.Attribute(W + "val") == "DefinitionText"))
            .Select(p => p.Descendants(W + "t").First().Value.Trim('\u201C', '\u201D'))
            .ToList();

        Assert.NotEmpty(defined);
        Assert.Equal(defined.Order(StringComparer.OrdinalIgnoreCase), defined);
        // A term counts as used when a clause marks it with {{term}} and it appears in the contract's text outside the
        // definitions (a term inside an {{#if}} that is not rendered is not used).
        var plan = RealLibrary.Plan(RealLibrary.Example("outcomes-based-reablement"));
        var text = string.Join("\n", paragraphs
            .Where(p => !p.Descendants(W + "pStyle").Any(s => (string?)s.Attribute(W + "val") == "DefinitionText"))
            .Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))));
        var used = plan.Clauses.SelectMany(c => TemplateAnalysis.Of(c.Clause.Body).Terms.Select(t => t.Term))
            .Where(t => text.Contains(t, StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(used.Order(StringComparer.Ordinal), defined.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generate_EveryNumberedListHasItsOwnRestartingInstance()
    {
        var parts = Parts(RealLibrary.Generate(RealLibrary.Example("frailty-alliance")));
        var numbering = XDocument.Parse(parts["word/numbering.xml"]);
        var body = XDocument.Parse(parts["word/document.xml"]);

        var listIds = body.Descendants(W + "numId").Select(n => (string)n.Attribute(W + "val")!).Distinct().ToList();
        var instances = numbering.Descendants(W + "num").ToDictionary(n => (string)n.Attribute(W + "numId")!);
        Assert.True(listIds.Count > 5);
        Assert.All(listIds, id =>
        {
            Assert.True(instances.ContainsKey(id), $"numId {id} has no w:num");
            Assert.Equal("1", (string?)instances[id].Descendants(W + "startOverride").SingleOrDefault()?.Attribute(W + "val"));
        });
    }
}
