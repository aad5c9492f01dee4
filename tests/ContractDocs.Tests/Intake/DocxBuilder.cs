using System.IO.Compression;
using System.Text;

namespace ContractDocs.Tests.Intake;

/// <summary>
/// Writes a minimal Word package part by part, so each test can add exactly the hostile piece it is about.
/// The default is a valid one-paragraph .docx that Word and the Open XML SDK open.
/// </summary>
internal sealed class DocxBuilder
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    public const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private readonly List<string> _documentRelationships = [];
    private readonly List<string> _packageRelationships = [];
    private readonly List<string> _contentTypes = [];
    private readonly Dictionary<string, byte[]> _parts = new(StringComparer.Ordinal);

    public string Body { get; set; } = "<w:p><w:r><w:t>Signed by both parties.</w:t></w:r></w:p>";

    public string MainContentType { get; set; } = WordMain;

    /// <summary>The whole document.xml, replacing <see cref="Body"/> when set.</summary>
    public string? DocumentXml { get; set; }

    public bool WithDocument { get; set; } = true;

    public bool WithContentTypes { get; set; } = true;

    /// <summary>Whether _rels/.rels names word/document.xml as the main document (officeDocument).</summary>
    public bool WithMainRelationship { get; set; } = true;

    /// <summary>Adds a relationship from the package itself, in _rels/.rels.</summary>
    public DocxBuilder PackageRelationship(string id, string type, string target, bool external = false)
    {
        _packageRelationships.Add(RelationshipXml(id, type, target, external));
        return this;
    }

    /// <summary>Adds a relationship from word/document.xml (type is the last segment of the type URI).</summary>
    public DocxBuilder Relationship(string id, string type, string target, bool external = false)
    {
        _documentRelationships.Add(RelationshipXml(id, type, target, external));
        return this;
    }

    public DocxBuilder Part(string name, string content, string? contentType = null) =>
        Part(name, Encoding.UTF8.GetBytes(content), contentType);

    public DocxBuilder Part(string name, byte[] content, string? contentType = null)
    {
        _parts[name] = content;
        if (contentType is not null)
        {
            _contentTypes.Add($"<Override PartName=\"/{name}\" ContentType=\"{contentType}\"/>");
        }

        return this;
    }

    public static string RelationshipXml(string id, string type, string target, bool external = false) =>
        $"<Relationship Id=\"{id}\" Type=\"{(type.Contains("://", StringComparison.Ordinal) ? type : Rel + type)}\" Target=\"{target}\"{(external ? " TargetMode=\"External\"" : "")}/>";

    public static string RelationshipsXml(params string[] relationships) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{string.Concat(relationships)}</Relationships>";

    public byte[] Build()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (WithContentTypes)
            {
                Add(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + $"<Override PartName=\"/word/document.xml\" ContentType=\"{MainContentType}\"/>{string.Concat(_contentTypes)}</Types>"));
            }

            string[] main = WithMainRelationship ? [RelationshipXml("rId1", "officeDocument", "word/document.xml")] : [];
            Add(zip, "_rels/.rels", Encoding.UTF8.GetBytes(RelationshipsXml([.. main, .. _packageRelationships])));
            if (WithDocument)
            {
                Add(zip, "word/document.xml", Encoding.UTF8.GetBytes(DocumentXml
                    ?? $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>{Body}</w:body></w:document>"));
            }

            if (_documentRelationships.Count > 0)
            {
                Add(zip, "word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(RelationshipsXml([.. _documentRelationships])));
            }

            foreach (var (name, content) in _parts)
            {
                Add(zip, name, content);
            }
        }

        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
    }
}
