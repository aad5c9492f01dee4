using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using ContractDocs.Rendering;
using ContractDocs.Rendering.Redline;
using ContractDocs.Templating;
using ContractDocs.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using YamlDotNet.RepresentationModel;

namespace ContractDocs.Tests.Rendering.Redline;

/// <summary>The release redline: valid, opened by LibreOffice, its tracked changes exactly the release files'
/// differences, and accepting or rejecting every change gives the later or earlier release's own rendering.</summary>
public sealed class ReleaseRedlineTests
{
    private static readonly XNamespace W = TrackedText.W;
    private static readonly Lazy<RedlineWriter> SharedWriter = new(() =>
    {
        var templating = new ContractTemplating();
        return new RedlineWriter(RealLibrary.Library, TemplateSet.Load(RepoPaths.Templates, templating), RealLibrary.Renderer);
    });

    public static TheoryData<string, string> Pairs() => new() { { "2026.1", "2026.2" }, { "2026.2", "2026.3" } };

    internal static RedlineWriter Writer => SharedWriter.Value;

    internal static byte[] Redline(string from, string to)
    {
        using var output = new MemoryStream();
        Writer.Releases(RealLibrary.Library.FindRelease(from)!, RealLibrary.Library.FindRelease(to)!, output);
        return output.ToArray();
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ReleaseRedline_PassesTheOpenXmlValidatorWithNoErrors(string from, string to)
    {
        using var stream = new MemoryStream(Redline(from, to));
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ReleaseRedline_TracksChangesInExactlyTheClausesAndSchedulesTheReleaseFilesPinDifferently(string from, string to)
    {
        var expected = PinDifferences(from, to);
        var body = TrackedText.Document(Redline(from, to)).Root!.Element(W + "body")!;
        var keysByBookmark = PinnedKeys(from).Union(PinnedKeys(to)).ToDictionary(Bookmark);

        var changed = new SortedSet<string>(StringComparer.Ordinal);
        string? current = null;
        var summaryChanges = 0;
        foreach (var block in body.Elements())
        {
            var bookmark = block.Elements(W + "bookmarkStart").Select(b => (string?)b.Attribute(W + "name")).FirstOrDefault(n => n is not null && keysByBookmark.ContainsKey(n));
            current = bookmark is null ? current : keysByBookmark[bookmark];
            var tracked = block.Descendants().Any(e => e.Name == W + "ins" || e.Name == W + "del");
            if (tracked && current is null)
            {
                summaryChanges++;
            }
            else if (tracked)
            {
                changed.Add(current!);
            }
        }

        Assert.Equal(0, summaryChanges);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, changed);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ReleaseRedline_AcceptAllGivesTheLaterRelease_RejectAllTheEarlier(string from, string to)
    {
        var redline = TrackedText.Document(Redline(from, to)).Root!.Element(W + "body")!;
        var before = TrackedText.Plain(TrackedText.Document(Book(from)).Root!.Element(W + "body")!);
        var after = TrackedText.Plain(TrackedText.Document(Book(to)).Root!.Element(W + "body")!);

        var accepted = TrackedText.Accepted(redline);
        var rejected = TrackedText.Rejected(redline);

        Assert.NotEqual(before, after);
        var summary = accepted.Count - after.Count;
        Assert.True(summary > 0, "The summary comes first.");
        Assert.Equal(after, accepted.Skip(summary));
        Assert.Equal(accepted.Take(summary), rejected.Take(summary));
        Assert.Equal(before, rejected.Skip(summary));
    }

    [Fact]
    public void ReleaseRedline_SummaryNamesEachChangeInTheLibrarysWords()
    {
        var body = TrackedText.Document(Redline("2026.1", "2026.2")).Root!.Element(W + "body")!;
        var table = body.Element(W + "tbl")!;
        var rows = table.Elements(W + "tr").Select(r => string.Join("|", r.Elements(W + "tc").Select(c => string.Concat(c.Descendants(W + "t").Select(t => t.Value))))).ToList();

        Assert.Equal("Change|Kind|Id|Title|In 2026.1|In 2026.2", rows[0]);
        Assert.Contains("retired|clause|payment-by-results|Payment by Results|1.0.0|none", rows);
        Assert.Contains("changed|clause|payment-at-risk|Payment at Risk|1.0.0|1.1.0", rows);
        Assert.Equal(7, rows.Count);
        var author = body.Descendants(W + "ins").Select(i => (string?)i.Attribute(W + "author")).Distinct().Single();
        Assert.Equal("Clause library 2026.2", author);
        Assert.Equal("2026-10-01T00:00:00Z", body.Descendants(W + "del").Select(i => (string?)i.Attribute(W + "date")).Distinct().Single());
    }

    [Fact]
    public void ReleaseRedline_OfOneReleaseWithItselfIsRefused()
    {
        var release = RealLibrary.Library.FindRelease("2026.2")!;
        var error = Assert.Throws<ArgumentException>(() => Writer.Releases(release, release, new MemoryStream()));
        Assert.StartsWith("2026.2 and 2026.2 are the same release: nothing to compare.", error.Message, StringComparison.Ordinal);
    }

    internal static byte[] Book(string release)
    {
        var templating = new ContractTemplating();
        return ReleaseBook.Render(RealLibrary.Library, RealLibrary.Library.FindRelease(release)!, TemplateSet.Load(RepoPaths.Templates, templating), RealLibrary.Library.Redline!).Document.ToArray();
    }

    /// <summary>From the release files themselves: every clause and schedule pinned at a different version (or in one
    /// release only).</summary>
    private static SortedSet<string> PinDifferences(string from, string to)
    {
        var a = Pins(from);
        var b = Pins(to);
        return new SortedSet<string>(a.Keys.Union(b.Keys).Where(k => a.GetValueOrDefault(k) != b.GetValueOrDefault(k)), StringComparer.Ordinal);
    }

    private static List<string> PinnedKeys(string release) => [.. Pins(release).Keys];

    private static Dictionary<string, string> Pins(string release)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Library, "releases", release + ".yaml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var pins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (section, kind) in new[] { ("clauses", "clause"), ("schedules", "schedule") })
        {
            if (root.Children.TryGetValue(new YamlScalarNode(section), out var node) && node is YamlMappingNode map)
            {
                foreach (var (id, version) in map.Children)
                {
                    pins[$"{kind}:{id}"] = ((YamlScalarNode)version).Value!;
                }
            }
        }

        return pins;
    }

    private static string Bookmark(string key) => "_Rl" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
}
