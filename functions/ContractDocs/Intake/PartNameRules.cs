using System.Globalization;
using System.Text;

namespace ContractDocs.Intake;

/// <summary>
/// The part-name rules of ECMA-376 Part 2 §6.2.2 (Open Packaging Conventions), applied to zip entry names as they
/// are stored in the central directory, before any part is read: a zip item name is its part name without the
/// leading "/", so <c>word/document.xml</c> names <c>/word/document.xml</c>. Refused: empty names, absolute or
/// drive-letter names, backslashes, empty segments, <c>.</c> and <c>..</c> segments, segments ending in a dot,
/// a trailing slash, characters outside <c>pchar</c> (RFC 3986, with the non-ASCII <c>ucschar</c> of RFC 3987 that
/// Part IRIs allow, less bidirectional and other invisible formatting characters), malformed percent-encoding,
/// and percent-encoded <c>/</c>, <c>\</c> or unreserved characters (§6.2.2.2-3), which would let one part hide
/// behind the spelling of another. <c>[Content_Types].xml</c> is the one item that is not a part and keeps its
/// name. Interleaved pieces (<c>[0].piece</c>) are refused too: no current producer writes them.
/// </summary>
internal static class PartNameRules
{
    private const string ContentTypesItem = "[Content_Types].xml";

    /// <summary>Refuses <paramref name="entry"/> unless its name is a valid zip item name for a part (or the
    /// content types item). A folder entry (<paramref name="isFolder"/>) is checked without its trailing slash.</summary>
    /// <exception cref="IntakeRefusedException">The name is not valid.</exception>
    public static void Check(RawZipEntry entry, bool isFolder)
    {
        var why = entry.NameEncodingUnclear
            ? "its name is stored in an unmarked encoding (neither UTF-8 nor plain ASCII), which programs decode differently"
            : Problem(isFolder ? entry.Name[..^1] : entry.Name);
        if (why is not null)
        {
            throw new IntakeRefusedException(IntakeCodes.InvalidPartName,
                $"The document holds an entry named \"{PrintableText.Quote(entry.Name)}\", which is not a valid part name because {why}. Word never writes such a name, so the file was altered or made by another program; open it in Word, save it again as a Word Document (.docx) and upload that.",
                DocumentKind.Docx);
        }
    }

    /// <summary>Two part names equivalent under ASCII case-insensitive comparison (§6.2.2.3).</summary>
    public static IntakeRefusedException CaseTwins(string first, string second) => new(IntakeCodes.InvalidPartName,
        $"The document holds two parts whose names differ only in upper and lower case (\"{PrintableText.Quote(first)}\" and \"{PrintableText.Quote(second)}\"), which Word treats as one part, so readers may disagree about its content; save it again from Word and upload it.",
        DocumentKind.Docx);

    /// <summary>Refuses a part whose name is another part's name with segments appended (§6.2.2.3: a package
    /// cannot hold both <c>/a/b</c> and <c>/a/b/c</c>).</summary>
    /// <exception cref="IntakeRefusedException">One part lies below another.</exception>
    public static void CheckNoPartBelowAnother(IReadOnlyCollection<string> partNames)
    {
        var names = new HashSet<string>(partNames, PartNames.Comparer);
        foreach (var name in partNames)
        {
            for (var slash = name.IndexOf('/', 1); slash > 0; slash = name.IndexOf('/', slash + 1))
            {
                if (names.Contains(name[..slash]))
                {
                    throw new IntakeRefusedException(IntakeCodes.InvalidPartName,
                        $"The document holds the part \"{PrintableText.Quote(name[..slash])}\" and another part below it (\"{PrintableText.Quote(name)}\"), which a package cannot have; save it again from Word and upload it.",
                        DocumentKind.Docx);
                }
            }
        }
    }

    /// <summary>Why <paramref name="itemName"/> is not the zip item name of a valid part, as a clause that
    /// follows "because"; null when it is valid.</summary>
    internal static string? Problem(string itemName)
    {
        if (itemName.Length == 0)
        {
            return "it is empty";
        }

        if (itemName[0] == '/')
        {
            return "it starts with a slash, an absolute path outside the package";
        }

        if (itemName.Length >= 2 && char.IsAsciiLetter(itemName[0]) && itemName[1] == ':')
        {
            return "it starts with a drive letter, an absolute path outside the package";
        }

        if (itemName.Contains('\\', StringComparison.Ordinal))
        {
            return "it contains a backslash, which some programs read as a folder separator";
        }

        if (itemName.EndsWith('/'))
        {
            return "it ends with a slash";
        }

        if (itemName.Equals(ContentTypesItem, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var segment in itemName.Split('/'))
        {
            if (SegmentProblem(segment) is { } why)
            {
                return why;
            }
        }

        return null;
    }

    private static string? SegmentProblem(string segment)
    {
        switch (segment)
        {
            case "":
                return "it has an empty segment (two slashes together)";
            case "..":
                return "it has a \"..\" segment, which climbs out of the folder it is in";
            case ".":
                return "it has a \".\" segment";
        }

        if (segment.EndsWith('.'))
        {
            return $"its segment \"{PrintableText.Quote(segment, 40)}\" ends with a dot";
        }

        for (var i = 0; i < segment.Length;)
        {
            if (segment[i] == '%')
            {
                if (PercentProblem(segment, i) is { } why)
                {
                    return why;
                }

                i += 3;
                continue;
            }

            if (Rune.DecodeFromUtf16(segment.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return "it holds a broken Unicode character";
            }

            if (!IsPathCharacter(rune))
            {
                return $"it contains {Describe(rune)}, which a part name cannot hold unless percent-encoded";
            }

            i += consumed;
        }

        return null;
    }

    /// <summary>A percent-encoded triplet at <paramref name="at"/>: malformed, or hiding a character that must
    /// be written plainly (unreserved) or not at all (a slash or backslash).</summary>
    private static string? PercentProblem(string segment, int at)
    {
        if (at + 2 >= segment.Length || !char.IsAsciiHexDigit(segment[at + 1]) || !char.IsAsciiHexDigit(segment[at + 2]))
        {
            return "it has a % that is not followed by two hexadecimal digits";
        }

        var decoded = (char)int.Parse(segment.AsSpan(at + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return decoded switch
        {
            '/' => $"it hides a slash as {segment.AsSpan(at, 3)}",
            '\\' => $"it hides a backslash as {segment.AsSpan(at, 3)}",
            _ when IsUnreserved(decoded) => $"it percent-encodes the plain character '{decoded}' as {segment.AsSpan(at, 3)}, so it can spell the name of another part",
            _ => null,
        };
    }

    /// <summary>RFC 3986 pchar less "%" (handled as pct-encoded), plus RFC 3987 ucschar less formatting characters.</summary>
    private static bool IsPathCharacter(Rune rune)
    {
        if (rune.IsAscii)
        {
            var c = (char)rune.Value;
            return IsUnreserved(c) || c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '@';
        }

        var value = rune.Value;
        var ucschar = value is >= 0xA0 and <= 0xD7FF or >= 0xF900 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFEF
            || (value is >= 0x10000 and <= 0xEFFFD and not (>= 0xE0000 and <= 0xE0FFF) && (value & 0xFFFE) != 0xFFFE);
        return ucschar && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);
    }

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    /// <summary>The character for a reason: shown as itself only when it is visible.</summary>
    private static string Describe(Rune rune) => rune.Value switch
    {
        ' ' => "a space",
        < 0x20 or 0x7F => $"the control character U+{rune.Value:X4}",
        _ when PrintableText.Keep(rune.ToString()) != rune.ToString() || Rune.IsWhiteSpace(rune) => $"the invisible character U+{rune.Value:X4}",
        _ => $"the character '{rune}' (U+{rune.Value:X4})",
    };
}
