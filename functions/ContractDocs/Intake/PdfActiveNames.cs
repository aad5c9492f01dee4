using System.Text;

namespace ContractDocs.Intake;

/// <summary>The PDF names that make a reader run code, act on its own, start programs or carry other files.
/// Matched exactly, as PDF names are case-sensitive, after <c>#xx</c> escapes are decoded.</summary>
internal static class PdfActiveNames
{
    private static readonly (byte[] Name, string What)[] Names =
    [
        (Ascii("JavaScript"), "JavaScript"),
        (Ascii("JS"), "JavaScript"),
        (Ascii("OpenAction"), "an action that runs when the file is opened"),
        (Ascii("AA"), "actions that run automatically"),
        (Ascii("Launch"), "an action that starts another program"),
        (Ascii("EmbeddedFile"), "embedded files"),
        (Ascii("EmbeddedFiles"), "embedded files"),
        (Ascii("EF"), "embedded files"),
        (Ascii("FileAttachment"), "a file attachment"),
        (Ascii("GoToE"), "a link into an embedded file"),
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
