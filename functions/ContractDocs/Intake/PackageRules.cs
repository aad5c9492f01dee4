namespace ContractDocs.Intake;

/// <summary>The package-level rules: which parts, content types and relationships refuse a Word document.</summary>
internal static class PackageRules
{
    private static readonly string[] MacroContentTypes = ["macroEnabled", "vbaProject", "vbaData", "activeX", "oleObject"];

    private static readonly HashSet<string> MacroRelationships = new(StringComparer.OrdinalIgnoreCase)
    {
        "vbaProject", "vbaProjectSignature", "wordVbaData", "keyMapCustomizations", "attachedToolbars",
        "oleObject", "control", "activeXControl", "activeXControlBinary",
    };

    private static readonly HashSet<string> HyperlinkTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/hyperlink",
    };

    /// <summary>Macro projects, ActiveX and OLE parts, found by name and by content type.</summary>
    public static void CheckParts(IEnumerable<string> partNames, ContentTypes types, Findings findings)
    {
        foreach (var part in partNames)
        {
            var file = part[(part.LastIndexOf('/') + 1)..];
            var type = types.For(part) ?? string.Empty;
            var isOle = file.StartsWith("oleObject", StringComparison.OrdinalIgnoreCase) && file.EndsWith(".bin", StringComparison.OrdinalIgnoreCase);
            if (file.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || file.Equals("vbaData.xml", StringComparison.OrdinalIgnoreCase)
                || part.Contains("/activeX/", StringComparison.OrdinalIgnoreCase) || isOle
                || MacroContentTypes.Any(t => type.Contains(t, StringComparison.OrdinalIgnoreCase)))
            {
                findings.Add(IntakeCodes.MacroEnabled,
                    $"The document contains macros, ActiveX controls or embedded objects ({PrintableText.Quote(part)}); save it as a Word Document (.docx) without them and upload again.");
            }
        }
    }

    public static void CheckRelationships(IEnumerable<PackageRelationship> relationships, Findings findings)
    {
        foreach (var relationship in relationships)
        {
            var type = relationship.ShortType;
            var target = PrintableText.Quote(relationship.Target);
            if (MacroRelationships.Contains(type))
            {
                findings.Add(IntakeCodes.MacroEnabled,
                    $"The document contains macros, ActiveX controls or embedded objects (a {PrintableText.Quote(type, 40)} relationship to {target}); save it as a Word Document (.docx) without them and upload again.");
            }
            else if (type.Equals("aFChunk", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(IntakeCodes.AltChunk,
                    $"The document imports another file through an altChunk ({target}), which Word converts when it opens it; open it in Word, save it as a new .docx and upload that.");
            }

            if (type.Equals("attachedTemplate", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(IntakeCodes.ExternalRelationship,
                    $"The document is attached to a template outside the file ({target}), which Word fetches when it opens; attach the Normal template instead (Developer > Document Template), save and upload again.");
            }
            else if (!IsAllowedTarget(relationship))
            {
                findings.Add(IntakeCodes.ExternalRelationship, OutsideReason(relationship, type, target));
            }
        }
    }

    /// <summary>Internal targets inside the package; external ones only for hyperlinks to https or mailto.</summary>
    private static bool IsAllowedTarget(PackageRelationship relationship)
    {
        if (HyperlinkTypes.Contains(relationship.Type))
        {
            var target = relationship.Target.Trim();
            if (Library.SafeLinks.IsAllowed(target.Trim()))
            {
                return true;
            }

            if (!relationship.External && target.StartsWith('#'))
            {
                return true;
            }
        }

        return !relationship.External && PartNames.Resolve(relationship.SourcePart, relationship.Target) is not null;
    }

    private static string OutsideReason(PackageRelationship relationship, string type, string target)
    {
        if (HyperlinkTypes.Contains(relationship.Type))
        {
            return $"The document links to {target}, which is not a web (https) or email (mailto) address and can open a file or network location; remove or change the link, save and upload again.";
        }

        if (type.Equals("image", StringComparison.OrdinalIgnoreCase))
        {
            return $"The document shows a picture from outside the file ({target}); insert the picture itself rather than a link to it, save and upload again.";
        }

        return $"The document refers to content outside the file ({target}, a {PrintableText.Quote(type, 40)} relationship); remove it, save and upload again.";
    }
}
