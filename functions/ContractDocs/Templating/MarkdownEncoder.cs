using System.Text;
using HandlebarsDotNet;

namespace ContractDocs.Templating;

/// <summary>
/// Escapes values written into clause Markdown so they come out literally: every ASCII punctuation character is
/// backslash-escaped (CommonMark), leading and repeated spaces become entities so they cannot start a code block,
/// line breaks become spaces, and marker characters become U+FFFD. Rendering a clause's shape, a plain value becomes a
/// hole instead (<see cref="ShapeWriter.TryHole"/>). Stateless and thread-safe.
/// </summary>
public sealed class MarkdownEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target)
    {
        Encode(text?.ToString(), target);
    }

    public void Encode(string? text, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (string.IsNullOrEmpty(text) || (target is ShapeWriter shape && shape.TryHole(text)))
        {
            return;
        }

        var previous = ' ';
        foreach (var c in text)
        {
            Write(c, ref previous, target);
        }
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        ArgumentNullException.ThrowIfNull(target);
        var previous = ' ';
        while (text is not null && text.MoveNext())
        {
            Write(text.Current, ref previous, target);
        }
    }

    private static void Write(char c, ref char previous, TextWriter target)
    {
        switch (c)
        {
            case ' ' when previous is ' ' or '\t':
                target.Write("&#32;");
                break;
            case '\t':
                target.Write("&#9;");
                break;
            case '\r' or '\n':
                c = ' ';
                if (previous == ' ')
                {
                    target.Write("&#32;");
                }
                else
                {
                    target.Write(' ');
                }

                break;
            case >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~':
                target.Write('\\');
                target.Write(c);
                break;
            default:
                target.Write(Markers.IsMarker(c) ? '\uFFFD' : c);
                break;
        }

        previous = c;
    }
}
