using System.Text;
using System.Xml;

namespace ContractDocs.Intake;

/// <summary>
/// Reads one XML part safely: bytes through the inflation budget, strict UTF-8 (or UTF-16 with a byte order
/// mark), characters through <see cref="GuardedTextReader"/>, and an <see cref="XmlReader"/> that prohibits DTDs
/// and resolves nothing. Unreadable XML becomes <see cref="IntakeCodes.CorruptPackage"/> naming the part.
/// </summary>
internal static class XmlPartReader
{

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the part from <paramref name="inflated"/>, letting <paramref name="visit"/> walk it.</summary>
    /// <exception cref="IntakeRefusedException">The part is refused.</exception>
    public static void Read(Stream inflated, string partName, long maxCharacters, Action<XmlReader> visit)
    {
        try
        {
            using var decoder = new StreamReader(inflated, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
            using var guarded = new GuardedTextReader(decoder, partName, maxCharacters);
            using var reader = XmlReader.Create(guarded, Settings());
            visit(reader);
            while (reader.Read())
            {
                // Whatever the visitor left unread must still be well-formed and within the limits.
            }
        }
        catch (XmlException e)
        {
            throw Unreadable(partName, $"is not well-formed XML (line {e.LineNumber}, position {e.LinePosition})");
        }
        catch (DecoderFallbackException)
        {
            throw Unreadable(partName, "is not valid UTF-8 or UTF-16 text");
        }
    }

    /// <summary>New each time: XmlReaderSettings is mutable, and the inspector is shared across threads.</summary>
    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private static IntakeRefusedException Unreadable(string partName, string why) => new(IntakeCodes.CorruptPackage,
        $"The part {PrintableText.Quote(partName)} {why}, so the document cannot be checked; open it in Word, save it again and upload it.",
        DocumentKind.Docx);
}
