using System.IO.Compression;

namespace ContractDocs.Intake;

/// <summary>
/// Checks a zip upload: first its own pass over the raw entries (count, inflated size counted while inflating,
/// DTDs, content types, relationships and markup), and only then opens it read-only with the Open XML SDK.
/// </summary>
internal static class DocxInspector
{
    private const string ContentTypesPart = "/[Content_Types].xml";
    private const string PackageRelationships = "/_rels/.rels";
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private static readonly HashSet<string> OfficeDocumentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    };

    /// <exception cref="IntakeRefusedException">The document is refused.</exception>
    public static void Inspect(ReadOnlySpan<byte> content, IntakeLimits limits)
    {
        var bytes = content.ToArray();
        try
        {
            using (var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read))
            {
                InspectParts(new ZipParts(bytes, archive, limits));
            }

            OpenXmlCheck.Open(bytes, limits);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw Corrupt("The file is not a complete, readable zip archive (it may be truncated, damaged or encrypted); save the document again from Word, without a password, and upload it.");
        }
    }

    internal static IntakeRefusedException Corrupt(string reason) => new(IntakeCodes.CorruptPackage, reason);

    private static void InspectParts(ZipParts parts)
    {
        ContentTypes? types = null;
        if (!parts.TryReadXml(ContentTypesPart, reader => types = ContentTypes.Read(reader)))
        {
            throw parts.Contains("/word/document.xml")
                ? Corrupt("The document has no [Content_Types].xml part, so it is not a complete Word document; open it in Word, save it again and upload it.")
                : new IntakeRefusedException(IntakeCodes.UnsupportedType,
                    "The file is a zip archive, not a Word document (.docx) or a PDF; upload the signed document itself.");
        }

        CheckMainPart(parts, types!);
        var findings = new Findings();
        PackageRules.CheckParts(parts.Names, types!, findings);
        findings.ThrowFirst();

        foreach (var part in parts.Names.Where(p => !PartNames.Comparer.Equals(p, ContentTypesPart)).ToList())
        {
            ScanPart(parts, part, types!, findings);
        }

        findings.ThrowFirst();
    }

    /// <summary>Requires one main document part, named by the package's officeDocument relationship, present,
    /// with the Word document content type.</summary>
    private static void CheckMainPart(ZipParts parts, ContentTypes types)
    {
        List<PackageRelationship> relationships = [];
        parts.TryReadXml(PackageRelationships, reader => relationships = PackageRelationship.ReadAll(reader, "/"));
        var documents = relationships.Where(r => OfficeDocumentTypes.Contains(r.Type)).ToList();
        if (documents.Count != 1 || documents[0].External || PartNames.Resolve("/", documents[0].Target) is not { } main)
        {
            throw Corrupt(documents.Count > 1
                ? "The package names more than one main document, so readers may show different content; save it again from Word and upload it."
                : "The package does not name a main document part, so it is not a complete Word document; open it in Word, save it again and upload it.");
        }

        var type = types.For(main) ?? string.Empty;
        if (type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
        {
            throw new IntakeRefusedException(IntakeCodes.MacroEnabled,
                "The document is macro-enabled (.docm or .dotm, whatever its name says); save it as a Word Document (.docx) and upload that.");
        }

        if (!type.Equals(WordMain, StringComparison.OrdinalIgnoreCase))
        {
            throw new IntakeRefusedException(IntakeCodes.UnsupportedType,
                $"The file is an Office package but not a Word document (its main part is {PrintableText.Quote(type.Length == 0 ? "untyped" : type)}); save the signed document as .docx or .pdf and upload that.");
        }

        if (!parts.Contains(main))
        {
            throw new IntakeRefusedException(IntakeCodes.CorruptPackage,
                $"The main document part {PrintableText.Quote(main)} is missing, so the document has no content; open it in Word, save it again and upload it.",
                DocumentKind.Docx);
        }
    }

    private static void ScanPart(ZipParts parts, string part, ContentTypes types, Findings findings)
    {
        var type = types.For(part) ?? string.Empty;
        if (part.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
        {
            parts.TryReadXml(part, reader => PackageRules.CheckRelationships(
                PackageRelationship.ReadAll(reader, PartNames.SourceOf(part)), findings));
        }
        else if (part.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || part.EndsWith(".vml", StringComparison.OrdinalIgnoreCase)
            || type.Contains("xml", StringComparison.OrdinalIgnoreCase) || type.Contains("vml", StringComparison.OrdinalIgnoreCase))
        {
            parts.TryReadXml(part, reader => MarkupScanner.Scan(reader, part, findings));
        }
        else
        {
            parts.Drain(part);
        }
    }
}
