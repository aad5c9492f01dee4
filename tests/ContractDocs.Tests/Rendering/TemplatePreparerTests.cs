using ContractDocs.Rendering;
using ContractDocs.Templating;

namespace ContractDocs.Tests.Rendering;

public sealed class TemplatePreparerTests
{
    private const string Open = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private const string Close = "</w:body></w:document>";

    private static string Render(string bodyXml, object values)
    {
        var prepared = TemplatePreparer.Prepare(Open + bodyXml + Close, []);
        return new ContractTemplating().CompileXml(prepared, "test")(values);
    }

    [Fact]
    public void Prepare_TagSplitAcrossRunsByWord_StillRenders()
    {
        var xml = "<w:p><w:r><w:t>Title: {{contr</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:b/></w:rPr><w:t>act</w:t></w:r><w:proofErr w:type=\"spellEnd\"/><w:r><w:t>Title}} end</w:t></w:r></w:p>";

        var output = Render(xml, new Dictionary<string, object?> { ["contractTitle"] = "A & B" });

        Assert.Contains("Title: A &amp; B end", output, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_BracesThemselvesSplit_StillRenders()
    {
        var xml = "<w:p><w:r><w:t>{</w:t></w:r><w:r><w:t>{contractTitle}</w:t></w:r><w:r><w:t>}</w:t></w:r></w:p>";

        Assert.Contains(">X<", Render(xml, new Dictionary<string, object?> { ["contractTitle"] = "X" }), StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_ParagraphsHoldingOnlyBlockTags_RepeatTheParagraphsBetween()
    {
        var xml = "<w:p><w:r><w:t>{{#each parties}}</w:t></w:r></w:p><w:p><w:r><w:t>Signed for {{name}}</w:t></w:r></w:p><w:p><w:r><w:t>{{/each}}</w:t></w:r></w:p>";

        var output = Render(xml, new Dictionary<string, object?> { ["parties"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "One" }, new Dictionary<string, object?> { ["name"] = "Two" } } });

        Assert.Equal(2, output.Split("<w:p>").Length - 1);
        Assert.Contains("Signed for One", output, StringComparison.Ordinal);
        Assert.Contains("Signed for Two", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_RowOpeningAndClosingALoop_RepeatsTheRow()
    {
        var xml = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>{{#each parties}}{{name}}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{{kind}}{{/each}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        var parties = new List<object?>
        {
            new Dictionary<string, object?> { ["name"] = "ICB", ["kind"] = "health-commissioner" },
            new Dictionary<string, object?> { ["name"] = "Council", ["kind"] = "local-authority" },
            new Dictionary<string, object?> { ["name"] = "Trust", ["kind"] = "nhs-trust" },
        };

        var output = Render(xml, new Dictionary<string, object?> { ["parties"] = parties });

        Assert.Equal(3, output.Split("<w:tr>").Length - 1);
        Assert.Contains("Council", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_MissingValue_IsAnErrorNamingIt()
    {
        var error = Assert.Throws<TemplateValueException>(() => Render("<w:p><w:r><w:t>{{contractReference}}</w:t></w:r></w:p>", new Dictionary<string, object?>()));

        Assert.Contains("contractReference", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_ValueWithXmlAndNewlines_IsEscapedAndBreaksTheLine()
    {
        var output = Render("<w:p><w:r><w:t xml:space=\"preserve\">{{address}}</w:t></w:r></w:p>", new Dictionary<string, object?> { ["address"] = "1 High St\n</w:t><w:b/>" });

        Assert.Contains("1 High St</w:t><w:br/><w:t xml:space=\"preserve\">&lt;/w:t&gt;&lt;w:b/&gt;", output, StringComparison.Ordinal);
    }
}
