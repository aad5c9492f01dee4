using System.Globalization;
using System.Text;

namespace ContractDocs.Intake;

/// <summary>
/// Rebuilds complex field codes from <c>w:fldChar</c> begin/separate/end and the <c>w:instrText</c> between
/// them, however many runs the code is split over, nested fields included, and reports each field whose type is
/// dangerous. Only the start of each code is kept (its type is the first word). Not thread-safe: one per part.
/// </summary>
internal sealed class FieldCodeCollector
{
    private const int KeptCharacters = 64;

    /// <summary>Field types that run or pull in content from elsewhere (INCLUDE and IMPORT are old names for
    /// INCLUDETEXT and INCLUDEPICTURE; LINK pulls in another file through OLE).</summary>
    private static readonly HashSet<string> Dangerous = new(StringComparer.OrdinalIgnoreCase)
    {
        "DDE", "DDEAUTO", "INCLUDETEXT", "INCLUDEPICTURE", "INCLUDE", "IMPORT", "LINK",
    };

    private readonly Action<string> _onDangerous;
    private readonly Stack<Field> _open = new();
    private Field _loose = new();

    /// <param name="onDangerous">Called with a description ("a DDEAUTO field") of each dangerous field.</param>
    public FieldCodeCollector(Action<string> onDangerous)
    {
        _onDangerous = onDangerous;
    }

    public void Begin()
    {
        if (_open.TryPeek(out var outer) && !outer.Closed && outer.Code.Length == 0)
        {
            _onDangerous("a field whose type is built by another field");
        }

        _open.Push(new Field());
    }

    public void Append(string text)
    {
        var field = _open.Count > 0 ? _open.Peek() : _loose;
        if (!field.Closed)
        {
            field.Append(text);
        }
    }

    public void Separate()
    {
        if (_open.TryPeek(out var field))
        {
            Close(field);
        }
    }

    public void End()
    {
        if (_open.TryPop(out var field))
        {
            Close(field);
            return;
        }

        Close(_loose);
        _loose = new Field();
    }

    /// <summary>A simple field (<c>w:fldSimple w:instr</c>).</summary>
    public void Simple(string? instruction)
    {
        var field = new Field();
        field.Append(instruction ?? string.Empty);
        Close(field);
    }

    /// <summary>Checks fields left open at the end of the part.</summary>
    public void Finish()
    {
        while (_open.TryPop(out var field))
        {
            Close(field);
        }

        Close(_loose);
    }

    private void Close(Field field)
    {
        if (field.Closed)
        {
            return;
        }

        field.Closed = true;
        var code = field.Code.ToString();
        var length = 0;
        while (length < code.Length && char.IsAsciiLetter(code[length]))
        {
            length++;
        }

        if (length > 0 && Dangerous.Contains(code[..length]))
        {
            _onDangerous($"a {code[..length].ToUpperInvariant()} field");
        }
    }

    private sealed class Field
    {
        public StringBuilder Code { get; } = new();

        public bool Closed { get; set; }

        /// <summary>Appends, skipping leading white space and invisible characters, up to <see cref="KeptCharacters"/>.</summary>
        public void Append(string text)
        {
            foreach (var c in text)
            {
                if (Code.Length >= KeptCharacters)
                {
                    return;
                }

                if (Code.Length == 0 && (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
                {
                    continue;
                }

                Code.Append(c);
            }
        }
    }
}
