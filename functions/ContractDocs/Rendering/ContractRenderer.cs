using System.Collections.Immutable;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using ContractDocs.Library;
using ContractDocs.Rendering.Markdown;
using ContractDocs.Selection;
using ContractDocs.Templating;

namespace ContractDocs.Rendering;

/// <summary>
/// Turns an assembly plan into a .docx: clause Markdown through strict Handlebars, Markdig and the Word renderers,
/// streamed into the template's main document between its rendered segments, then the zip with fixed entry times.
/// The same plan always gives the same bytes. Thread-safe: build one and share it.
/// </summary>
public sealed class ContractRenderer
{
    private static readonly DateTimeOffset ZipTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ClauseLibrary _library;
    private readonly TemplateSet _templates;
    private readonly ContractTemplating _templating;
    private readonly ClauseDocuments _documents;

    public ContractRenderer(ClauseLibrary library, TemplateSet templates, ContractTemplating templating)
        : this(library, templates, templating, shapes: true)
    {
    }

    /// <summary>With <paramref name="shapes"/> false every clause is rendered and parsed whole: how the tests prove
    /// that parsing once per shape (<see cref="ClauseDocuments"/>) changes no document.</summary>
    internal ContractRenderer(ClauseLibrary library, TemplateSet templates, ContractTemplating templating, bool shapes)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(templating);
        _library = library;
        _templates = templates;
        _templating = templating;
        _documents = new ClauseDocuments(templating, shapes);
    }

    public static string Generator { get; } = "ContractDocs " + (typeof(ContractRenderer).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0");

    /// <summary>Writes the contract to <paramref name="output"/> (left open), then reads every XML part back
    /// (<see cref="PackageCheck"/>) before returning.</summary>
    /// <exception cref="TemplateValueException">A clause or the template needs a value it did not get.</exception>
    /// <exception cref="UnreadableDocumentException">A part of the document is not XML Word can open.</exception>
    /// <remarks>On either exception the output is cut back to where it was: nothing of the document is left in it. An
    /// output that cannot be read back and cut (not seekable) gets the document through a memory buffer, once it has
    /// passed the check. Compression defaults to <see cref="CompressionLevel.Fastest"/>: deflate is most of the cost of
    /// writing a package, and the fastest level makes a contract only slightly larger.</remarks>
    public RenderedContract Render(AssemblyPlan plan, Stream output, CompressionLevel compression = CompressionLevel.Fastest) =>
        Render(plan, output, RenderOptions.Fixed, compression);

    /// <inheritdoc cref="Render(AssemblyPlan, Stream, CompressionLevel)"/>
    public RenderedContract Render(AssemblyPlan plan, Stream output, RenderOptions options, CompressionLevel compression = CompressionLevel.Fastest)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        if (!output.CanSeek || !output.CanRead)
        {
            using var buffer = new MemoryStream();
            var rendered = Render(plan, buffer, options, compression);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return rendered;
        }

        var start = output.Position;
        try
        {
            return Write(plan, output, options, compression);
        }
        catch (Exception e) when (e is UnreadableDocumentException or TemplateValueException)
        {
            output.SetLength(start);
            throw;
        }
    }

    private RenderedContract Write(AssemblyPlan plan, Stream output, RenderOptions options, CompressionLevel compression)
    {
        var template = _templates.For(plan.Model);
        StartupTrace.Mark("render: Word template of the model (read and prepared on first use)");
        var definition = _library.LayoutFor(plan.Release, plan.Model)
            ?? throw new InvalidOperationException($"Release {plan.Release.Id} has no layout for the {plan.Model} model, and model.yaml no defaultLayout.");
        var values = Values(plan, options);
        var layout = ContractLayout.Build(plan, _library, definition, c => _documents.For(c.Clause.Sha256, c.Clause.Body, values));
        StartupTrace.Mark("render: clause templates (Handlebars compile and run)");
        var (targets, bookmarks) = AnchorIndex.Build(layout, template.ScheduleNumberPattern);
        var state = new DocumentState(targets, bookmarks, definition);
        foreach (var text in layout.All)
        {
            CollectTerms(text.Markdown, state.TermsUsed);
        }

        var definitionsSource = plan.Clauses.SelectMany(c => c.Clause.Defines.Select(d => (Definition: d, c.Clause.Sha256))).DistinctBy(d => d.Definition.Term, StringComparer.Ordinal).ToDictionary(d => d.Definition.Term, d => d.Sha256, StringComparer.Ordinal);
        string DefinitionMarkdown(TermDefinition d) => _templating.RenderMarkdown($"{definitionsSource.GetValueOrDefault(d.Term)}:{d.Term}", d.Definition, values);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml", template.ContentTypes, compression);
            Text(zip, "_rels/.rels", template.RootRelationships, compression);
            Text(zip, "docProps/app.xml", DocumentProperties.App(Generator), compression);
            Text(zip, "docProps/core.xml", DocumentProperties.Core(Title(values), $"{ModelTitle(plan)}: {values.GetValueOrDefault("contractReference")}", plan.Release.Id, options), compression);
            using (var custom = Open(zip, "docProps/custom.xml", compression))
            {
                DocumentProperties.Custom(plan, Generator, custom);
            }

            using (var writer = Open(zip, WordTemplate.DocumentPart, compression))
            {
                var word = new WordWriter(writer);
                var renderer = new WordRenderer(word, state);
                writer.Write(template.DocumentSegments[0](values));
                TocWriter.Write(word, layout, template.PartNumberPattern, template.ScheduleNumberPattern);
                writer.Write(template.DocumentSegments[1](values));
                BodyWriter.Write(renderer, layout, plan.Definitions, DefinitionMarkdown);
                writer.Write(template.DocumentSegments[2](values));
                if (template.DocumentSegments.Count > 3)
                {
                    NoteWriter.Write(renderer, layout, plan.Definitions.Where(d => state.TermsUsed.Contains(d.Term)), n => _templating.RenderMarkdown($"note:{definition.Key}:{n.GetHashCode(StringComparison.Ordinal)}", n, values));
                    writer.Write(template.DocumentSegments[3](values));
                }
            }

            StartupTrace.Mark("render: document.xml (Markdig and the Word writer)");
            foreach (var (part, render) in template.TaggedParts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Text(zip, part, render(values), compression);
            }

            Text(zip, "word/numbering.xml", PartEdits.Numbering(template.Numbering, state.Lists), compression);
            Text(zip, "word/settings.xml", template.Settings, compression);
            Text(zip, "word/_rels/document.xml.rels", PartEdits.DocumentRelationships(template.EditableParts["word/_rels/document.xml.rels"], state.Hyperlinks), compression);
            foreach (var (part, bytes) in template.StaticParts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                using var stream = Entry(zip, part, compression);
                stream.Write(bytes);
            }
        }

        StartupTrace.Mark("render: other parts and zip");
        PackageCheck.Run(output, layout);
        StartupTrace.Mark("render: package check");
        return new RenderedContract(
            layout.Clauses.Count(),
            [.. layout.Schedules.Select(s => s.Planned.Clause.Title)],
            [.. state.TermsUsed],
            [.. layout.Clauses.Concat(layout.Schedules).Select(t => new Redline.RedlineSection(t.Bookmark, Redline.ReleaseBook.Key(t.Planned.Clause.Kind, t.Planned.Clause.Id)))]);
    }

    private Dictionary<string, object?> Values(AssemblyPlan plan, RenderOptions options)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var variable in plan.Variables)
        {
            values[variable.Name] = plan.Values.TryGetValue(variable.Name, out var value) ? TemplateValues.From(value, variable.Type) : null;
        }

        PartyValues.Add(values, _library.Model);
        values["draft"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["generatedOn"] = options.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["generatedBy"] = options.GeneratedBy,
        };
        values["contract"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["annualValue"] = values.GetValueOrDefault("annualBudget"),
            ["title"] = values.GetValueOrDefault("contractTitle"),
            ["reference"] = values.GetValueOrDefault("contractReference"),
            ["modelTitle"] = ModelTitle(plan),
            ["model"] = plan.Model,
            ["release"] = plan.Release.Id,
            ["selectionSha256"] = plan.SelectionSha256,
            ["clauseCount"] = plan.Clauses.Count(c => c.Clause.Kind == ClauseKind.Clause),
            ["generator"] = Generator,
            // One row per contract year of the initial term, for tables that run by year (year 1 has index 0).
            ["years"] = values.GetValueOrDefault("termYears") is decimal years and > 0 and <= 50
                ? Enumerable.Range(1, (int)years).Select(y => (object?)new Dictionary<string, object?>(StringComparer.Ordinal) { ["year"] = (decimal)y, ["index"] = (decimal)(y - 1) }).ToList()
                : null,
        };
        return values;
    }

    private string ModelTitle(AssemblyPlan plan) => _library.Model.FindModel(plan.Model)?.Title ?? plan.Model;

    private static string Title(Dictionary<string, object?> values) => values.GetValueOrDefault("contractTitle") as string ?? "Contract";

    private static void CollectTerms(string markdown, SortedSet<string> terms)
    {
        var at = 0;
        while ((at = markdown.IndexOf(Markers.TermStart, at)) >= 0)
        {
            var end = markdown.IndexOf(Markers.TermEnd, at + 1);
            if (end < 0)
            {
                return;
            }

            terms.Add(markdown[(at + 1)..end]);
            at = end + 1;
        }
    }

    private static Stream Entry(ZipArchive zip, string name, CompressionLevel compression)
    {
        var entry = zip.CreateEntry(name, compression);
        entry.LastWriteTime = ZipTime;
        return entry.Open();
    }

    private static PooledUtf8Writer Open(ZipArchive zip, string name, CompressionLevel compression) => new(Entry(zip, name, compression));

    /// <summary>Writes a small part through a pooled buffer (no per-part writer buffers).</summary>
    private static void Text(ZipArchive zip, string name, string text, CompressionLevel compression)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            using var stream = Entry(zip, name, compression);
            stream.Write(buffer, 0, length);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
