using System.Xml;

namespace ContractDocs.Intake;

/// <summary>The package's [Content_Types].xml: a content type per extension, overridden per part.</summary>
internal sealed class ContentTypes
{
    private readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _overrides = new(PartNames.Comparer);

    /// <summary>Reads Default and Override elements, keeping the first of any duplicate.</summary>
    public static ContentTypes Read(XmlReader reader)
    {
        var types = new ContentTypes();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var contentType = reader.GetAttribute("ContentType")?.Trim();
            if (contentType is null)
            {
                continue;
            }

            if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension)
            {
                types._defaults.TryAdd(extension.Trim().TrimStart('.'), contentType);
            }
            else if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } partName)
            {
                types._overrides.TryAdd(PartNames.FromEntry(partName.Trim()), contentType);
            }
        }

        return types;
    }

    /// <summary>The content type of <paramref name="partName"/>, or null if the package gives none.</summary>
    public string? For(string partName)
    {
        if (_overrides.TryGetValue(partName, out var type))
        {
            return type;
        }

        var slash = partName.LastIndexOf('/');
        var dot = partName.LastIndexOf('.');
        return dot > slash && _defaults.TryGetValue(partName[(dot + 1)..], out type) ? type : null;
    }
}
