using System.Text;
using ContractDocs.Library;

namespace ContractDocs.Templating;

/// <summary>
/// Resolves, before a clause is compiled, the helper calls whose output depends on nothing but the clause's own text:
/// <c>{{term "Lead Provider"}}</c>, <c>{{ref "payment-schedule"}}</c> and <c>{{anchor "quality-gate"}}</c> with one
/// double-quoted literal. Each writes its literal between its marker characters and nothing else (see
/// <see cref="ContractHelpers"/>), so the marked text is put in the source in its place: the rendered Markdown is the
/// same, character for character, and Handlebars has a fifth of the tags to compile (four in five tags in the library
/// are these), most clauses none at all.
/// Anything else is left exactly as written for Handlebars: another helper, a value (<c>{{term name}}</c>), an empty
/// literal or one with a quote, backslash, brace or line break in it, extra arguments, or a tag escaped with a backslash.
/// </summary>
internal static class LiteralTags
{
    /// <summary>The source with every literal-only <c>term</c>, <c>ref</c> and <c>anchor</c> call replaced by its
    /// output; the same string instance if there is none.</summary>
    public static string Resolve(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        StringBuilder? resolved = null;
        var copied = 0;
        var at = source.IndexOf("{{", StringComparison.Ordinal);
        while (at >= 0)
        {
            if (Match(source, at) is { } tag && (at == 0 || source[at - 1] != '\\'))
            {
                resolved ??= new StringBuilder(source.Length);
                resolved.Append(source, copied, at - copied)
                    .Append(tag.Start)
                    .Append(source, tag.LiteralStart, tag.LiteralLength)
                    .Append(tag.End);
                copied = tag.Next;
                at = source.IndexOf("{{", copied, StringComparison.Ordinal);
            }
            else
            {
                at = source.IndexOf("{{", at + 2, StringComparison.Ordinal);
            }
        }

        return resolved is null ? source : resolved.Append(source, copied, source.Length - copied).ToString();
    }

    private readonly record struct Tag(char Start, char End, int LiteralStart, int LiteralLength, int Next);

    /// <summary>The call at <paramref name="at"/> (which holds "{{") if it is <c>{{ helper "literal" }}</c> for one
    /// of the three helpers, spaces allowed where Handlebars allows them.</summary>
    private static Tag? Match(string source, int at)
    {
        var i = SkipSpaces(source, at + 2);
        (char Start, char End)? markers = null;
        foreach (var (name, start, end) in Helpers)
        {
            if (string.CompareOrdinal(source, i, name, 0, name.Length) == 0
                && i + name.Length < source.Length && source[i + name.Length] == ' ')
            {
                markers = (start, end);
                i += name.Length;
                break;
            }
        }

        if (markers is not { } m)
        {
            return null;
        }

        i = SkipSpaces(source, i);
        if (i >= source.Length || source[i] != '"')
        {
            return null;
        }

        var literalStart = i + 1;
        var literalEnd = source.IndexOf('"', literalStart);
        if (literalEnd <= literalStart || source.AsSpan(literalStart, literalEnd - literalStart).IndexOfAny("\\{}\r\n") >= 0)
        {
            return null;
        }

        var close = SkipSpaces(source, literalEnd + 1);
        if (string.CompareOrdinal(source, close, "}}", 0, 2) != 0 || (close + 2 < source.Length && source[close + 2] == '}'))
        {
            return null;
        }

        return new Tag(m.Start, m.End, literalStart, literalEnd - literalStart, close + 2);
    }

    private static int SkipSpaces(string source, int i)
    {
        while (i < source.Length && source[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static readonly (string Name, char Start, char End)[] Helpers =
    [
        (HelperNames.Term, Markers.TermStart, Markers.TermEnd),
        (HelperNames.Ref, Markers.RefStart, Markers.RefEnd),
        (HelperNames.Anchor, Markers.AnchorStart, Markers.AnchorEnd),
    ];
}
