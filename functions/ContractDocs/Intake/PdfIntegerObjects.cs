using System.Buffers.Text;

namespace ContractDocs.Intake;

/// <summary>
/// The objects of a PDF whose whole body is one integer (<c>12 0 obj 3456 endobj</c>), which is how indirect
/// stream lengths are written; when an object appears more than once the last one wins, as with incremental
/// updates.
/// </summary>
internal sealed class PdfIntegerObjects
{
    private readonly Dictionary<(int Number, int Generation), int> _values = [];

    /// <summary>One pass over the file.</summary>
    public static PdfIntegerObjects Build(ReadOnlySpan<byte> pdf)
    {
        var objects = new PdfIntegerObjects();
        var from = 0;
        while (from < pdf.Length)
        {
            var found = pdf[from..].IndexOf(" obj"u8);
            if (found < 0)
            {
                break;
            }

            var at = from + found;
            from = at + 4;
            if (TryHeader(pdf[..at], out var number, out var generation) && TryValue(pdf[from..], out var value))
            {
                objects._values[(number, generation)] = value;
            }
        }

        return objects;
    }

    public int? Get(int number, int generation) => _values.TryGetValue((number, generation), out var value) ? value : null;

    /// <summary>Reads "N G" backwards from just before " obj".</summary>
    private static bool TryHeader(ReadOnlySpan<byte> before, out int number, out int generation)
    {
        number = 0;
        var generationStart = DigitsStart(before);
        var gap = before[..generationStart].TrimEnd(" \t\r\n"u8).Length;
        var numberStart = DigitsStart(before[..gap]);
        var valid = generationStart < before.Length && gap < generationStart && numberStart < gap
            && (numberStart == 0 || !PdfNames.IsRegular(before[numberStart - 1]));
        generation = 0;
        return valid && Utf8Parser.TryParse(before[generationStart..], out generation, out _)
            && Utf8Parser.TryParse(before[numberStart..gap], out number, out _);
    }

    private static int DigitsStart(ReadOnlySpan<byte> text)
    {
        var start = text.Length;
        while (start > 0 && char.IsAsciiDigit((char)text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>Reads "value endobj" from just after " obj".</summary>
    private static bool TryValue(ReadOnlySpan<byte> after, out int value)
    {
        var body = after.TrimStart(" \t\r\n"u8);
        return Utf8Parser.TryParse(body, out value, out var consumed) && consumed > 0
            && body[consumed..].TrimStart(" \t\r\n"u8).StartsWith("endobj"u8);
    }
}
