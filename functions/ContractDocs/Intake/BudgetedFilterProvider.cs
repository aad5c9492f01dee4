using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace ContractDocs.Intake;

/// <summary>
/// PdfPig's filters behind an <see cref="InflationBudget"/>, for the structure pass, which decodes only what
/// PdfPig needs to find objects: cross-reference streams and object streams. Flate is inflated once first just
/// to count (stopping at the limit) before PdfPig inflates it; the ASCII filters only shrink their input; any
/// other filter there (LZW, run-length, image codecs) is refused rather than decoded unbounded. The first refusal
/// is kept in <see cref="Refusal"/>, because lenient parsing may catch the exception and carry on without the
/// object. Not thread-safe: one per inspection.
/// </summary>
internal sealed class BudgetedFilterProvider : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private readonly InflationBudget _budget;

    public BudgetedFilterProvider(InflationBudget budget) => _budget = budget;

    /// <summary>The first refusal raised while decoding, even if PdfPig swallowed it.</summary>
    public IntakeRefusedException? Refusal { get; private set; }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    /// <exception cref="IntakeRefusedException">Over the budget, or a filter this pass does not run.</exception>
    internal Memory<byte> Decode(IFilter inner, Memory<byte> input, DictionaryToken streamDictionary, int filterIndex)
    {
        try
        {
            switch (inner)
            {
                case FlateFilter:
                    var counted = CountInflated(input.Span);
                    var inflated = inner.Decode(input, streamDictionary, this, filterIndex);
                    _budget.Consume(Math.Max(0, inflated.Length - counted));
                    return inflated;
                case AsciiHexDecodeFilter or Ascii85Filter:
                    var decoded = inner.Decode(input, streamDictionary, this, filterIndex);
                    _budget.Consume(decoded.Length);
                    return decoded;
                default:
                    throw new IntakeRefusedException(IntakeCodes.PdfUnreadable,
                        $"The PDF keeps part of its structure in a stream compressed with {PrintableText.Quote(inner.GetType().Name.Replace("Filter", "", StringComparison.Ordinal), 40)}, which cannot be checked safely for scripts and actions; print it to a new PDF and upload that.",
                        DocumentKind.Pdf);
            }
        }
        catch (IntakeRefusedException refusal)
        {
            Refusal ??= refusal;
            throw;
        }
    }

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => new BudgetedFilter(f, this))];

    /// <summary>Inflates zlib (or, failing that, raw deflate) data into nothing, charging the budget as it goes;
    /// returns the bytes counted, up to where the data broke off.</summary>
    private int CountInflated(ReadOnlySpan<byte> compressed)
    {
        var copy = compressed.ToArray();
        var zlib = Count(copy, raw: false);
        return zlib.Complete ? zlib.Count : Math.Max(zlib.Count, Count(copy, raw: true).Count);
    }

    private (int Count, bool Complete) Count(byte[] compressed, bool raw)
    {
        using var input = new MemoryStream(compressed, writable: false);
        using Stream inflater = raw ? new DeflateStream(input, CompressionMode.Decompress) : new ZLibStream(input, CompressionMode.Decompress);
        var buffer = new byte[81920];
        var total = 0;
        try
        {
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                _budget.Consume(read);
                total += read;
            }
        }
        catch (InvalidDataException)
        {
            return (total, false);
        }

        return (total, true);
    }
}
