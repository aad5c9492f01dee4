namespace ContractDocs.Intake;

/// <summary>Open Packaging Conventions part names ("/word/document.xml"), compared case-insensitively.</summary>
internal static class PartNames
{
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>The part name of a zip entry: "word/document.xml" becomes "/word/document.xml".</summary>
    public static string FromEntry(string entryName) => "/" + entryName.Replace('\\', '/').TrimStart('/');

    /// <summary>The part a relationships part describes: "/word/_rels/document.xml.rels" gives
    /// "/word/document.xml"; "/_rels/.rels" gives "/" (the package).</summary>
    public static string SourceOf(string relationshipsPart)
    {
        var slash = relationshipsPart.LastIndexOf("/_rels/", StringComparison.OrdinalIgnoreCase);
        if (slash < 0)
        {
            return "/";
        }

        var folder = relationshipsPart[..(slash + 1)];
        var file = relationshipsPart[(slash + "/_rels/".Length)..];
        file = file.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) ? file[..^".rels".Length] : file;
        return folder + file;
    }

    /// <summary>Resolves an internal relationship target against its source part; null if it is not a part
    /// name (an absolute URI, a network path or one that climbs above the package root).</summary>
    public static string? Resolve(string sourcePart, string target)
    {
        var path = Uri.UnescapeDataString(target.Trim()).Replace('\\', '/');
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        path = hash < 0 ? path : path[..hash];
        if (path.Length == 0 || path.StartsWith("//", StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var folder = sourcePart[..(sourcePart.LastIndexOf('/') + 1)];
        var segments = new List<string>();
        foreach (var segment in (path.StartsWith('/') ? path : folder + path).Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return "/" + string.Join('/', segments);
    }
}
