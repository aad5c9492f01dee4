using System.IO.Compression;
using System.Text;
using ContractDocs.Rendering;
using CsCheck;

namespace ContractDocs.Tests.Rendering;

/// <summary>The renderer's pooled writer hands a deflate stream the same bytes, in the same pieces, as the
/// <see cref="StreamWriter"/> it replaced: deflate's output depends on the pieces, and a document's bytes must not
/// change from one build to the next.</summary>
public sealed class PooledUtf8WriterTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Pieces of text that cross the 8 K buffer in every way: long and short, with characters of one to four
    /// UTF-8 bytes and surrogate pairs (and lone surrogates) that may fall either side of a buffer's end.</summary>
    private static readonly Gen<string[]> Pieces = Gen.Select(
        Gen.Int[0, 9000],
        Gen.Int[0, 5],
        (length, kind) => kind switch
        {
            0 => new string('a', length),
            1 => string.Concat(Enumerable.Repeat("é€", length / 2)),
            2 => string.Concat(Enumerable.Repeat("x😀", length / 3)),
            3 => "\uD83D",
            4 => "\uDE00<w:t xml:space=\"preserve\">",
            _ => string.Concat(Enumerable.Repeat("<w:r><w:t>word</w:t></w:r>", length / 26)),
        }).Array[0, 12];

    [Fact]
    public void Write_AnyText_GivesTheStreamWritersDeflatedBytes()
    {
        Pieces.Sample(
            pieces => Deflated(stream => new StreamWriter(stream, Utf8, bufferSize: 8 * 1024), pieces)
                .AsSpan().SequenceEqual(Deflated(stream => new PooledUtf8Writer(stream), pieces)),
            iter: 200,
            print: pieces => string.Join(" + ", pieces.Select(p => p.Length)));
    }

    [Fact]
    public void Write_TheStandardPieces_GivesTheUtf8Text()
    {
        using var output = new MemoryStream();
        using (var writer = new PooledUtf8Writer(output))
        {
            writer.Write("<w:t>");
            writer.Write('é');
            writer.Write("😀".ToCharArray(), 0, 2);
            writer.Write("</w:t>".AsSpan());
        }

        Assert.Equal("<w:t>é😀</w:t>", Encoding.UTF8.GetString(output.ToArray()));
    }

    private static byte[] Deflated(Func<Stream, TextWriter> open, string[] pieces)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = open(zip.CreateEntry("part.xml", CompressionLevel.Fastest).Open());
            foreach (var piece in pieces)
            {
                writer.Write(piece);
            }
        }

        return output.ToArray();
    }
}
