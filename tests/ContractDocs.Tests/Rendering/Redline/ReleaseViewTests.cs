using System.Text.RegularExpressions;
using System.Xml.Linq;
using ContractDocs.Rendering.Redline;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Rendering.Redline;

/// <summary>A release book prints Handlebars as written but keeps every table a table: a block tag between rows is a
/// row of its own, so no table is left as lines of pipes.</summary>
public sealed partial class ReleaseViewTests
{
    private static readonly XNamespace W = TrackedText.W;

    public static TheoryData<string> Releases() => [.. RealLibrary.Library.Releases.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(Releases))]
    public void ReleaseBook_PrintsNoTableAsSource(string release)
    {
        var body = TrackedText.Document(ReleaseRedlineTests.Book(release)).Root!.Element(W + "body")!;
        var source = body.Elements(W + "p").Select(Text).Where(t => t.TrimStart().StartsWith('|')).ToList();

        Assert.True(source.Count == 0, $"{source.Count} paragraphs of {release}'s book are table source, for example: {string.Join(" / ", source.Take(3))}");
    }

    [Fact]
    public void ReleaseBook_ShowsALoopOverRowsAsRowsOfItsTable()
    {
        var body = TrackedText.Document(ReleaseRedlineTests.Book("2026.2")).Root!.Element(W + "body")!;
        var table = body.Elements(W + "tbl").Single(t => Rows(t).FirstOrDefault() is ["Indicator", "Baseline", "Target", "Weight", "Source", "Frequency"]);
        var rows = Rows(table).ToList();

        Assert.Equal(4, rows.Count);
        Assert.Equal("{{#each outcomes}}", rows[1][0]);
        Assert.All(rows[1].Skip(1), cell => Assert.Equal(string.Empty, cell));
        Assert.Equal(["{{indicator}}", "{{baseline}}", "{{target}}", "{{percent weight}}", "{{source}}", "{{frequency}}"], rows[2]);
        Assert.Equal("{{/each}}", rows[3][0]);
    }

    [Fact]
    public void Body_WithoutTablesOrTags_IsUnchanged()
    {
        const string text = "A paragraph with {{term \"Baseline\"}}.\n\n{{#if x}}\nSome text.\n{{/if}}\n\n- a list\n";
        Assert.Same(text, ReleaseView.Body(text));
        Assert.Equal("A | B\n{{#if x}}\nC | D\n{{/if}}", ReleaseView.Body("A | B\n{{#if x}}\nC | D\n{{/if}}"));
    }

    [Fact]
    public void Body_TagsBetweenRows_BecomeRows_AndTheTextAroundIsUnchanged()
    {
        const string text = "Before.\n\n| A | B |\n| --- | --- |\n{{#each rows}}\n| {{a}} | {{b}} |\n{{else}}\n| none | |\n{{/each}}\n\nAfter {{x}}.";

        Assert.Equal("Before.\n\n| A | B |\n| --- | --- |\n| {{#each rows}} |\n| {{a}} | {{b}} |\n| {{else}} |\n| none | |\n| {{/each}} |\n\nAfter {{x}}.", ReleaseView.Body(text));
    }

    [Fact]
    public void Body_ABlockAroundTheWholeTable_IsSetApartFromIt()
    {
        const string text = "{{#if rows}}\n| A |\n| --- |\n{{#each rows}}\n| {{a}} |\n{{/each}}\n{{/if}}\nNext.";

        Assert.Equal("{{#if rows}}\n\n| A |\n| --- |\n| {{#each rows}} |\n| {{a}} |\n| {{/each}} |\n\n{{/if}}\nNext.", ReleaseView.Body(text));
    }

    [Fact]
    public void Body_AnElseOfABlockOpenedBeforeTheTable_EndsTheTable()
    {
        const string text = "{{#if rows}}\n| A |\n| --- |\n| x |\n{{else}}\nNo rows.\n{{/if}}";

        Assert.Equal("{{#if rows}}\n\n| A |\n| --- |\n| x |\n\n{{else}}\nNo rows.\n{{/if}}", ReleaseView.Body(text));
    }

    /// <summary>Every clause and schedule of the library: the view only adds blank lines and wraps a tag line as a row,
    /// so taking those away gives the clause back.</summary>
    [Fact]
    public void Body_OfEveryClause_OnlyAddsBlankLinesAndWrapsTagLines()
    {
        var changed = 0;
        foreach (var clause in RealLibrary.Library.Versions)
        {
            var view = ReleaseView.Body(clause.Body);
            changed += view == clause.Body ? 0 : 1;
            var back = string.Join('\n', view.Split('\n').Select(l => WrappedTag().Match(l) is { Success: true } m ? m.Groups[1].Value : l));
            Assert.Equal(Squeeze(clause.Body), Squeeze(back));
        }

        Assert.True(changed >= 10, $"only {changed} clause versions have tables with tags");
    }

    private static string Squeeze(string text) => BlankLines().Replace(text, "\n");

    private static string Text(XElement paragraph) => string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value));

    private static IEnumerable<string[]> Rows(XElement table) =>
        table.Elements(W + "tr").Select(r => r.Elements(W + "tc").Select(c => string.Concat(c.Descendants(W + "t").Select(t => t.Value))).ToArray());

    [GeneratedRegex(@"^\| (\{\{[^{}]*\}\}) \|$")]
    private static partial Regex WrappedTag();

    [GeneratedRegex(@"\n+")]
    private static partial Regex BlankLines();
}
