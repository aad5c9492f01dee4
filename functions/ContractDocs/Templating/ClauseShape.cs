using System.Collections.Immutable;
using System.Text;

namespace ContractDocs.Templating;

/// <summary>
/// A clause's rendered Markdown with each plain value left as a hole (<see cref="Markers.Hole"/>): the text depends on
/// the template, the branches and loops its values chose, and every value that could change how the Markdown parses,
/// but not on plain words and numbers. Contracts with different parties, dates and sums mostly give one shape, so its
/// Markdown is parsed once. <see cref="Holes"/> are the values, in order, as the Markdown would have shown them.
/// </summary>
/// <param name="Text">The Markdown with holes.</param>
/// <param name="Holes">The holes' text, in the order they appear.</param>
/// <param name="Unchanged">True when <see cref="Text"/> is the very string the caller expected (no copy made).</param>
/// <param name="Holeable">False when the source itself holds the hole character, so holes cannot be told from text:
/// the caller renders the Markdown whole.</param>
public sealed record ClauseShape(string Text, ImmutableArray<string> Holes, bool Unchanged, bool Holeable);

/// <summary>
/// The writer a clause renders into for its shape. Template text is compared with the shape the caller expects (the
/// last one seen for the clause) and only copied from the first difference, so an unchanged shape costs no string. The
/// Markdown encoder asks it for a hole for each value (<see cref="TryHole"/>). Not thread-safe: one per render.
/// </summary>
internal sealed class ShapeWriter : TextWriter
{
    /// <summary>What may come before the text of a line's first block: indentation, quote and list markers, heading,
    /// table, fence, rule and setext characters, and an ordered list's digits.</summary>
    private static readonly System.Buffers.SearchValues<char> BlockStart = System.Buffers.SearchValues.Create(" \t>-+*#|`~=_:.)0123456789");

    [ThreadStatic]
    private static StringBuilder? _spare;

    private readonly string? _expected;
    private readonly List<string> _holes = [];
    private StringBuilder? _text;
    private int _matched;
    private bool _sourceHasHole;

    // The current line so far, for the one place a hole's first character matters: where a block could start.
    private bool _lineMayStartBlock = true;
    private char _previous = '\n';

    public ShapeWriter(string? expected)
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
        _expected = expected;
        if (expected is null)
        {
            _text = Builder();
        }
    }

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>Takes <paramref name="value"/> as a hole when the Markdown it would give is the value itself and a
    /// hole in its place parses the same. That holds when it is non-empty, starts and ends with a letter or digit
    /// (so emphasis beside it opens and closes as it would beside the value), holds no control, marker or hole
    /// character, and follows neither '&amp;' nor '#' (so it cannot complete a character reference). A value
    /// starting with a digit must also follow a letter or other text on its line, where no list, heading or code
    /// block can start.</summary>
    public bool TryHole(string value)
    {
        if (!Plain(value) || _previous is '&' or '#' || (char.IsAsciiDigit(value[0]) && _lineMayStartBlock))
        {
            return false;
        }

        _holes.Add(value);
        Append([Markers.Hole]);
        return true;
    }

    public ClauseShape Finish()
    {
        var holes = _holes.ToImmutableArray();
        if (_text is null && _matched == _expected!.Length)
        {
            return new ClauseShape(_expected, holes, Unchanged: true, Holeable: !_sourceHasHole);
        }

        _text ??= Builder().Append(_expected.AsSpan(0, _matched));
        var text = _text.ToString();
        _text.Clear();
        _spare = _text;
        _text = null;
        return new ClauseShape(text, holes, Unchanged: false, Holeable: !_sourceHasHole);
    }

    public override void Write(char value) => Written([value]);

    public override void Write(string? value) => Written(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Written(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Written(buffer);

    /// <summary>Template text and encoded values: never hole characters (a source that holds one is not holeable).</summary>
    private void Written(ReadOnlySpan<char> text)
    {
        if (text.Contains(Markers.Hole))
        {
            _sourceHasHole = true;
        }

        Append(text);
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (_text is null)
        {
            var expected = _expected.AsSpan(_matched);
            if (expected.StartsWith(text))
            {
                _matched += text.Length;
            }
            else
            {
                _text = Builder().Append(_expected.AsSpan(0, _matched)).Append(text);
            }
        }
        else
        {
            _text.Append(text);
        }

        Track(text);
    }

    private void Track(ReadOnlySpan<char> text)
    {
        var newline = text.LastIndexOf('\n');
        if (newline >= 0)
        {
            _lineMayStartBlock = true;
            text = text[(newline + 1)..];
        }

        if (_lineMayStartBlock && text.IndexOfAnyExcept(BlockStart) >= 0)
        {
            _lineMayStartBlock = false;
        }

        _previous = text.IsEmpty ? '\n' : text[^1];
    }

    private static bool Plain(string value)
    {
        if (value.Length == 0 || !char.IsLetterOrDigit(value[0]) || !char.IsLetterOrDigit(value[^1]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c < ' ' || Markers.IsMarker(c) || c == Markers.Hole)
            {
                return false;
            }
        }

        return true;
    }

    private static StringBuilder Builder()
    {
        var builder = _spare ?? new StringBuilder(1024);
        _spare = null;
        return builder;
    }
}
