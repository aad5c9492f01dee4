namespace ContractDocs.Rendering;

/// <summary>
/// A small forward-only XML writer for WordprocessingML, writing straight to a <see cref="TextWriter"/> (the zip
/// entry). Element and attribute names are trusted constants; text and attribute values are escaped here. It does
/// no namespace bookkeeping: the enclosing part declares the prefixes. Not thread-safe.
/// </summary>
public sealed class WordWriter
{
    private readonly TextWriter _out;
    private readonly Stack<string> _open = new();
    private bool _startTagOpen;

    public WordWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _out = output;
    }

    public WordWriter Start(string name)
    {
        CloseStartTag();
        _out.Write('<');
        _out.Write(name);
        _open.Push(name);
        _startTagOpen = true;
        return this;
    }

    public WordWriter Attr(string name, string value)
    {
        _out.Write(' ');
        _out.Write(name);
        _out.Write("=\"");
        Escape(value, attribute: true);
        _out.Write('"');
        return this;
    }

    public WordWriter Attr(string name, int value)
    {
        _out.Write(' ');
        _out.Write(name);
        _out.Write("=\"");
        _out.Write(value);
        _out.Write('"');
        return this;
    }

    /// <summary>An element with attributes only: <c>&lt;w:b/&gt;</c>, <c>&lt;w:pStyle w:val="x"/&gt;</c>.</summary>
    public WordWriter Empty(string name, string? valName = null, string? value = null)
    {
        Start(name);
        if (valName is not null)
        {
            Attr(valName, value ?? string.Empty);
        }

        return End();
    }

    public WordWriter End()
    {
        var name = _open.Pop();
        if (_startTagOpen)
        {
            _out.Write("/>");
            _startTagOpen = false;
            return this;
        }

        _out.Write("</");
        _out.Write(name);
        _out.Write('>');
        return this;
    }

    public WordWriter Text(ReadOnlySpan<char> text)
    {
        CloseStartTag();
        foreach (var c in text)
        {
            EscapeChar(c, attribute: false);
        }

        return this;
    }

    /// <summary>Writes XML that is already well-formed WordprocessingML (rendered template segments).</summary>
    public WordWriter Raw(string xml)
    {
        CloseStartTag();
        _out.Write(xml);
        return this;
    }

    /// <summary>A <c>w:r</c> with optional bold/italic and a <c>w:t</c> holding <paramref name="text"/>.</summary>
    public WordWriter Run(ReadOnlySpan<char> text, bool bold = false, bool italic = false, string? characterStyle = null) =>
        StartRun(bold, italic, characterStyle).Text(text).End().End();

    /// <summary>Opens <c>w:r</c>, its properties and a <c>w:t</c>; close both with two <see cref="End"/> calls.</summary>
    public WordWriter StartRun(bool bold, bool italic, string? characterStyle)
    {
        Start("w:r");
        if (bold || italic || characterStyle is not null)
        {
            Start("w:rPr");
            if (characterStyle is not null)
            {
                Empty("w:rStyle", "w:val", characterStyle);
            }

            if (bold)
            {
                Empty("w:b");
            }

            if (italic)
            {
                Empty("w:i");
            }

            End();
        }

        return Start("w:t").Attr("xml:space", "preserve");
    }

    private void CloseStartTag()
    {
        if (_startTagOpen)
        {
            _out.Write('>');
            _startTagOpen = false;
        }
    }

    private void Escape(string value, bool attribute)
    {
        foreach (var c in value)
        {
            EscapeChar(c, attribute);
        }
    }

    private void EscapeChar(char c, bool attribute)
    {
        switch (c)
        {
            case '&':
                _out.Write("&amp;");
                break;
            case '<':
                _out.Write("&lt;");
                break;
            case '>':
                _out.Write("&gt;");
                break;
            case '"' when attribute:
                _out.Write("&quot;");
                break;
            default:
                _out.Write(c);
                break;
        }
    }
}
