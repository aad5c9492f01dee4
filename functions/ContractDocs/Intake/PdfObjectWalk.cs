using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ContractDocs.Intake;

/// <summary>
/// Visits every dictionary reachable from the roots it is given (the catalog, and every object the
/// cross-reference table lists, reachable or not), following indirect references once each, and applies
/// <see cref="PdfActionRules"/> to each. Stream dictionaries are visited; stream data is never decoded. Work is
/// bounded: at most <c>maxObjects</c> dictionaries, arrays and newly resolved indirect objects (a reference
/// already followed costs one lookup), with no recursion, so neither depth nor reference loops can make it run
/// long. Not thread-safe: one per inspection.
/// </summary>
internal sealed class PdfObjectWalk
{
    private readonly IPdfTokenScanner _scanner;
    private readonly int _maxObjects;
    private readonly HashSet<IndirectReference> _seen = [];
    private readonly Stack<IToken> _pending = new();
    private int _visited;

    public PdfObjectWalk(IPdfTokenScanner scanner, int maxObjects)
    {
        _scanner = scanner;
        _maxObjects = maxObjects;
    }

    /// <exception cref="IntakeRefusedException">Active content, or more objects than the limit.</exception>
    public void Run(IToken root, IEnumerable<IndirectReference> objects)
    {
        Drain(root);
        foreach (var reference in objects)
        {
            if (!_seen.Contains(reference))
            {
                Drain(new IndirectReferenceToken(reference));
            }
        }
    }

    /// <summary>The object behind an indirect reference (null when there is none); any other token as it is.</summary>
    public IToken? Resolve(IToken token)
    {
        for (var hops = 0; token is IndirectReferenceToken reference; hops++)
        {
            if (hops == 8 || _scanner.Get(reference.Data)?.Data is not { } target)
            {
                return null;
            }

            token = target;
        }

        return token;
    }

    /// <summary>Visits <paramref name="start"/> and everything not yet seen below it.</summary>
    private void Drain(IToken start)
    {
        _pending.Push(start);
        while (_pending.TryPop(out var token))
        {
            Visit(token);
        }
    }

    private void Visit(IToken token)
    {
        if (token is IndirectReferenceToken known && _seen.Contains(known.Data))
        {
            return;
        }

        if (++_visited > _maxObjects)
        {
            throw new IntakeRefusedException(IntakeCodes.ZipBomb,
                $"The PDF has more than {_maxObjects:N0} objects, too many to check; print it to a new PDF (which drops unused objects) and upload that.",
                DocumentKind.Pdf);
        }

        switch (token)
        {
            case IndirectReferenceToken reference when _seen.Add(reference.Data) && _scanner.Get(reference.Data)?.Data is { } target:
                _pending.Push(target);
                break;
            case StreamToken stream:
                _pending.Push(stream.StreamDictionary);
                break;
            case ArrayToken array:
                PushContainers(array.Data);
                break;
            case DictionaryToken dictionary:
                PdfActionRules.Check(dictionary, Resolve);
                PushContainers(dictionary.Data.Values);
                break;
        }
    }

    private void PushContainers(IEnumerable<IToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (token is IndirectReferenceToken or DictionaryToken or ArrayToken or StreamToken)
            {
                _pending.Push(token);
            }
        }
    }
}
