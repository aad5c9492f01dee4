using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ContractDocs.Rendering;
using ContractDocs.Tests.Selection.Fuzzing;
using ContractDocs.Tests.Support;
using CsCheck;

namespace ContractDocs.Tests.Rendering;

/// <summary>
/// <see cref="WellFormedScan.Accepts"/> is the package check's fast path in front of <see cref="XmlReader"/>, and holds
/// one safety property: when it accepts bytes, XmlReader, with the package check's settings, reads them to the end
/// without an <see cref="XmlException"/>. Turning down well-formed XML is allowed (the part then goes to XmlReader, at
/// some cost in speed), but every part the renderer really writes is accepted, so the fast path is the one taken.
/// Checked on every XML part of every example, on random mutations of small real parts and small hand-built
/// documents (compared with XmlReader), and on hand-written cases either side of the line.
/// </summary>
public sealed class WellFormedScanTests
{
    /// <summary>The package check's reader settings (<see cref="PackageCheck"/>).</summary>
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Each example's XML parts by name, rendered once for every test that asks for them.</summary>
    private static readonly ConcurrentDictionary<(string Example, string? Release), Lazy<IReadOnlyDictionary<string, byte[]>>> Rendered = new();

    /// <summary>Small documents the renderer does not write, for what it does not use: entity and character
    /// references, a default namespace, a prefix redeclared, single quotes, whitespace inside tags, comments, processing
    /// instructions and CDATA, and namespace names that differ only in whitespace (which XmlReader normalises to
    /// spaces, so one name changed makes two attributes the same).</summary>
    private static readonly string[] HandBuilt =
    [
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document xmlns:w=\"urn:w\" xmlns:r=\"urn:r\"><w:body><w:p w:rsidR=\"00A1\"><w:r><w:t xml:space=\"preserve\"> a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42;&#xe9; é € 😀 </w:t></w:r></w:p><w:sectPr r:id=\"rId1\"/></w:body></w:document>",
        "<a xmlns=\"urn:a\" xmlns:p=\"urn:p\" p:x='1' y=\"2\"><b xml:lang=\"en-GB\"><p:c xmlns:p=\"urn:q\" p:x=\"&#x9;&#10;&#13;\">x &gt; y</p:c></b><d xml:space=\"default\"/><p:e/></a>",
        "<?xml version='1.0'?>\n<r:a xmlns:r=\"urn:r\" r:b=\">\" c = \"&gt;&lt;&amp;\"  ><r:d>x</r:d ><e xmlns=\"\"/></r:a >\n",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"urn:t\" Target=\"a.xml?x=1&amp;y=2\" TargetMode=\"External\"/></Relationships>",
        "<a><!-- a comment --><?pi data?><![CDATA[<&>]]><b/></a>",
        "<r xmlns:p=\"urn:u v\" xmlns:q=\"urn:u\tv\" p:a=\"1\" q:b=\"2\"><s xmlns:t=\"urn:u\r\nv\" t:b=\"3\" q:Z=\"4\"/></r>",
    ];

    /// <summary>What a mutation inserts: markup delimiters, prolog and DTD pieces, references good and bad, characters
    /// XML forbids, UTF-8 right and wrong, and namespace declarations and prefixes.</summary>
    private static readonly byte[][] Insertions =
    [
        .. new[]
        {
            "<", ">", "&", ";", ":", "\"", "'", "/", "=", "!", "?", "[", "]", "]]>", "--", "<!--", "-->", "<?x?>", "<?xml?>",
            "<![CDATA[x]]>", "<!DOCTYPE a>", "&amp;", "&lt;", "&foo;", "&#0;", "&#x8;", "&#65;", "&#x41;", "&#xFFFE;", "&#xD800;",
            "&#1114112;", "&#x;", " ", "\t", "\n", "\r", "\r\n", "xmlns:", "xmlns=\"\"", "xmlns:p=\"\"", "xml:space=\"x\"",
            "xml:space=\"preserve\"", "xmlns:xml=\"urn:x\"", "xmlns:p=\"urn:p\"", "p:", "a:b:c", " a=\"1\"", " a='1'", " a=1",
            "</a>", "<a>", "<a/>", " version=\"1.1\"", " encoding=\"UTF-16\"", " encoding=\"ISO-8859-1\"", " standalone=\"no\"",
        }.Select(Encoding.UTF8.GetBytes),
        [0x00], [0x01], [0x0B], [0x0C], [0x7F], [0xC3], [0xC3, 0xA9], [0xC2, 0x85], [0xE2, 0x82, 0xAC], [0xEF, 0xBF, 0xBE],
        [0xEF, 0xBF, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80], [0xFF],
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF],
    ];

    /// <summary>What a mutation puts in place of a name character: other name characters (some allowed only after the
    /// first), and characters no name may hold.</summary>
    private static readonly byte[][] NameReplacements =
    [
        .. new[] { "a", "Z", "_", "-", ".", ":", "0", "·", "\u0300", "\u203F", "é", "\U00010000", "×", "\u037E", "\u2000", " ", "<", ">", "/", "\"", "=" }
            .Select(Encoding.UTF8.GetBytes),
    ];

    /// <summary>The bytes of ASCII names (what a name-character mutation replaces).</summary>
    private static readonly SearchValues<byte> NameBytes = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:"u8);

    /// <summary>Where an attribute or a tag's opening ends.</summary>
    private static readonly SearchValues<byte> UnitEnds = SearchValues.Create(" >/<"u8);

    private static readonly Gen<Mutation> MutationGen = Gen.Select(
        Gen.Enum<MutationKind>(), Gen.Int[0, 1 << 24], Gen.Int[0, 1 << 24], Gen.Int[0, 1 << 24], (kind, at, a, b) => new Mutation(kind, at, a, b));

    /// <summary>The seeds of the fuzz: each small part the renderer writes (from the first example that has it), the
    /// main document cut to its first blocks, and the hand-built documents.</summary>
    private static readonly Lazy<IReadOnlyList<Seed>> Seeds = new(() =>
    {
        var real = RealLibrary.ExampleNames
            .SelectMany(example => Parts(example, null).Select(p => (Example: example, Part: p.Key, Bytes: p.Value)))
            .Where(p => p.Bytes.Length <= 32_768)
            .DistinctBy(p => p.Part, StringComparer.Ordinal)
            .Select(p => new Seed($"{p.Example}: {p.Part}", p.Bytes));
        var first = RealLibrary.ExampleNames.First();
        return
        [
            .. real,
            new Seed($"{first}: {WordTemplate.DocumentPart} cut to its first blocks", CutDocument(Parts(first, null)[WordTemplate.DocumentPart], 12)),
            .. HandBuilt.Select((xml, i) => new Seed($"hand-built document {i}", Encoding.UTF8.GetBytes(xml))),
        ];
    });

    private enum MutationKind
    {
        Delete,
        Insert,
        Duplicate,
        Swap,
        ReplaceNameCharacter,
    }

    public static TheoryData<string, string> ExamplesAndReleases() => GeneratedDocumentTests.ExamplesAndReleases();

    /// <summary>Every XML part of every example (each under each release it builds at) takes the fast path, and
    /// XmlReader agrees it is well-formed.</summary>
    [Theory]
    [MemberData(nameof(ExamplesAndReleases))]
    public void Accepts_EveryPartTheRendererWrites(string example, string release)
    {
        var parts = Parts(example, GeneratedDocumentTests.ReleaseArgument(release));

        var failed = parts
            .Select(p => (p.Key, Scan: WellFormedScan.Accepts(p.Value), Reader: ReaderAccepts(p.Value)))
            .Where(p => !p.Scan || !p.Reader)
            .Select(p => $"{p.Key}: scan {(p.Scan ? "accepts" : "rejects")}, XmlReader {(p.Reader ? "accepts" : "rejects")}")
            .ToList();
        Assert.Contains(WordTemplate.DocumentPart, parts.Keys);
        Assert.True(failed.Count == 0, $"{example} ({release}):\n{string.Join("\n", failed)}");
    }

    /// <summary>One to three random changes to a seed (<see cref="Seeds"/>); whatever the scan accepts, XmlReader reads.
    /// <c>CONTRACTDOCS_FUZZ_CASES</c> sets a longer run; CsCheck's failure message gives the seed to replay it.</summary>
    [Fact]
    public void Accepts_MutatedRealPart_OnlyWhenXmlReaderAccepts()
    {
        var seeds = Seeds.Value;
        var cases = Gen.Select(Gen.Int[0, seeds.Count - 1], MutationGen.Array[1, 3], (seed, mutations) => new Case(seeds[seed], mutations));

        cases.Sample(c =>
        {
            var mutated = c.Apply();
            return !WellFormedScan.Accepts(mutated) || ReaderAccepts(mutated);
        }, iter: FuzzRunner.Count(30_000), print: c => c.ToString());
    }

    /// <summary>Cases XmlReader rejects (checked here too, so the list stays honest), so the scan must not accept them.</summary>
    [Theory]
    [InlineData("<a>")]
    [InlineData("<a><b></b>")]
    [InlineData("<a></b>")]
    [InlineData("<a><b></a></b>")]
    [InlineData("<p:a xmlns:p=\"u\"></a>")]
    [InlineData("<a></a")]
    [InlineData("</a>")]
    [InlineData("<a/><b/>")]
    [InlineData("<a/><!-- c --><b/>")]
    [InlineData("x<a/>")]
    [InlineData("<a/>x")]
    [InlineData("<a/>&amp;")]
    [InlineData("<a>]]></a>")]
    [InlineData("<a>x]]>y</a>")]
    [InlineData("<p:a/>")]
    [InlineData("<a><p:b/></a>")]
    [InlineData("<a p:x=\"1\"/>")]
    [InlineData("<r><a xmlns:p=\"u\"/><p:b/></r>")]
    [InlineData("<r><a xmlns:p=\"u\"></a><b p:x=\"1\"/></r>")]
    [InlineData("<a xmlns:p=\"\"/>")]
    [InlineData("<p:a xmlns:p=\"\"/>")]
    [InlineData("<a b=\"1\" b=\"2\"/>")]
    [InlineData("<a b=\"1\" b=\"1\"/>")]
    [InlineData("<a xmlns=\"u\" xmlns=\"v\"/>")]
    [InlineData("<a xmlns:p=\"u\" xmlns:p=\"v\"/>")]
    [InlineData("<a xmlns:p=\"u\" xmlns:q=\"u\" p:x=\"1\" q:x=\"2\"/>")]
    [InlineData("<a xmlns:p=\"a\tb\" xmlns:q=\"a b\" p:x=\"1\" q:x=\"2\"/>")]
    [InlineData("<a xmlns:p=\"u\r\n\" xmlns:q=\"u\n\" p:x=\"1\" q:x=\"2\"/>")]
    [InlineData("<a xmlns:p=\" u\" xmlns:q=\"\tu\"><b p:x=\"1\" q:x=\"2\"/></a>")]
    [InlineData("<a xmlns:p=\"u\"><b xmlns:q=\"u\"/><c xmlns:q=\"u\" p:x=\"1\" q:x=\"2\"/></a>")]
    [InlineData("<a b=1/>")]
    [InlineData("<a b/>")]
    [InlineData("<a b=\"1'/>")]
    [InlineData("<a b=\"<\"/>")]
    [InlineData("<a b=\"1\"c=\"2\"/>")]
    [InlineData("<a b=\"&foo;\"/>")]
    [InlineData("<a>&foo;</a>")]
    [InlineData("<a>&#0;</a>")]
    [InlineData("<a b=\"&#0;\"/>")]
    [InlineData("<a>&#x8;</a>")]
    [InlineData("<a>&#xFFFE;</a>")]
    [InlineData("<a>&#xFFFF;</a>")]
    [InlineData("<a>&#xD800;</a>")]
    [InlineData("<a>&#1114112;</a>")]
    [InlineData("<a>&#x110000;</a>")]
    [InlineData("<a>&#x;</a>")]
    [InlineData("<a>&#;</a>")]
    [InlineData("<a>&#65</a>")]
    [InlineData("<a>&#x4G;</a>")]
    [InlineData("<a>&amp</a>")]
    [InlineData("<a>&</a>")]
    [InlineData("<a>& b</a>")]
    [InlineData("<a b=\"&\"/>")]
    [InlineData("<a>{0x01}</a>")]
    [InlineData("<a b=\"{0x01}\"/>")]
    [InlineData("<a>{0x00}</a>")]
    [InlineData("<a>{0x0B}</a>")]
    [InlineData("<a>{0xFF}</a>")]
    [InlineData("<a>{0xC3}</a>")]
    [InlineData("<a>{0xE2 0x82}</a>")]
    [InlineData("<a>{0xF0 0x9F 0x98}</a>")]
    [InlineData("<a>{0x80}</a>")]
    [InlineData("<a>{0xC0 0xAF}</a>")]
    [InlineData("<a>{0xE0 0x80 0xAF}</a>")]
    [InlineData("<a>{0xED 0xA0 0x80}</a>")]
    [InlineData("<a>{0xF4 0x90 0x80 0x80}</a>")]
    [InlineData("<a>{0xEF 0xBF 0xBF}</a>")]
    [InlineData("<a>{0xEF 0xBF 0xBE}</a>")]
    [InlineData("<a b=\"{0xFF}\"/>")]
    [InlineData("<a{0xC3}/>")]
    [InlineData("<a xml:space=\"x\"/>")]
    [InlineData("<a xml:space=\"Preserve\"/>")]
    [InlineData("<a xmlns:xml=\"urn:x\"/>")]
    [InlineData("<a xmlns:xmlns=\"urn:x\"/>")]
    [InlineData(" <?xml version=\"1.0\"?><a/>")]
    [InlineData("<a/><?xml version=\"1.0\"?>")]
    [InlineData("<?xml version=\"1.0\"?><?xml version=\"1.0\"?><a/>")]
    [InlineData("<a><?xml version=\"1.0\"?></a>")]
    [InlineData("<?xml version=\"1.1\"?><a/>")]
    [InlineData("<?xml version=\"2.0\"?><a/>")]
    [InlineData("<?xml encoding=\"UTF-8\"?><a/>")]
    [InlineData("<?xml version=\"1.0\" standalone=\"maybe\"?><a/>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>")]
    [InlineData("<?xml version=\"1.0\"encoding=\"UTF-8\"?><a/>")]
    [InlineData("<?xml version=\"1.0\"><a/>")]
    [InlineData("<!DOCTYPE a><a/>")]
    [InlineData("<a><!DOCTYPE a></a>")]
    [InlineData("<a:b:c xmlns:a=\"u\"/>")]
    [InlineData("<:a/>")]
    [InlineData("<a:/>")]
    [InlineData("<a :b=\"1\"/>")]
    [InlineData("<1a/>")]
    [InlineData("<-a/>")]
    [InlineData("<a·/><·a/>")]
    [InlineData("< a/>")]
    [InlineData("<a/ >")]
    [InlineData("<a></ a>")]
    [InlineData("<a></a b=\"1\">")]
    [InlineData("<a></a/>")]
    [InlineData("")]
    [InlineData(" \r\n\t")]
    [InlineData("{0xEF 0xBB 0xBF}")]
    [InlineData("<?xml version=\"1.0\"?>")]
    [InlineData("<!-- only a comment -->")]
    [InlineData("<a><!-- a -- b --></a>")]
    [InlineData("<a><!-- a ---></a>")]
    [InlineData("<a><!-- a </a>")]
    [InlineData("<a><![CDATA[x]]</a>")]
    [InlineData("<a><? x?></a>")]
    [InlineData("<a><?x </a>")]
    [InlineData("<a b=\"1\" {0xC2 0xA0}c=\"2\"/>")]
    [InlineData("<a{0x0C}b=\"1\"/>")]
    public void Accepts_IllFormedDocument_IsFalse(string xml)
    {
        var bytes = Utf8(xml);

        Assert.False(ReaderAccepts(bytes), "XmlReader accepts this case, so it does not belong in this list");
        Assert.False(WellFormedScan.Accepts(bytes));
    }

    /// <summary>Cases both accept: the fast path covers more than a scan that turned everything down would.</summary>
    [Theory]
    [InlineData("<a/>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<a/>")]
    [InlineData("<w:document xmlns:w=\"urn:w\"><w:body><w:p><w:r><w:t xml:space=\"preserve\"> x &amp; y &lt; &#65;&#x42; é € 😀 </w:t></w:r></w:p></w:body></w:document>")]
    [InlineData("<a b='1' c='\"'/>")]
    [InlineData("<a  b = \"1\" ></a >")]
    [InlineData("<a xmlns=\"urn:a\"><b/></a>")]
    [InlineData("<p:a xmlns:p=\"urn:1\"><p:b xmlns:p=\"urn:2\"><p:c/></p:b><p:d/></p:a>")]
    [InlineData("<a b=\">\">x > y</a>")]
    [InlineData("<a xml:lang=\"en-GB\"/>")]
    [InlineData("<a/>\r\n \t")]
    public void Accepts_WellFormedDocument_IsTrue(string xml)
    {
        var bytes = Utf8(xml);

        Assert.True(ReaderAccepts(bytes), "XmlReader rejects this case, so it does not belong in this list");
        Assert.True(WellFormedScan.Accepts(bytes));
    }

    /// <summary>Whether <see cref="XmlReader"/>, set as the package check sets it, reads <paramref name="bytes"/> to
    /// the end.</summary>
    private static bool ReaderAccepts(byte[] bytes)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), ReaderSettings, new XmlParserContext(new NameTable(), null, null, XmlSpace.None));
            while (reader.Read())
            {
            }

            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static IReadOnlyDictionary<string, byte[]> Parts(string example, string? release) =>
        Rendered.GetOrAdd((example, release), key => new Lazy<IReadOnlyDictionary<string, byte[]>>(() =>
        {
            using var zip = new ZipArchive(new MemoryStream(RealLibrary.Generate(RealLibrary.Example(key.Example, key.Release))), ZipArchiveMode.Read);
            var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
            {
                using var part = entry.Open();
                using var bytes = new MemoryStream();
                part.CopyTo(bytes);
                parts.Add(entry.FullName, bytes.ToArray());
            }

            return parts;
        })).Value;

    /// <summary>The main document with only its first <paramref name="blocks"/> body blocks and its section
    /// properties: still a whole document, with the real root's namespace declarations, but small enough to fuzz.</summary>
    private static byte[] CutDocument(byte[] document, int blocks)
    {
        var xml = XDocument.Load(new MemoryStream(document));
        var body = xml.Root!.Elements().Single(e => e.Name.LocalName == "body");
        foreach (var block in body.Elements().Skip(blocks).Where(e => e.Name.LocalName != "sectPr").ToList())
        {
            block.Remove();
        }

        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.Save(writer);
        }

        return output.ToArray();
    }

    /// <summary>UTF-8 of <paramref name="text"/>, except that <c>{0xNN 0xNN}</c> stands for those bytes as they are.</summary>
    private static byte[] Utf8(string text)
    {
        var bytes = new List<byte>();
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var open = rest.IndexOf("{0x", StringComparison.Ordinal);
            var plain = open < 0 ? rest : rest[..open];
            bytes.AddRange(Encoding.UTF8.GetBytes(plain.ToString()));
            if (open < 0)
            {
                break;
            }

            var close = rest[open..].IndexOf('}') + open;
            foreach (var hex in rest[(open + 1)..close].ToString().Split(' '))
            {
                bytes.Add(byte.Parse(hex.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
            }

            rest = rest[(close + 1)..];
        }

        return [.. bytes];
    }

    /// <summary>The bytes as UTF-8 text where they are printable characters, and as <c>\n</c>, <c>\r</c>,
    /// <c>\t</c>, <c>\\</c> or <c>\xNN</c> elsewhere (malformed UTF-8 and controls included).</summary>
    private static string Escape(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status == OperationStatus.Done && rune.Value is >= 0x20 and not 0x7F and not '\\' and not (>= 0x80 and < 0xA0) and not 0xFEFF and not 0xFFFE and not 0xFFFF)
            {
                text.Append(rune.ToString());
            }
            else
            {
                foreach (var b in rest[..consumed])
                {
                    text.Append(b switch
                    {
                        (byte)'\n' => "\\n",
                        (byte)'\r' => "\\r",
                        (byte)'\t' => "\\t",
                        (byte)'\\' => "\\\\",
                        _ => $"\\x{b:X2}",
                    });
                }
            }

            rest = rest[consumed..];
        }

        return text.ToString();
    }

    private sealed record Seed(string Name, byte[] Bytes);

    /// <summary>One change to the bytes. <see cref="At"/>, <see cref="A"/> and <see cref="B"/> are taken modulo
    /// whatever they index when the mutation is applied, so a mutation fits bytes of any length.</summary>
    private sealed record Mutation(MutationKind Kind, int At, int A, int B)
    {
        /// <summary>The bytes changed, and the change as text, with the offsets it took.</summary>
        public (byte[] Bytes, string Change) Apply(byte[] bytes)
        {
            var length = bytes.Length;
            switch (Kind)
            {
                case MutationKind.Delete when length > 0:
                    var start = Math.Min(Offset(At, length), length - 1);
                    var count = Math.Min(1 + (A % 4), length - start);
                    return (Splice(bytes, start, count, []), $"delete \"{Escape(bytes.AsSpan(start, count))}\" at {start}");
                case MutationKind.Insert:
                    var at = Offset(At, length);
                    var insertion = Insertions[A % Insertions.Length];
                    return (Splice(bytes, at, 0, insertion), $"insert \"{Escape(insertion)}\" at {at}");
                case MutationKind.Duplicate when length > 0:
                    var (from, size) = A % 2 == 0 ? MarkupUnit(bytes, At % length) : (At % length, 1 + (A / 2 % 12));
                    size = Math.Min(size, length - from);
                    var to = B % 2 == 0 ? from + size : Offset(B / 2, length);
                    return (Splice(bytes, to, 0, bytes.AsSpan(from, size)), $"copy \"{Escape(bytes.AsSpan(from, size))}\" from {from} to {to}");
                case MutationKind.Swap when length > 1:
                    var i = At % length;
                    var j = A % 3 == 0 ? B % length : Math.Min(length - 1, i + 1 + (B % 4));
                    var swapped = (byte[])bytes.Clone();
                    (swapped[i], swapped[j]) = (swapped[j], swapped[i]);
                    return (swapped, $"swap bytes {i} and {j}");
                case MutationKind.ReplaceNameCharacter when length > 0:
                    var first = At % length;
                    var n = bytes.AsSpan(first).IndexOfAny(NameBytes) is var after and >= 0 ? first + after : bytes.AsSpan().IndexOfAny(NameBytes);
                    if (n < 0)
                    {
                        break;
                    }

                    var replacement = NameReplacements[A % NameReplacements.Length];
                    return (Splice(bytes, n, 1, replacement), $"replace \"{(char)bytes[n]}\" at {n} with \"{Escape(replacement)}\"");
            }

            return (bytes, $"{Kind} (nothing to change)");
        }

        /// <summary>A copy of <paramref name="bytes"/> with <paramref name="count"/> bytes at <paramref name="at"/>
        /// replaced by <paramref name="insert"/>.</summary>
        private static byte[] Splice(byte[] bytes, int at, int count, ReadOnlySpan<byte> insert)
        {
            var result = new byte[bytes.Length - count + insert.Length];
            bytes.AsSpan(0, at).CopyTo(result);
            insert.CopyTo(result.AsSpan(at));
            bytes.AsSpan(at + count).CopyTo(result.AsSpan(at + insert.Length));
            return result;
        }

        /// <summary>An offset in (or at the end of) bytes of <paramref name="length"/>: often within the first or the
        /// last few bytes, where the prolog and what follows the root are, otherwise anywhere.</summary>
        private static int Offset(int at, int length) => (at % 8) switch
        {
            0 => Math.Max(0, length - (at / 8 % 8)),
            1 => Math.Min(length, at / 8 % 8),
            _ => at % (length + 1),
        };

        /// <summary>From the first space or <c>&lt;</c> at or after <paramref name="at"/> to the next space,
        /// <c>&gt;</c>, <c>/</c> or <c>&lt;</c>: an attribute or a tag's opening, so that copying it just after itself
        /// repeats an attribute or a namespace declaration.</summary>
        private static (int Start, int Length) MarkupUnit(byte[] bytes, int at)
        {
            var start = bytes.AsSpan(at).IndexOfAny((byte)' ', (byte)'<');
            if (start < 0)
            {
                return (at, 1);
            }

            start += at;
            var end = bytes.AsSpan(start + 1).IndexOfAny(UnitEnds);
            return (start, end < 0 ? bytes.Length - start : end + 1);
        }
    }

    private sealed record Case(Seed Seed, Mutation[] Mutations)
    {
        public byte[] Apply() => Mutations.Aggregate(Seed.Bytes, (bytes, m) => m.Apply(bytes).Bytes);

        /// <summary>The seed, each change and the bytes at the end, as UTF-8 where they are printable characters and
        /// as <c>\xNN</c> elsewhere.</summary>
        public override string ToString()
        {
            var bytes = Seed.Bytes;
            var changes = new List<string>();
            foreach (var mutation in Mutations)
            {
                (bytes, var change) = mutation.Apply(bytes);
                changes.Add(change);
            }

            return $"{Seed.Name}; {string.Join("; ", changes)}:\n{Escape(bytes)}";
        }
    }
}
