using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ContractDocs.Library;
using ContractDocs.Rendering.Markdown;
using ContractDocs.Templating;

namespace ContractDocs.Rendering.Redline;

/// <summary>
/// One release of the library as a Word document, for redlining one release against another: every clause and then
/// every schedule it pins, in id order, each under its numbered heading (the contracts' styles and numbering, the
/// first model's template) with a line naming its id and version, then its Markdown through the contracts' renderers.
/// Handlebars tags are printed as written: a release has no values; tables are kept whole (<see cref="ReleaseView"/>).
/// Thread-safe (no state).
/// </summary>
public static class ReleaseBook
{
    private static readonly DateTimeOffset ZipTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The bookmark on a text's heading: "_Rl" and the first 12 hex digits of SHA-256 of its key, so the
    /// same clause has the same bookmark in every release.</summary>
    public static string Bookmark(string key) =>
        "_Rl" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];

    /// <summary>The key of a clause or schedule section: "clause:id" or "schedule:id".</summary>
    public static string Key(ClauseKind kind, string id) => $"{(kind == ClauseKind.Schedule ? "schedule" : "clause")}:{id}";

    public static RedlineInput Render(ClauseLibrary library, LibraryRelease release, TemplateSet templates, RedlineWording wording)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(wording);
        var model = library.Model.Models[0].Id;
        var template = templates.For(model);
        var layout = library.LayoutFor(release, model) ?? library.DefaultLayout
            ?? throw new InvalidOperationException($"Release {release.Id} has no layout for the {model} model, and model.yaml no defaultLayout.");
        var state = new DocumentState([], [], layout);
        var sections = ImmutableArray.CreateBuilder<RedlineSection>();
        var body = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new WordWriter(body);
        var renderer = new WordRenderer(writer, state);
        var title = wording.Format("bookTitle", ("release", release.Id));
        body.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>");
        var texts = library.Pinned(release).ToList();
        foreach (var (kind, heading, headingStyle, textStyle) in new[]
        {
            (ClauseKind.Clause, "clausesHeading", Styles.ClauseHeading, Styles.ClauseText),
            (ClauseKind.Schedule, "schedulesHeading", Styles.ScheduleHeading, Styles.ScheduleText),
        })
        {
            Paragraphs.Styled(writer, Styles.PartHeading, wording.Labels[heading]);
            foreach (var text in texts.Where(t => t.Kind == kind).OrderBy(t => t.Id, StringComparer.Ordinal))
            {
                var key = Key(kind, text.Id);
                var bookmark = Bookmark(key);
                sections.Add(new RedlineSection(bookmark, key));
                Paragraphs.Bookmarked(writer, headingStyle, text.Title, bookmark, state.NextBookmarkId());
                Paragraphs.Styled(writer, Styles.BodyText, wording.Format("versionLine", ("id", text.Id), ("version", text.Version.ToString())));
                renderer.BodyStyle = textStyle;
                renderer.Render(Markdig.Markdown.Parse(ReleaseView.Body(text.Body), MarkdownPipelines.Clauses));
            }
        }

        renderer.BodyStyle = Styles.ClauseText;
        var date = (release.Published ?? DateOnly.FromDateTime(ContractDocs.Rendering.RenderOptions.Fixed.GeneratedAt.UtcDateTime)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["contractTitle"] = title,
            ["contractReference"] = release.Id,
            ["draft"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["generatedOn"] = date, ["generatedBy"] = wording.Format("author", ("release", release.Id)) },
        };
        var last = template.DocumentSegments[^1](values);
        var sectionStart = last.IndexOf("<w:sectPr", StringComparison.Ordinal);
        var sectionEnd = last.IndexOf("</w:sectPr>", StringComparison.Ordinal);
        body.Write(sectionStart >= 0 && sectionEnd > sectionStart ? last[sectionStart..(sectionEnd + "</w:sectPr>".Length)] : string.Empty);
        body.Write("</w:body></w:document>");

        var options = new RenderOptions(new DateTimeOffset(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeOnly.MinValue, TimeSpan.Zero), wording.Format("author", ("release", release.Id)));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", template.ContentTypes);
            Add(zip, "_rels/.rels", template.RootRelationships);
            Add(zip, "docProps/app.xml", DocumentProperties.App(ContractRenderer.Generator));
            Add(zip, "docProps/core.xml", DocumentProperties.Core(title, title, release.Id, options));
            Add(zip, "docProps/custom.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + $"<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"2\" name=\"ContractDocs.Release\"><vt:lpwstr>{PartEdits.Attribute(release.Id)}</vt:lpwstr></property></Properties>");
            Add(zip, WordTemplate.DocumentPart, body.ToString());
            foreach (var (part, render) in template.TaggedParts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Add(zip, part, render(values));
            }

            Add(zip, "word/numbering.xml", PartEdits.Numbering(template.Numbering, state.Lists));
            Add(zip, "word/settings.xml", template.Settings);
            Add(zip, "word/_rels/document.xml.rels", PartEdits.DocumentRelationships(template.EditableParts["word/_rels/document.xml.rels"], state.Hyperlinks));
            foreach (var (part, bytes) in template.StaticParts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Add(zip, part, bytes);
            }
        }

        return new RedlineInput(output.ToArray(), sections.ToImmutable());
    }

    private static void Add(ZipArchive zip, string name, string text) => Add(zip, name, new UTF8Encoding(false).GetBytes(text));

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = ZipTime;
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
