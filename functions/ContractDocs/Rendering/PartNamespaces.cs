namespace ContractDocs.Rendering;

/// <summary>
/// Makes a part's root element declare the namespace prefixes the renderer writes into it. A template made by a tool
/// that never needed <c>r:</c> (relationship ids) declares only <c>w:</c>, yet a clause with a link writes
/// <c>&lt;w:hyperlink r:id="…"&gt;</c> into the main document. Applied once, when a template is loaded.
/// </summary>
internal static class PartNamespaces
{
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The part with <c>xmlns:<paramref name="prefix"/></c> declared on its root element; unchanged when the
    /// root already declares the prefix.</summary>
    /// <exception cref="InvalidDataException">The part has no root element.</exception>
    public static string DeclareOnRoot(string xml, string prefix, string uri)
    {
        var (nameEnd, tagEnd) = RootStartTag(xml);
        var attribute = "xmlns:" + prefix;
        return AttributeNames(xml, nameEnd, tagEnd).Contains(attribute, StringComparer.Ordinal)
            ? xml
            : xml.Insert(nameEnd, $" {attribute}=\"{uri}\"");
    }

    /// <summary>The names of the attributes between <paramref name="from"/> and <paramref name="to"/> in a start tag.</summary>
    private static List<string> AttributeNames(string xml, int from, int to)
    {
        var names = new List<string>();
        var i = from;
        while (i < to)
        {
            while (i < to && (char.IsWhiteSpace(xml[i]) || xml[i] == '/'))
            {
                i++;
            }

            var start = i;
            while (i < to && xml[i] != '=' && !char.IsWhiteSpace(xml[i]))
            {
                i++;
            }

            if (i > start)
            {
                names.Add(xml[start..i]);
            }

            while (i < to && xml[i] != '"' && xml[i] != '\'')
            {
                i++;
            }

            if (i < to)
            {
                var close = xml.IndexOf(xml[i], i + 1);
                i = close < 0 ? to : close + 1;
            }
        }

        return names;
    }

    /// <summary>Where the root element's name ends and where its start tag's closing <c>&gt;</c> is.</summary>
    private static (int NameEnd, int TagEnd) RootStartTag(string xml)
    {
        var at = 0;
        while ((at = xml.IndexOf('<', at)) >= 0)
        {
            if (at + 1 < xml.Length && (xml[at + 1] is '?' or '!'))
            {
                // The XML declaration, a processing instruction or a comment before the root.
                at = xml.IndexOf('>', at + 1);
                if (at < 0)
                {
                    break;
                }

                continue;
            }

            var nameEnd = at + 1;
            while (nameEnd < xml.Length && !char.IsWhiteSpace(xml[nameEnd]) && xml[nameEnd] is not ('>' or '/'))
            {
                nameEnd++;
            }

            var quote = '\0';
            for (var i = nameEnd; i < xml.Length; i++)
            {
                var c = xml[i];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return (nameEnd, i);
                }
            }

            break;
        }

        throw new InvalidDataException("The part has no root element.");
    }
}
