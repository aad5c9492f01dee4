using System.Buffers;
using System.Globalization;
using System.Text;

namespace ContractDocs.Intake;

/// <summary>Keeps only the characters a person can see, for names and for text quoted back in a reason.</summary>
internal static class PrintableText
{
    /// <summary>
    /// Drops control and format characters (this covers the bidi overrides U+202A-U+202E and U+2066-U+2069),
    /// line and paragraph separators, private-use, unassigned and unpaired surrogate code points; every other
    /// space becomes U+0020. Surrogate pairs stay whole.
    /// </summary>
    public static string Keep(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        while (!text.IsEmpty)
        {
            var status = Rune.DecodeFromUtf16(text, out var rune, out var consumed);
            text = text[consumed..];
            if (status != OperationStatus.Done)
            {
                continue;
            }

            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.Surrogate:
                    continue;
                case UnicodeCategory.SpaceSeparator:
                    builder.Append(' ');
                    continue;
                default:
                    builder.Append(rune.ToString());
                    continue;
            }
        }

        return builder.ToString();
    }

    /// <summary>Printable text cut to at most <paramref name="max"/> characters (never inside a surrogate pair),
    /// for quoting an attacker-controlled name or address in a reason.</summary>
    public static string Quote(string text, int max = 80)
    {
        var kept = Keep(text);
        return kept.Length <= max ? kept : string.Concat(Cut(kept, max - 1), "…");
    }

    /// <summary>The longest prefix of <paramref name="text"/> of at most <paramref name="max"/> characters that
    /// does not split a surrogate pair.</summary>
    public static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        return char.IsHighSurrogate(text[max - 1]) ? text[..(max - 1)] : text[..max];
    }
}
