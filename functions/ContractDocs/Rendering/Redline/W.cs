using System.Xml.Linq;

namespace ContractDocs.Rendering.Redline;

/// <summary>WordprocessingML names the redline reads and writes.</summary>
internal static class W
{
    public static readonly XNamespace Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XName Body = Ns + "body";
    public static readonly XName P = Ns + "p";
    public static readonly XName PPr = Ns + "pPr";
    public static readonly XName PStyle = Ns + "pStyle";
    public static readonly XName RPr = Ns + "rPr";
    public static readonly XName Run = Ns + "r";
    public static readonly XName T = Ns + "t";
    public static readonly XName DelText = Ns + "delText";
    public static readonly XName InstrText = Ns + "instrText";
    public static readonly XName DelInstrText = Ns + "delInstrText";
    public static readonly XName Hyperlink = Ns + "hyperlink";
    public static readonly XName Anchor = Ns + "anchor";
    public static readonly XName BookmarkStart = Ns + "bookmarkStart";
    public static readonly XName BookmarkEnd = Ns + "bookmarkEnd";
    public static readonly XName Name = Ns + "name";
    public static readonly XName Ins = Ns + "ins";
    public static readonly XName Del = Ns + "del";
    public static readonly XName Id = Ns + "id";
    public static readonly XName Author = Ns + "author";
    public static readonly XName Date = Ns + "date";
    public static readonly XName SectPr = Ns + "sectPr";
    public static readonly XName PPrChange = Ns + "pPrChange";
    public static readonly XName Tbl = Ns + "tbl";
    public static readonly XName TblPr = Ns + "tblPr";
    public static readonly XName TblGrid = Ns + "tblGrid";
    public static readonly XName TblPrEx = Ns + "tblPrEx";
    public static readonly XName Tr = Ns + "tr";
    public static readonly XName TrPr = Ns + "trPr";
    public static readonly XName Tc = Ns + "tc";
    public static readonly XName TcPr = Ns + "tcPr";
    public static readonly XName NumId = Ns + "numId";
    public static readonly XName Num = Ns + "num";
    public static readonly XName Val = Ns + "val";
    public static readonly XName RelId = R + "id";
    public static readonly XName Space = XNamespace.Xml + "space";
}
