using System.IO.Compression;
using System.Xml;

namespace ContractDocs.Intake;

/// <summary>
/// The entries of an uploaded zip by part name, listed by <see cref="ZipArchive"/> and checked for count,
/// declared size, part names as stored (<see cref="PartNameRules"/>) and duplicates up front. Each part is inflated from its own compressed bytes (see
/// <see cref="RawZipDirectory"/>) through one <see cref="InflationBudget"/>, and must hold exactly the size it
/// declares. Not thread-safe: one per inspection.
/// </summary>
internal sealed class ZipParts
{
    private readonly Dictionary<string, RawZipEntry> _entries = new(PartNames.Comparer);
    private readonly byte[] _zip;
    private readonly InflationBudget _budget;
    private readonly IntakeLimits _limits;

    /// <exception cref="IntakeRefusedException">Empty, too many entries, declared too large, a name that is not a
    /// valid part name (<see cref="PartNameRules"/>), or duplicate names.</exception>
    /// <exception cref="InvalidDataException">The zip's own directory disagrees with what ZipArchive read.</exception>
    public ZipParts(byte[] zip, ZipArchive archive, IntakeLimits limits)
    {
        _zip = zip;
        _limits = limits;
        _budget = new InflationBudget(limits.MaxInflatedBytes, DocumentKind.Docx);
        var entries = archive.Entries;
        if (entries.Count == 0)
        {
            throw DocxInspector.Corrupt("The file is an empty zip archive with no document in it; upload the signed .docx itself.");
        }

        if (entries.Count > limits.MaxEntries)
        {
            throw new IntakeRefusedException(IntakeCodes.ZipBomb,
                $"The document has {entries.Count:N0} parts; the limit is {limits.MaxEntries:N0}. Save it again from Word (which drops stray parts) and upload it.");
        }

        var raw = RawZipDirectory.Read(zip);
        if (raw.Count != entries.Count)
        {
            throw new InvalidDataException("The central directory holds a different number of entries.");
        }

        long declared = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var isFolder = raw[i].Name.EndsWith('/') && entry.Length == 0;
            PartNameRules.Check(raw[i], isFolder);
            if (raw[i].DeclaredSize != entry.Length || raw[i].CompressedSize != entry.CompressedLength
                || !string.Equals(raw[i].Name, entry.FullName, StringComparison.Ordinal))
            {
                throw new InvalidDataException("The central directory was read two different ways.");
            }

            declared += entry.Length;
            if (declared > limits.MaxInflatedBytes)
            {
                throw InflationBudget.Refusal(limits.MaxInflatedBytes, DocumentKind.Docx);
            }

            if (isFolder)
            {
                continue;
            }

            var partName = PartNames.FromEntry(raw[i].Name);
            if (!_entries.TryAdd(partName, raw[i]))
            {
                var first = _entries.Keys.First(k => PartNames.Comparer.Equals(k, partName));
                throw string.Equals(first, partName, StringComparison.Ordinal)
                    ? DocxInspector.Corrupt($"The document holds the part {PrintableText.Quote(entry.FullName)} twice, so readers may disagree about its content; save it again from Word and upload it.")
                    : PartNameRules.CaseTwins(first, partName);
            }
        }

        PartNameRules.CheckNoPartBelowAnother(_entries.Keys);
    }

    public IEnumerable<string> Names => _entries.Keys;

    public bool Contains(string partName) => _entries.ContainsKey(partName);

    /// <summary>Reads an XML part through the budget and the safe reader; false if there is no such part.</summary>
    public bool TryReadXml(string partName, Action<XmlReader> visit)
    {
        if (!_entries.TryGetValue(partName, out var entry))
        {
            return false;
        }

        using var stream = new BudgetStream(RawZipDirectory.Open(_zip, entry), _budget);
        XmlPartReader.Read(stream, partName, _limits.MaxCharactersInPart, visit);
        CheckSize(partName, entry, stream);
        return true;
    }

    /// <summary>Inflates a non-XML part through the budget, keeping nothing.</summary>
    public void Drain(string partName)
    {
        var entry = _entries[partName];
        using var stream = new BudgetStream(RawZipDirectory.Open(_zip, entry), _budget);
        CheckSize(partName, entry, stream);
    }

    /// <summary>Reads what is left and requires the part to hold exactly what it declares.</summary>
    private static void CheckSize(string partName, RawZipEntry entry, BudgetStream stream)
    {
        stream.CopyTo(Stream.Null);
        if (stream.Count != entry.DeclaredSize)
        {
            throw DocxInspector.Corrupt(
                $"The part {PrintableText.Quote(partName)} declares {entry.DeclaredSize:N0} bytes but holds {stream.Count:N0}, so readers may disagree about its content; save the document again from Word and upload it.");
        }
    }
}
