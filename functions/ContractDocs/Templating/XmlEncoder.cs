using System.Text;
using HandlebarsDotNet;

namespace ContractDocs.Templating;

/// <summary>
/// Escapes values written into WordprocessingML text (<c>w:t</c>): the five XML specials become entities and a line
/// break ends the text run with a <c>w:br</c>. Marker characters become U+FFFD. Stateless and thread-safe.
/// Characters XML cannot carry never reach here: the selection reader refuses them.
/// </summary>
public sealed class XmlEncoder : ITextEncoder
{
    private const string LineBreak = "</w:t><w:br/><w:t xml:space=\"preserve\">";

    public void Encode(StringBuilder? text, TextWriter target)
    {
        Encode(text?.ToString(), target);
    }

    public void Encode(string? text, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            Write(text[i], i + 1 < text.Length ? text[i + 1] : '\0', target, ref i);
        }
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        ArgumentNullException.ThrowIfNull(target);
        var buffer = new StringBuilder();
        while (text is not null && text.MoveNext())
        {
            buffer.Append(text.Current);
        }

        Encode(buffer.ToString(), target);
    }

    private static void Write(char c, char next, TextWriter target, ref int index)
    {
        switch (c)
        {
            case '&':
                target.Write("&amp;");
                break;
            case '<':
                target.Write("&lt;");
                break;
            case '>':
                target.Write("&gt;");
                break;
            case '"':
                target.Write("&quot;");
                break;
            case '\'':
                target.Write("&apos;");
                break;
            case '\r':
                target.Write(LineBreak);
                if (next == '\n')
                {
                    index++;
                }

                break;
            case '\n':
                target.Write(LineBreak);
                break;
            default:
                target.Write(Markers.IsMarker(c) ? '\uFFFD' : c);
                break;
        }
    }
}
