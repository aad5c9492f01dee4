using System.Xml.Linq;

namespace ContractDocs.Rendering;

/// <summary>XML names of WordprocessingML the template preparation works with.</summary>
internal static class WordNames
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XName P = W + "p";
    public static readonly XName R = W + "r";
    public static readonly XName T = W + "t";
    public static readonly XName Tr = W + "tr";
    public static readonly XName Body = W + "body";
    public static readonly XName Space = XNamespace.Xml + "space";
}
