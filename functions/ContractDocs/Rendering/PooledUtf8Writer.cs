using System.Buffers;
using System.Text;

namespace ContractDocs.Rendering;

/// <summary>
/// A UTF-8 text writer over a stream whose character and byte buffers come from the shared array pool and go back to
/// it on dispose, so writing a part allocates no buffers (a <see cref="StreamWriter"/> makes 40 KB of them for each
/// part it writes). It hands the stream the bytes a <see cref="StreamWriter"/> with an 8 K buffer would, in the same
/// pieces and with the same flush before closing: deflate's output depends on both, and a document's bytes must not
/// change. Disposing it flushes it and disposes the stream. Not thread-safe.
/// </summary>
internal sealed class PooledUtf8Writer : TextWriter
{
    private const int Chars = 8 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _stream;
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private char[]? _chars = ArrayPool<char>.Shared.Rent(Chars);
    private byte[]? _bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(Chars));
    private int _count;

    public PooledUtf8Writer(Stream stream)
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
        _stream = stream;
    }

    public override Encoding Encoding => Utf8;

    public override void Write(char value)
    {
        if (_count == _chars!.Length)
        {
            Drain(flush: false);
        }

        _chars[_count++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_count == _chars!.Length)
            {
                Drain(flush: false);
            }

            var take = Math.Min(buffer.Length, _chars.Length - _count);
            buffer[..take].CopyTo(_chars.AsSpan(_count));
            _count += take;
            buffer = buffer[take..];
        }
    }

    public override void Flush()
    {
        Drain(flush: false);
        _stream.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _chars is not null)
        {
            try
            {
                Drain(flush: true);
                _stream.Flush();
                _stream.Dispose();
            }
            finally
            {
                ArrayPool<char>.Shared.Return(_chars);
                ArrayPool<byte>.Shared.Return(_bytes!);
                _chars = null;
                _bytes = null;
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>Encodes the buffered characters and writes them; a high surrogate at the end waits in the encoder for
    /// its pair unless <paramref name="flush"/>.</summary>
    private void Drain(bool flush)
    {
        var length = _encoder.GetBytes(_chars.AsSpan(0, _count), _bytes, flush);
        _stream.Write(_bytes!, 0, length);
        _count = 0;
    }
}
