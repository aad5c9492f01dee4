namespace ContractDocs.Intake;

/// <summary>
/// Sits between the decoder and the <see cref="System.Xml.XmlReader"/> of one part: counts characters against
/// <see cref="IntakeLimits.MaxCharactersInPart"/> and refuses a <c>&lt;!DOCTYPE</c> or <c>&lt;!ENTITY</c>
/// declaration as soon as its characters are read, before the XML reader parses them. Looks at decoded text, so
/// the declaration is found whatever the encoding. Not thread-safe.
/// </summary>
internal sealed class GuardedTextReader : TextReader
{
    private const int Overlap = 8;
    private static readonly string[] Declarations = ["<!DOCTYPE", "<!ENTITY"];

    private readonly TextReader _inner;
    private readonly string _partName;
    private readonly long _maxCharacters;
    private readonly char[] _tail = new char[Overlap];
    private int _tailLength;
    private long _count;

    public GuardedTextReader(TextReader inner, string partName, long maxCharacters)
    {
        _inner = inner;
        _partName = partName;
        _maxCharacters = maxCharacters;
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = _inner.Read(buffer);
        Check(buffer[..read]);
        return read;
    }

    private void Check(ReadOnlySpan<char> chunk)
    {
        _count += chunk.Length;
        if (_count > _maxCharacters)
        {
            throw new IntakeRefusedException(IntakeCodes.ZipBomb,
                $"The part {PrintableText.Quote(_partName)} holds more than {_maxCharacters:N0} characters, the limit; remove the oversized content, save the document again and upload it.",
                DocumentKind.Docx);
        }

        Span<char> window = stackalloc char[Overlap + Math.Min(chunk.Length, 4096)];
        while (!chunk.IsEmpty)
        {
            var take = Math.Min(chunk.Length, window.Length - Overlap);
            _tail.AsSpan(0, _tailLength).CopyTo(window);
            chunk[..take].CopyTo(window[_tailLength..]);
            var joined = window[..(_tailLength + take)];
            foreach (var declaration in Declarations)
            {
                if (joined.Contains(declaration, StringComparison.OrdinalIgnoreCase))
                {
                    throw new IntakeRefusedException(IntakeCodes.Dtd,
                        $"The part {PrintableText.Quote(_partName)} contains a {declaration[2..]} declaration, which Word never writes and which can make a reader fetch or expand content; save the document again from Word and upload it.",
                        DocumentKind.Docx);
                }
            }

            _tailLength = Math.Min(Overlap, joined.Length);
            joined[^_tailLength..].CopyTo(_tail);
            chunk = chunk[take..];
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
