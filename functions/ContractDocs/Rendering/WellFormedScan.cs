using System.Buffers;
using System.Text;

namespace ContractDocs.Rendering;

/// <summary>
/// The package check's fast path: one forward pass over a part's UTF-8 bytes that says whether they are certainly XML
/// that <see cref="System.Xml.XmlReader"/> (namespaces on, no DTD) reads to the end. It allocates nothing once its
/// pooled arrays are warm, where the reader builds strings, contexts and buffers for every part.
/// </summary>
/// <remarks>
/// It is one-sided by design: <c>true</c> means well-formed; <c>false</c> means malformed <em>or</em> outside what it
/// knows, and the caller then lets <see cref="System.Xml.XmlReader"/> decide and word the error. What it knows is what
/// the renderer and Word write: an optional UTF-8 byte order mark and XML declaration (version 1.0, UTF-8), elements
/// and attributes with ASCII names, namespace declarations, <c>xml:space</c>, the five predefined entities and
/// character references, and UTF-8 text. Comments, processing instructions, CDATA, a DTD, non-ASCII names, another
/// encoding, and attributes that might name the same namespace twice all go to the reader.
/// </remarks>
internal static class WellFormedScan
{
    private const int Stride = 5;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The bytes text may hold as they are: everything but markup, references, ']' (for "]]&gt;"), control
    /// characters and the start of a multi-byte character.</summary>
    private static readonly SearchValues<byte> TextStops = SearchValues.Create(StopBytes(includeQuotes: false));

    private static readonly SearchValues<byte> ValueStops = SearchValues.Create(StopBytes(includeQuotes: true));

    /// <summary>True when <paramref name="utf8"/> is certainly one well-formed XML document with well-formed
    /// namespaces; false when it is not, or uses something this scan leaves to the reader.</summary>
    public static bool Accepts(ReadOnlySpan<byte> utf8)
    {
        var scanner = new Scanner(utf8);
        try
        {
            return scanner.Document();
        }
        finally
        {
            scanner.Return();
        }
    }

    private static byte[] StopBytes(bool includeQuotes)
    {
        var stops = new List<byte> { (byte)'<', (byte)'&', (byte)']' };
        for (var b = 0; b < 0x20; b++)
        {
            stops.Add((byte)b);
        }

        for (var b = 0x80; b <= 0xFF; b++)
        {
            stops.Add((byte)b);
        }

        if (includeQuotes)
        {
            stops.Remove((byte)']');
            stops.Add((byte)'"');
            stops.Add((byte)'\'');
        }

        return [.. stops];
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

    private static bool IsNameStart(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (byte)'_';

    private static bool IsNameChar(byte b) => IsNameStart(b) || b is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.';

    /// <summary>XML 1.0's Char production.</summary>
    private static bool IsXmlChar(int c) => c is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    /// <summary>The scan's state: the bytes, the position, and pooled stacks of open elements (offset, length) and
    /// namespace declarations (prefix offset and length, depth, value offset and length), and the current tag's
    /// attributes (name offset; prefix length and name length).</summary>
    private ref struct Scanner
    {
        private readonly ReadOnlySpan<byte> _xml;
        private int _at;
        private int[] _open;
        private int _depth;
        private int[] _declarations;
        private int _declarationCount;
        private int[] _attributes;
        private int _attributeCount;

        // The last prefix found declared, and the declaration count it was found under (a declaration popped since
        // makes it stale).
        private int _knownPrefixOffset;
        private int _knownPrefixLength;
        private int _knownUnder;

        public Scanner(ReadOnlySpan<byte> xml)
        {
            _xml = xml;
            _open = ArrayPool<int>.Shared.Rent(64);
            _declarations = ArrayPool<int>.Shared.Rent(32 * Stride);
            _attributes = ArrayPool<int>.Shared.Rent(64);
            _knownPrefixLength = -1;
        }

        public readonly void Return()
        {
            ArrayPool<int>.Shared.Return(_open);
            ArrayPool<int>.Shared.Return(_declarations);
            ArrayPool<int>.Shared.Return(_attributes);
        }

        public bool Document()
        {
            if (_xml.StartsWith(Bom))
            {
                _at = Bom.Length;
            }

            if (_xml[_at..].StartsWith("<?xml"u8) && _xml.Length > _at + 5 && IsSpace(_xml[_at + 5]) && !Declaration())
            {
                return false;
            }

            SkipSpace();
            if (!StartTag(out var empty))
            {
                return false;
            }

            if (!empty && !Content())
            {
                return false;
            }

            SkipSpace();
            return _at == _xml.Length;
        }

        /// <summary>The XML declaration: version 1.0, then optionally UTF-8 and standalone yes or no, in that order.</summary>
        private bool Declaration()
        {
            _at += 5;
            if (!Pseudo("version"u8, out var version) || !version.SequenceEqual("1.0"u8))
            {
                return false;
            }

            var mark = _at;
            if (Pseudo("encoding"u8, out var encoding))
            {
                if (!Ascii.EqualsIgnoreCase(encoding, "utf-8"u8))
                {
                    return false;
                }
            }
            else
            {
                _at = mark;
            }

            mark = _at;
            if (Pseudo("standalone"u8, out var standalone))
            {
                if (!standalone.SequenceEqual("yes"u8) && !standalone.SequenceEqual("no"u8))
                {
                    return false;
                }
            }
            else
            {
                _at = mark;
            }

            SkipSpace();
            if (!_xml[_at..].StartsWith("?>"u8))
            {
                return false;
            }

            _at += 2;
            return true;
        }

        /// <summary>S name S? = S? quoted value, the value holding only name characters.</summary>
        private bool Pseudo(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
        {
            value = default;
            if (SkipSpace() == 0 || !_xml[_at..].StartsWith(name))
            {
                return false;
            }

            _at += name.Length;
            SkipSpace();
            if (!Take((byte)'='))
            {
                return false;
            }

            SkipSpace();
            if (_at >= _xml.Length || _xml[_at] is not ((byte)'"' or (byte)'\''))
            {
                return false;
            }

            var quote = _xml[_at++];
            var start = _at;
            while (_at < _xml.Length && (IsNameChar(_xml[_at]) || _xml[_at] == (byte)':'))
            {
                _at++;
            }

            value = _xml[start.._at];
            return Take(quote);
        }

        /// <summary>Content up to and including the end tag that closes the root.</summary>
        private bool Content()
        {
            while (true)
            {
                var stop = _xml[_at..].IndexOfAny(TextStops);
                if (stop < 0)
                {
                    return false;
                }

                _at += stop;
                var b = _xml[_at];
                if (b == (byte)'<')
                {
                    if (_at + 1 >= _xml.Length)
                    {
                        return false;
                    }

                    if (_xml[_at + 1] == (byte)'/')
                    {
                        if (!EndTag())
                        {
                            return false;
                        }

                        if (_depth == 0)
                        {
                            return true;
                        }
                    }
                    else if (!StartTag(out _))
                    {
                        return false;
                    }
                }
                else if (b == (byte)'&')
                {
                    if (!Reference())
                    {
                        return false;
                    }
                }
                else if (b == (byte)']')
                {
                    if (_xml[_at..].StartsWith("]]>"u8))
                    {
                        return false;
                    }

                    _at++;
                }
                else if (!Character())
                {
                    return false;
                }
            }
        }

        /// <summary>A start tag at '&lt;': its name, attributes and namespace declarations, checked once the tag has
        /// ended (a declaration may follow the name it declares).</summary>
        private bool StartTag(out bool empty)
        {
            empty = false;
            if (!Take((byte)'<') || !QualifiedName(out var name, out var prefix))
            {
                return false;
            }

            _attributeCount = 0;
            var declaredFrom = _declarationCount;
            while (true)
            {
                var spaced = SkipSpace() > 0;
                if (_at >= _xml.Length)
                {
                    return false;
                }

                if (_xml[_at] == (byte)'>')
                {
                    _at++;
                    break;
                }

                if (_xml[_at] == (byte)'/')
                {
                    _at++;
                    if (!Take((byte)'>'))
                    {
                        return false;
                    }

                    empty = true;
                    break;
                }

                if (!spaced || !Attribute())
                {
                    return false;
                }
            }

            if (name.SequenceEqual("xmlns"u8) || !Resolved(name, prefix) || !AttributesResolved())
            {
                return false;
            }

            if (empty)
            {
                Undeclare(declaredFrom);
                return true;
            }

            if ((_depth + 1) * 2 > _open.Length)
            {
                Grow(ref _open);
            }

            _open[_depth * 2] = Offset(name);
            _open[(_depth * 2) + 1] = name.Length;
            _depth++;
            return true;
        }

        /// <summary>One attribute: name, '=', a quoted value; namespace declarations recorded for this depth.</summary>
        private bool Attribute()
        {
            var nameStart = _at;
            if (!QualifiedName(out var name, out var prefix))
            {
                return false;
            }

            SkipSpace();
            if (!Take((byte)'='))
            {
                return false;
            }

            SkipSpace();
            if (_at >= _xml.Length || _xml[_at] is not ((byte)'"' or (byte)'\''))
            {
                return false;
            }

            var quote = _xml[_at++];
            var valueStart = _at;
            var plain = true;
            while (true)
            {
                var stop = _xml[_at..].IndexOfAny(ValueStops);
                if (stop < 0)
                {
                    return false;
                }

                _at += stop;
                var b = _xml[_at];
                if (b == quote)
                {
                    break;
                }

                if (b is (byte)'"' or (byte)'\'' or (byte)'\t' or (byte)'\n' or (byte)'\r')
                {
                    _at++;
                }
                else if (b == (byte)'<')
                {
                    return false;
                }
                else if (b == (byte)'&')
                {
                    plain = false;
                    if (!Reference())
                    {
                        return false;
                    }
                }
                else if (!Character())
                {
                    return false;
                }
            }

            var value = _xml[valueStart.._at];
            _at++;
            if (!Declares(name, prefix, value, plain) || !XmlAttributeValid(name, value, plain))
            {
                return false;
            }

            if (_attributeCount * 2 + 2 > _attributes.Length)
            {
                Grow(ref _attributes);
            }

            _attributes[_attributeCount * 2] = nameStart;
            _attributes[(_attributeCount * 2) + 1] = (prefix << 16) | name.Length;
            _attributeCount++;
            return true;
        }

        /// <summary>Records xmlns and xmlns:p; refuses (for the reader to word) a prefix declared empty, the reserved
        /// prefixes and namespaces, and a value with references, tabs or line breaks in it.</summary>
        private bool Declares(ReadOnlySpan<byte> name, int prefix, ReadOnlySpan<byte> value, bool plain)
        {
            var isDefault = prefix == 0 && name.SequenceEqual("xmlns"u8);
            var isPrefixed = IsXmlns(name, prefix);
            if (!isDefault && !isPrefixed)
            {
                return true;
            }

            // The reader normalises tabs and line breaks in a value to spaces, so two such values could name one
            // namespace; they go to the reader, as do references.
            if (!plain || value.IndexOfAny("\t\n\r"u8) >= 0 || value.IndexOf("w3.org/XML/1998/namespace"u8) >= 0 || value.IndexOf("w3.org/2000/xmlns"u8) >= 0)
            {
                return false;
            }

            if (isDefault)
            {
                return true;
            }

            var declared = name[6..];
            if (value.IsEmpty || declared.SequenceEqual("xml"u8) || declared.SequenceEqual("xmlns"u8))
            {
                return false;
            }

            if ((_declarationCount + 1) * Stride > _declarations.Length)
            {
                Grow(ref _declarations);
            }

            var at = _declarationCount * Stride;
            _declarations[at] = Offset(name) + 6;
            _declarations[at + 1] = declared.Length;
            _declarations[at + 2] = _depth;
            _declarations[at + 3] = Offset(value);
            _declarations[at + 4] = value.Length;
            _declarationCount++;
            return true;
        }

        /// <summary>xml:space must be "default" or "preserve"; other xml: attributes are left as they are.</summary>
        private static bool XmlAttributeValid(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value, bool plain) =>
            !name.SequenceEqual("xml:space"u8) || (plain && (value.SequenceEqual("preserve"u8) || value.SequenceEqual("default"u8)));

        /// <summary>Every prefixed attribute's prefix is declared (or is xml); no two attributes share a name, nor a
        /// local name under two prefixes of one namespace. The xml prefix is never compared with another: a prefix
        /// declared for its namespace was refused in <see cref="Declares"/>.</summary>
        private bool AttributesResolved()
        {
            for (var i = 0; i < _attributeCount; i++)
            {
                var name = AttributeName(i, out var prefix);
                var special = IsXmlns(name, prefix) || IsXml(name, prefix);
                if (prefix > 0 && !special && !Resolved(name, prefix))
                {
                    return false;
                }

                for (var j = 0; j < i; j++)
                {
                    var other = AttributeName(j, out var otherPrefix);
                    if (name.SequenceEqual(other))
                    {
                        return false;
                    }

                    if (prefix > 0 && otherPrefix > 0 && !special && !IsXmlns(other, otherPrefix) && !IsXml(other, otherPrefix)
                        && name[(prefix + 1)..].SequenceEqual(other[(otherPrefix + 1)..]) && SameNamespace(name[..prefix], other[..otherPrefix]))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool IsXmlns(ReadOnlySpan<byte> name, int prefix) => prefix == 5 && name[..5].SequenceEqual("xmlns"u8);

        private static bool IsXml(ReadOnlySpan<byte> name, int prefix) => prefix == 3 && name[..3].SequenceEqual("xml"u8);

        private readonly ReadOnlySpan<byte> AttributeName(int i, out int prefix)
        {
            var packed = _attributes[(i * 2) + 1];
            prefix = packed >> 16;
            return _xml.Slice(_attributes[i * 2], packed & 0xFFFF);
        }

        /// <summary>An element's or attribute's prefix is declared in scope. The prefixes xml and xmlns on an element
        /// go to the reader.</summary>
        private bool Resolved(ReadOnlySpan<byte> name, int prefix)
        {
            if (prefix == 0)
            {
                return true;
            }

            var wanted = name[..prefix];
            if (_knownPrefixLength == prefix && _knownUnder <= _declarationCount && _xml.Slice(_knownPrefixOffset, prefix).SequenceEqual(wanted))
            {
                return true;
            }

            var i = Innermost(wanted);
            if (i < 0)
            {
                return false;
            }

            _knownPrefixOffset = _declarations[i * Stride];
            _knownPrefixLength = prefix;
            _knownUnder = i + 1;
            return true;
        }

        /// <summary>The innermost declaration in scope of <paramref name="prefix"/>, or -1.</summary>
        private readonly int Innermost(ReadOnlySpan<byte> prefix)
        {
            for (var i = _declarationCount - 1; i >= 0; i--)
            {
                if (_declarations[(i * Stride) + 1] == prefix.Length && _xml.Slice(_declarations[i * Stride], prefix.Length).SequenceEqual(prefix))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Whether two declared prefixes name the same namespace.</summary>
        private readonly bool SameNamespace(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> other)
        {
            var a = Innermost(prefix);
            var b = Innermost(other);
            return a < 0 || b < 0 || _xml.Slice(_declarations[(a * Stride) + 3], _declarations[(a * Stride) + 4])
                .SequenceEqual(_xml.Slice(_declarations[(b * Stride) + 3], _declarations[(b * Stride) + 4]));
        }

        /// <summary>Drops the declarations made from <paramref name="from"/> on, forgetting the remembered prefix if it
        /// was one of them.</summary>
        private void Undeclare(int from)
        {
            if (from < _declarationCount && _knownUnder > from)
            {
                _knownPrefixLength = -1;
            }

            _declarationCount = from;
        }

        /// <summary>An end tag at '&lt;/' naming the innermost open element; its declarations go out of scope.</summary>
        private bool EndTag()
        {
            _at += 2;
            if (_depth == 0 || !QualifiedName(out var name, out _))
            {
                return false;
            }

            SkipSpace();
            if (!Take((byte)'>'))
            {
                return false;
            }

            _depth--;
            if (!name.SequenceEqual(_xml.Slice(_open[_depth * 2], _open[(_depth * 2) + 1])))
            {
                return false;
            }

            var from = _declarationCount;
            while (from > 0 && _declarations[((from - 1) * Stride) + 2] >= _depth)
            {
                from--;
            }

            Undeclare(from);
            return true;
        }

        /// <summary>An ASCII NCName, optionally prefixed by another and a colon; <paramref name="prefix"/> is the
        /// prefix's length (0 when there is none). A name that goes on in any other character goes to the reader.</summary>
        private bool QualifiedName(out ReadOnlySpan<byte> name, out int prefix)
        {
            var start = _at;
            prefix = 0;
            name = default;
            if (!NcName())
            {
                return false;
            }

            if (_at < _xml.Length && _xml[_at] == (byte)':')
            {
                prefix = _at - start;
                _at++;
                if (!NcName())
                {
                    return false;
                }
            }

            if (_at >= _xml.Length || !(IsSpace(_xml[_at]) || _xml[_at] is (byte)'>' or (byte)'/' or (byte)'='))
            {
                return false;
            }

            name = _xml[start.._at];
            return name.Length <= 0xFFFF && prefix <= 0x7FFF;
        }

        private bool NcName()
        {
            if (_at >= _xml.Length || !IsNameStart(_xml[_at]))
            {
                return false;
            }

            _at++;
            while (_at < _xml.Length && IsNameChar(_xml[_at]))
            {
                _at++;
            }

            return true;
        }

        /// <summary>A reference at '&amp;': one of the five predefined entities, or a character reference to a
        /// character XML allows.</summary>
        private bool Reference()
        {
            var rest = _xml[(_at + 1)..];
            var end = rest[..Math.Min(rest.Length, 11)].IndexOf((byte)';');
            if (end <= 0 || end > 10)
            {
                return false;
            }

            var body = rest[..end];
            _at += end + 2;
            if (body[0] != (byte)'#')
            {
                return body.SequenceEqual("amp"u8) || body.SequenceEqual("lt"u8) || body.SequenceEqual("gt"u8) || body.SequenceEqual("quot"u8) || body.SequenceEqual("apos"u8);
            }

            var hex = body.Length > 1 && body[1] == (byte)'x';
            var digits = body[(hex ? 2 : 1)..];
            if (digits.IsEmpty || digits.Length > 7)
            {
                return false;
            }

            var value = 0;
            foreach (var d in digits)
            {
                var digit = d switch
                {
                    >= (byte)'0' and <= (byte)'9' => d - '0',
                    >= (byte)'a' and <= (byte)'f' when hex => d - 'a' + 10,
                    >= (byte)'A' and <= (byte)'F' when hex => d - 'A' + 10,
                    _ => -1,
                };
                if (digit < 0)
                {
                    return false;
                }

                value = (value * (hex ? 16 : 10)) + digit;
            }

            return IsXmlChar(value);
        }

        /// <summary>A character at a stop that is not markup: tab, line feed or carriage return, or a well-formed
        /// UTF-8 sequence for a character XML allows.</summary>
        private bool Character()
        {
            var b = _xml[_at];
            if (b < 0x80)
            {
                if (b is (byte)'\t' or (byte)'\n' or (byte)'\r' || b >= 0x20)
                {
                    _at++;
                    return true;
                }

                return false;
            }

            if (Rune.DecodeFromUtf8(_xml[_at..], out var rune, out var used) != OperationStatus.Done || !IsXmlChar(rune.Value))
            {
                return false;
            }

            _at += used;
            return true;
        }

        private bool Take(byte expected)
        {
            if (_at < _xml.Length && _xml[_at] == expected)
            {
                _at++;
                return true;
            }

            return false;
        }

        private int SkipSpace()
        {
            var start = _at;
            while (_at < _xml.Length && IsSpace(_xml[_at]))
            {
                _at++;
            }

            return _at - start;
        }

        private readonly int Offset(ReadOnlySpan<byte> within) =>
            (int)System.Runtime.CompilerServices.Unsafe.ByteOffset(
                ref System.Runtime.InteropServices.MemoryMarshal.GetReference(_xml),
                ref System.Runtime.InteropServices.MemoryMarshal.GetReference(within));

        private static void Grow(ref int[] array)
        {
            var larger = ArrayPool<int>.Shared.Rent(array.Length * 2);
            array.AsSpan().CopyTo(larger);
            ArrayPool<int>.Shared.Return(array);
            array = larger;
        }
    }
}
