using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ContractDocs.Intake;

/// <summary>
/// Reads the central directory of a zip already accepted by <see cref="ZipArchive"/>, to reach each entry's
/// compressed bytes and inflate them without trusting the declared size (ZipArchive stops at the declared size,
/// so a part that holds more than it declares would go unseen and uncounted). Records come in the same order as
/// <see cref="ZipArchive.Entries"/>.
/// </summary>
internal static class RawZipDirectory
{
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const uint CentralSignature = 0x02014b50;
    private const uint LocalSignature = 0x04034b50;
    private const ushort Utf8NameFlag = 0x0800;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="InvalidDataException">The directory or a local header is inconsistent.</exception>
    public static List<RawZipEntry> Read(ReadOnlySpan<byte> zip)
    {
        var end = zip[Math.Max(0, zip.Length - 65_557)..].LastIndexOf("PK\u0005\u0006"u8);
        if (end < 0)
        {
            throw new InvalidDataException("No end of central directory.");
        }

        end += Math.Max(0, zip.Length - 65_557);
        long count = U16(zip, end + 10);
        long offset = U32(zip, end + 16);
        if ((count == 0xFFFF || offset == 0xFFFFFFFF) && end >= 20 && U32(zip, end - 20) == Zip64LocatorSignature)
        {
            var zip64End = Checked(U64(zip, end - 12), zip.Length);
            Expect(zip, zip64End, Zip64EndSignature);
            count = (long)U64(zip, zip64End + 32);
            offset = (long)U64(zip, zip64End + 48);
        }

        if (count > zip.Length / 46)
        {
            throw new InvalidDataException("More directory records than the file can hold.");
        }

        var entries = new List<RawZipEntry>((int)count);
        var at = Checked((ulong)offset, zip.Length);
        for (var i = 0; i < count; i++)
        {
            Expect(zip, at, CentralSignature);
            var nameLength = U16(zip, at + 28);
            var extraLength = U16(zip, at + 30);
            var name = Slice(zip, at + 46, nameLength);
            var extra = Slice(zip, at + 46 + nameLength, extraLength);
            long compressed = U32(zip, at + 20);
            long declared = U32(zip, at + 24);
            long local = U32(zip, at + 42);
            ReadZip64(extra, ref declared, ref compressed, ref local);
            var flags = U16(zip, at + 8);
            var (text, unclear) = DecodeName(name, flags);
            entries.Add(new RawZipEntry(text, unclear, flags, U16(zip, at + 10), compressed, declared, DataStart(zip, local, name, compressed)));
            at += 46 + nameLength + extraLength + U16(zip, at + 32);
        }

        return entries;
    }

    /// <summary>A stream of the entry's real content, inflated from its compressed bytes for as long as they last.</summary>
    /// <exception cref="InvalidDataException">Encrypted, or a compression method Word does not use.</exception>
    public static Stream Open(byte[] zip, RawZipEntry entry)
    {
        if ((entry.Flags & 1) != 0)
        {
            throw new InvalidDataException("Encrypted entry.");
        }

        var compressed = new MemoryStream(zip, (int)entry.DataStart, (int)entry.CompressedSize, writable: false);
        return entry.Method switch
        {
            0 => compressed,
            8 => new DeflateStream(compressed, CompressionMode.Decompress),
            _ => throw new InvalidDataException($"Compression method {entry.Method}."),
        };
    }

    /// <summary>The name as stored: UTF-8 when flagged so, ASCII when it is; anything else is unclear.</summary>
    private static (string Name, bool Unclear) DecodeName(ReadOnlySpan<byte> name, ushort flags)
    {
        if ((flags & Utf8NameFlag) != 0)
        {
            try
            {
                return (StrictUtf8.GetString(name), false);
            }
            catch (DecoderFallbackException)
            {
                return (Encoding.Latin1.GetString(name), true);
            }
        }

        return Ascii.IsValid(name) ? (Encoding.ASCII.GetString(name), false) : (Encoding.Latin1.GetString(name), true);
    }

    /// <summary>Checks the local header names the same entry, and finds where its data starts.</summary>
    private static long DataStart(ReadOnlySpan<byte> zip, long local, ReadOnlySpan<byte> name, long compressed)
    {
        var at = Checked((ulong)local, zip.Length);
        Expect(zip, at, LocalSignature);
        var nameLength = U16(zip, at + 26);
        if (!Slice(zip, at + 30, nameLength).SequenceEqual(name))
        {
            throw new InvalidDataException("A local header names a different entry than the central directory.");
        }

        var start = at + 30 + nameLength + U16(zip, at + 28);
        return compressed < 0 || start + compressed > zip.Length ? throw new InvalidDataException("Entry data past the end.") : start;
    }

    /// <summary>Applies a Zip64 extended-information field: values are present, in order, only for the
    /// fields whose 32-bit value is 0xFFFFFFFF.</summary>
    private static void ReadZip64(ReadOnlySpan<byte> extra, ref long declared, ref long compressed, ref long local)
    {
        while (extra.Length >= 4)
        {
            var size = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            var data = extra[4..Math.Min(extra.Length, 4 + size)];
            if (BinaryPrimitives.ReadUInt16LittleEndian(extra) == 1)
            {
                var position = 0;
                Take(data, ref position, ref declared);
                Take(data, ref position, ref compressed);
                Take(data, ref position, ref local);
                return;
            }

            extra = extra[Math.Min(extra.Length, 4 + size)..];
        }
    }

    private static void Take(ReadOnlySpan<byte> data, ref int position, ref long value)
    {
        if (value == 0xFFFFFFFF && position + 8 <= data.Length)
        {
            value = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(data[position..]), long.MaxValue);
            position += 8;
        }
    }

    private static void Expect(ReadOnlySpan<byte> zip, int at, uint signature)
    {
        if (U32(zip, at) != signature)
        {
            throw new InvalidDataException("Zip record signature mismatch.");
        }
    }

    private static int Checked(ulong offset, int length) =>
        offset < (ulong)length ? (int)offset : throw new InvalidDataException("Zip offset past the end.");

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> zip, long at, int length) =>
        at + length <= zip.Length ? zip.Slice((int)at, length) : throw new InvalidDataException("Zip record past the end.");

    private static ushort U16(ReadOnlySpan<byte> zip, long at) => BinaryPrimitives.ReadUInt16LittleEndian(Slice(zip, at, 2));

    private static uint U32(ReadOnlySpan<byte> zip, long at) => BinaryPrimitives.ReadUInt32LittleEndian(Slice(zip, at, 4));

    private static ulong U64(ReadOnlySpan<byte> zip, long at) => BinaryPrimitives.ReadUInt64LittleEndian(Slice(zip, at, 8));
}
