namespace ContractDocs.Intake;

/// <summary>One central-directory record as written in the file: the entry name as stored, the compression
/// method, the sizes it declares (which can lie) and where its compressed data lies. <see cref="Name"/> is decoded
/// as UTF-8 when the entry's language-encoding flag says so, or is plain ASCII; otherwise
/// <see cref="NameEncodingUnclear"/> is true (readers decode such bytes differently, as code page 437 or UTF-8)
/// and <see cref="Name"/> is a Latin-1 rendering, only for quoting.</summary>
internal sealed record RawZipEntry(string Name, bool NameEncodingUnclear, ushort Flags, ushort Method, long CompressedSize,
    long DeclaredSize, long DataStart);
