using System.IO.Compression;
using System.Xml;

namespace ContractDocs.Intake;

/// <summary>
/// The entries of an uploaded zip by part name, checked for count, declared size and duplicates up front, and
/// read only through one <see cref="InflationBudget"/>. Not thread-safe: one per inspection.
/// </summary>
internal sealed class ZipParts
{
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(PartNames.Comparer);
    private readonly InflationBudget _budget;
    private readonly IntakeLimits _limits;

    /// <exception cref="IntakeRefusedException">Empty, too many entries, declared too large, or duplicate names.</exception>
    public ZipParts(ZipArchive archive, IntakeLimits limits)
    {
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

        long declared = 0;
        foreach (var entry in entries)
        {
            declared += entry.Length;
            if (declared > limits.MaxInflatedBytes)
            {
                throw InflationBudget.Refusal(limits.MaxInflatedBytes, DocumentKind.Docx);
            }

            if (entry.FullName.EndsWith('/') && entry.Length == 0)
            {
                continue;
            }

            if (!_entries.TryAdd(PartNames.FromEntry(entry.FullName), entry))
            {
                throw DocxInspector.Corrupt(
                    $"The document holds the part {PrintableText.Quote(entry.FullName)} twice, so readers may disagree about its content; save it again from Word and upload it.");
            }
        }
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

        using var stream = new BudgetStream(entry.Open(), _budget);
        XmlPartReader.Read(stream, partName, _limits.MaxCharactersInPart, visit);
        return true;
    }

    /// <summary>Inflates a non-XML part through the budget, keeping nothing.</summary>
    public void Drain(string partName)
    {
        using var stream = new BudgetStream(_entries[partName].Open(), _budget);
        stream.CopyTo(Stream.Null);
    }
}
