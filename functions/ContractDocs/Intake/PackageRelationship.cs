using System.Xml;

namespace ContractDocs.Intake;

/// <summary>One relationship read from a .rels part. <see cref="Type"/> and <see cref="Target"/> are as written;
/// <see cref="External"/> is true for <c>TargetMode="External"</c>.</summary>
internal sealed record PackageRelationship(string SourcePart, string Type, string Target, bool External)
{
    /// <summary>The last segment of the type URI ("hyperlink", "vbaProject"), which is the same in the
    /// transitional and strict namespaces.</summary>
    public string ShortType => Type[(Type.TrimEnd('/').LastIndexOf('/') + 1)..].TrimEnd('/');

    /// <summary>Reads the Relationship elements of one .rels part.</summary>
    public static List<PackageRelationship> ReadAll(XmlReader reader, string sourcePart)
    {
        var relationships = new List<PackageRelationship>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship")
            {
                var mode = reader.GetAttribute("TargetMode")?.Trim();
                relationships.Add(new PackageRelationship(sourcePart, reader.GetAttribute("Type")?.Trim() ?? string.Empty,
                    reader.GetAttribute("Target") ?? string.Empty, string.Equals(mode, "External", StringComparison.OrdinalIgnoreCase)));
            }
        }

        return relationships;
    }
}
