using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ContractDocs.Tests.Intake;

/// <summary>Raw zip surgery for hostile packages: sizes that lie, names no zip writer would store, and zips that
/// are not Word documents.</summary>
internal static class ZipBytes
{
    private const uint LocalHeader = 0x04034b50;
    private const uint CentralHeader = 0x02014b50;

    /// <summary>Rewrites the uncompressed size <paramref name="entryName"/> declares, in both its local header
    /// and the central directory, leaving the compressed data alone.</summary>
    public static byte[] WithDeclaredSize(byte[] zip, string entryName, uint size)
    {
        var copy = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 < copy.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(i));
            var (nameAt, sizeAt) = signature switch
            {
                LocalHeader => (i + 30, i + 22),
                CentralHeader => (i + 46, i + 24),
                _ => (-1, -1),
            };
            if (nameAt >= 0 && nameAt + name.Length <= copy.Length && copy.AsSpan(nameAt, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(sizeAt), size);
                patched++;
            }
        }

        return patched == 2 ? copy : throw new InvalidOperationException($"{entryName} patched {patched} times");
    }

    /// <summary>Renames an entry in its local header only (same length), so a reader that walks local headers
    /// sees a different part than one that reads the central directory.</summary>
    public static byte[] WithLocalName(byte[] zip, string entryName, string localName)
    {
        var copy = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        if (Encoding.UTF8.GetByteCount(localName) != name.Length)
        {
            throw new ArgumentException("The local name must be as long as the entry name.", nameof(localName));
        }

        for (var i = 0; i + 30 + name.Length < copy.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(i)) == LocalHeader && copy.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                Encoding.UTF8.GetBytes(localName).CopyTo(copy, i + 30);
                return copy;
            }
        }

        throw new InvalidOperationException($"{entryName} has no local header");
    }

    /// <summary>Replaces the stored name of <paramref name="entryName"/> with <paramref name="rawName"/> (the same
    /// number of bytes) in its local header and the central directory, and sets or clears the entry's UTF-8
    /// language-encoding flag: for names that <see cref="ZipArchive"/> would never write.</summary>
    public static byte[] WithRawName(byte[] zip, string entryName, byte[] rawName, bool utf8Flag)
    {
        var copy = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        if (rawName.Length != name.Length)
        {
            throw new ArgumentException("The raw name must be as long as the entry name.", nameof(rawName));
        }

        var patched = 0;
        for (var i = 0; i + 46 < copy.Length; i++)
        {
            var (nameAt, flagsAt) = BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(i)) switch
            {
                LocalHeader => (i + 30, i + 6),
                CentralHeader => (i + 46, i + 8),
                _ => (-1, -1),
            };
            if (nameAt >= 0 && nameAt + name.Length <= copy.Length && copy.AsSpan(nameAt, name.Length).SequenceEqual(name))
            {
                rawName.CopyTo(copy, nameAt);
                var flags = BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(flagsAt));
                BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(flagsAt), (ushort)(utf8Flag ? flags | 0x0800 : flags & ~0x0800));
                patched++;
            }
        }

        return patched == 2 ? copy : throw new InvalidOperationException($"{entryName} patched {patched} times");
    }

    /// <summary>The same entries, in the same order, with <paramref name="entryName"/>'s content replaced.</summary>
    public static byte[] WithContent(byte[] zip, string entryName, string content)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var found = false;
            foreach (var entry in input.Entries)
            {
                using var target = copy.CreateEntry(entry.FullName).Open();
                if (entry.FullName == entryName)
                {
                    target.Write(Encoding.UTF8.GetBytes(content));
                    found = true;
                }
                else
                {
                    using var source = entry.Open();
                    source.CopyTo(target);
                }
            }

            if (!found)
            {
                throw new InvalidOperationException($"{entryName} is not in the zip");
            }
        }

        return output.ToArray();
    }

    /// <summary>Rewrites the entry count the end-of-central-directory record declares (both fields).</summary>
    public static byte[] WithDeclaredEntryCount(byte[] zip, ushort count)
    {
        var copy = (byte[])zip.Clone();
        var end = copy.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(end + 8), count);
        BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(end + 10), count);
        return copy;
    }

    /// <summary>A zip of the given entries, each the given text.</summary>
    public static byte[] Of(params (string Name, string Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return output.ToArray();
    }
}
