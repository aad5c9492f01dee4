using System.Collections.Frozen;
using System.Xml.Linq;
using System.IO.Compression;
using System.Text;
using ContractDocs.Templating;

namespace ContractDocs.Rendering;

/// <summary>
/// A Word template read and prepared once: the parts copied as they are, the parts with tags compiled, and the
/// main document split at <c>{{@toc}}</c> and <c>{{@clauses}}</c>. Immutable and thread-safe.
/// </summary>
public sealed class WordTemplate
{
    public const string TocPlaceholder = "{{@toc}}";
    public const string ClausesPlaceholder = "{{@clauses}}";
    public const string NotePlaceholder = "{{@note}}";
    public const string DocumentPart = "word/document.xml";

    private static readonly string[] Regenerated = ["docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"];

    private WordTemplate(
        string name,
        FrozenDictionary<string, byte[]> staticParts,
        FrozenDictionary<string, Func<object, string>> taggedParts,
        IReadOnlyList<Func<object, string>> documentSegments,
        FrozenDictionary<string, string> editableParts)
    {
        var styles = staticParts.TryGetValue("word/styles.xml", out var stylesPart) ? Encoding.UTF8.GetString(stylesPart) : string.Empty;
        PartNumberPattern = NumberPattern(editableParts["word/numbering.xml"], styles, Styles.PartHeading);
        ScheduleNumberPattern = NumberPattern(editableParts["word/numbering.xml"], styles, Styles.ScheduleHeading);
        Name = name;
        StaticParts = staticParts;
        TaggedParts = taggedParts;
        DocumentSegments = documentSegments;
        EditableParts = editableParts;
        ContentTypes = PartEdits.ContentTypes(editableParts["[Content_Types].xml"]);
        RootRelationships = PartEdits.RootRelationships(editableParts["_rels/.rels"]);
        Settings = PartEdits.Settings(editableParts["word/settings.xml"]);
        Numbering = PartEdits.NumberingDefinitions(editableParts["word/numbering.xml"]);
    }

    public string Name { get; }

    /// <summary>Parts copied byte for byte (styles, fonts, theme, media).</summary>
    public FrozenDictionary<string, byte[]> StaticParts { get; }

    /// <summary>Headers and footers: compiled with the XML encoder.</summary>
    public FrozenDictionary<string, Func<object, string>> TaggedParts { get; }

    /// <summary>The main document in compiled segments: before the table of contents, between it and the clauses,
    /// after the clauses (to the note, if the template has a <c>{{@note}}</c> paragraph), and after the note.</summary>
    public IReadOnlyList<Func<object, string>> DocumentSegments { get; }

    /// <summary>How the template numbers a Part ("Part %1"), from its numbering for the PartHeading style.</summary>
    public string PartNumberPattern { get; }

    /// <summary>How the template numbers a schedule ("Schedule %1"), from its numbering for the ScheduleHeading style:
    /// the word is the template's, and cross-references print it as Word will.</summary>
    public string ScheduleNumberPattern { get; }

    /// <summary>Parts the renderer extends per document, as text: numbering, settings, relationships, content types.</summary>
    public FrozenDictionary<string, string> EditableParts { get; }

    // The edits that are the same for every document, made once.

    /// <summary>The content types, with the document properties parts.</summary>
    public string ContentTypes { get; }

    /// <summary>The package relationships, with the document properties parts.</summary>
    public string RootRelationships { get; }

    /// <summary>The settings, without update-on-open.</summary>
    public string Settings { get; }

    /// <summary>The numbering, with the renderer's list definitions; each document adds its lists' instances.</summary>
    internal TemplateNumbering Numbering { get; }

    /// <exception cref="InvalidDataException">The file is not a Word document, or lacks a placeholder.</exception>
    public static WordTemplate Load(string path, ContractTemplating templating)
    {
        ArgumentNullException.ThrowIfNull(templating);
        using var zip = ZipFile.OpenRead(path);
        var staticParts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var tagged = new Dictionary<string, Func<object, string>>(StringComparer.Ordinal);
        var editable = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<Func<object, string>>? segments = null;
        var name = Path.GetFileNameWithoutExtension(path);
        var raw = zip.Entries
            .Where(e => !e.FullName.EndsWith('/') && !Regenerated.Contains(e.FullName, StringComparer.Ordinal))
            .OrderBy(e => e.FullName, StringComparer.Ordinal)
            .ToDictionary(e => e.FullName, Read, StringComparer.Ordinal);
        var renames = raw.TryGetValue("word/styles.xml", out var styles) ? StyleNormaliser.Renames(Encoding.UTF8.GetString(styles)) : [];
        foreach (var (part, bytes) in raw)
        {
            string Text() => CompatibilityFixes.Apply(StyleNormaliser.Apply(Encoding.UTF8.GetString(bytes), renames));
            if (part == DocumentPart)
            {
                segments = Split(PartNamespaces.DeclareOnRoot(Text(), "r", PartNamespaces.Relationships), templating, $"{name}:{part}");
            }
            else if (part is "word/numbering.xml" or "word/settings.xml" or "word/_rels/document.xml.rels" or "[Content_Types].xml" or "_rels/.rels")
            {
                editable[part] = Text();
            }
            else if (part.StartsWith("word/header", StringComparison.Ordinal) || part.StartsWith("word/footer", StringComparison.Ordinal))
            {
                tagged[part] = templating.CompileXml(TemplatePreparer.Prepare(Text(), []), $"{name}:{part}");
            }
            else
            {
                staticParts[part] = part == "word/styles.xml" && renames.Count > 0 ? Encoding.UTF8.GetBytes(Text()) : bytes;
            }
        }

        if (segments is null || !editable.ContainsKey("word/numbering.xml") || !editable.ContainsKey("word/settings.xml"))
        {
            throw new InvalidDataException($"Template '{path}' needs word/document.xml, word/numbering.xml and word/settings.xml.");
        }

        return new WordTemplate(name, staticParts.ToFrozenDictionary(StringComparer.Ordinal), tagged.ToFrozenDictionary(StringComparer.Ordinal), segments, editable.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The level text of the numbering level a heading style uses, e.g. "Schedule %1": the style's own
    /// numbering (styles.xml numPr, through the num to its abstract numbering and level), or else the level that names
    /// the style (Word writes both; LibreOffice keeps only the first); "%1" when neither says.</summary>
    private static string NumberPattern(string numbering, string styles, string style)
    {
        var w = System.Xml.Linq.XNamespace.Get("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        var numberingXml = System.Xml.Linq.XDocument.Parse(numbering);
        var levels = default(IEnumerable<System.Xml.Linq.XElement>);
        if (styles.Length > 0
            && System.Xml.Linq.XDocument.Parse(styles).Descendants(w + "style").FirstOrDefault(s => (string?)s.Attribute(w + "styleId") == style) is { } definition
            && definition.Element(w + "pPr")?.Element(w + "numPr") is { } numPr
            && (string?)numPr.Element(w + "numId")?.Attribute(w + "val") is { } numId
            && numberingXml.Descendants(w + "num").FirstOrDefault(n => (string?)n.Attribute(w + "numId") == numId)?.Element(w + "abstractNumId")?.Attribute(w + "val")?.Value is { } abstractId)
        {
            var level = (string?)numPr.Element(w + "ilvl")?.Attribute(w + "val") ?? "0";
            levels = numberingXml.Descendants(w + "abstractNum").Where(a => (string?)a.Attribute(w + "abstractNumId") == abstractId)
                .Elements(w + "lvl").Where(l => (string?)l.Attribute(w + "ilvl") == level);
        }

        levels = levels?.Any() == true ? levels : numberingXml.Descendants(w + "lvl").Where(l => (string?)l.Element(w + "pStyle")?.Attribute(w + "val") == style);
        return (string?)levels.FirstOrDefault()?.Element(w + "lvlText")?.Attribute(w + "val") ?? "%1";
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static Func<object, string>[] Split(string xml, ContractTemplating templating, string name)
    {
        var prepared = TemplatePreparer.Prepare(xml, [TocPlaceholder, ClausesPlaceholder, NotePlaceholder]);
        var toc = $"{TemplatePreparer.PlaceholderMark}{TocPlaceholder}{TemplatePreparer.PlaceholderMark}";
        var clauses = $"{TemplatePreparer.PlaceholderMark}{ClausesPlaceholder}{TemplatePreparer.PlaceholderMark}";
        var note = $"{TemplatePreparer.PlaceholderMark}{NotePlaceholder}{TemplatePreparer.PlaceholderMark}";
        var tocAt = prepared.IndexOf(toc, StringComparison.Ordinal);
        var clausesAt = prepared.IndexOf(clauses, StringComparison.Ordinal);
        var noteAt = prepared.IndexOf(note, StringComparison.Ordinal);
        if (tocAt < 0 || clausesAt < tocAt || (noteAt >= 0 && noteAt < clausesAt))
        {
            throw new InvalidDataException($"Template '{name}' needs a paragraph '{TocPlaceholder}', after it a paragraph '{ClausesPlaceholder}', and may have after that a paragraph '{NotePlaceholder}'.");
        }

        List<Func<object, string>> segments =
        [
            templating.CompileXml(prepared[..tocAt], name + " (before the contents)"),
            templating.CompileXml(prepared[(tocAt + toc.Length)..clausesAt], name + " (before the clauses)"),
        ];
        if (noteAt < 0)
        {
            segments.Add(templating.CompileXml(prepared[(clausesAt + clauses.Length)..], name + " (after the clauses)"));
        }
        else
        {
            segments.Add(templating.CompileXml(prepared[(clausesAt + clauses.Length)..noteAt], name + " (after the clauses)"));
            segments.Add(templating.CompileXml(prepared[(noteAt + note.Length)..], name + " (after the note)"));
        }

        return [.. segments];
    }
}
