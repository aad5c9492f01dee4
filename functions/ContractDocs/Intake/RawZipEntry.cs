namespace ContractDocs.Intake;

/// <summary>One central-directory record as written in the file: the compression method, the sizes it declares
/// (which can lie) and where its compressed data lies.</summary>
internal sealed record RawZipEntry(ushort Flags, ushort Method, long CompressedSize, long DeclaredSize, long DataStart);
