using System.Text;

namespace ContractDocs.Intake;

/// <summary>The PDF names that make a reader run code, act on its own, start programs, open or send to other
/// files, change what the page shows, or carry files: refused wherever they appear (also in objects a reader
/// would not reach, whichever revision or catalog it picks), as no exported document needs them. Matched exactly,
/// as PDF names are case-sensitive, after <c>#xx</c> escapes are decoded. <c>/OpenAction</c>, <c>/URI</c> and
/// <c>/Named</c> are not among them: exporters write an OpenAction with a destination, which only sets the first
/// view, and links to web pages, so <see cref="PdfActionRules"/> judges what they hold and where.</summary>
internal static class PdfActiveNames
{
    private static readonly (byte[] Name, string What)[] Names =
    [
        (Ascii("JavaScript"), "JavaScript"),
        (Ascii("JS"), "JavaScript"),
        (Ascii("AA"), "actions that run automatically"),
        (Ascii("Launch"), "an action that starts another program"),
        (Ascii("EmbeddedFile"), "embedded files"),
        (Ascii("EmbeddedFiles"), "embedded files"),
        (Ascii("EF"), "embedded files"),
        (Ascii("FileAttachment"), "a file attachment"),
        (Ascii("GoToE"), "a link into an embedded file"),
        (Ascii("GoToR"), "a link that opens another file, possibly on a network share"),
        (Ascii("SubmitForm"), "an action that sends form data to an address"),
        (Ascii("ImportData"), "an action that reads data from another file"),
        (Ascii("ResetForm"), "an action that clears form fields"),
        (Ascii("Hide"), "an action that hides or shows content"),
        (Ascii("SetOCGState"), "an action that hides or shows content"),
        (Ascii("Rendition"), "an action that plays media"),
        (Ascii("RichMediaExecute"), "an action that plays media"),
        (Ascii("GoTo3DView"), "an action that plays media"),
        (Ascii("RichMedia"), "rich media (Flash or video)"),
        (Ascii("XFA"), "an XFA form"),
    ];

    /// <summary>Names this short (/JS, /AA, /EF) turn up by chance in binary stream data (about once in 10 MB
    /// each), so they are looked for only outside stream bodies whose extent is confirmed.</summary>
    public const int ShortLength = 2;

    /// <summary>The first active name in <paramref name="bytes"/> and what it does, or null if there is none.</summary>
    /// <param name="bytes">Raw or decoded PDF bytes.</param>
    /// <param name="shortNames">Whether to look for the names of <see cref="ShortLength"/> characters.</param>
    /// <param name="longNames">Whether to look for the longer names.</param>
    public static (string Name, string What)? Find(ReadOnlySpan<byte> bytes, bool shortNames = true, bool longNames = true)
    {
        (string, string)? found = null;
        PdfNames.ForEach(bytes, name =>
        {
            if (name.Length <= ShortLength ? !shortNames : !longNames)
            {
                return true;
            }

            foreach (var (candidate, what) in Names)
            {
                if (name.SequenceEqual(candidate))
                {
                    found = (Encoding.ASCII.GetString(candidate), what);
                    return false;
                }
            }

            return true;
        });
        return found;
    }

    private static byte[] Ascii(string name) => Encoding.ASCII.GetBytes(name);
}
