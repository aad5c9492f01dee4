using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace ContractDocs.Intake;

/// <summary>One of PdfPig's stream filters, decoding only through <see cref="BudgetedFilterProvider"/>.</summary>
internal sealed class BudgetedFilter : IFilter
{
    private readonly IFilter _inner;
    private readonly BudgetedFilterProvider _provider;

    public BudgetedFilter(IFilter inner, BudgetedFilterProvider provider)
    {
        _inner = inner;
        _provider = provider;
    }

    public bool IsSupported => _inner.IsSupported;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex) =>
        _provider.Decode(_inner, input, streamDictionary, filterIndex);
}
