using System.Collections.Immutable;
using ContractDocs.Library;

namespace ContractDocs.Tests.Rendering.CommonMark;

/// <summary>What became of one corpus example: refused by the linter (its problems), or generated, with anything that
/// went wrong on the way (a crash, a part that is not well-formed XML, validator errors, words missing from the
/// document's text or from LibreOffice's rendering of it).</summary>
public sealed class CorpusOutcome
{
    public CorpusOutcome(SpecExample example, ImmutableArray<LibraryProblem> refusals)
    {
        Example = example;
        Refusals = refusals;
    }

    public SpecExample Example { get; }

    public ImmutableArray<LibraryProblem> Refusals { get; }

    public bool Refused => !Refusals.IsEmpty;

    /// <summary>The exception generating the example's own contract threw, if any.</summary>
    public string? Crash { get; set; }

    /// <summary>The first part of the example's own contract that is not well-formed XML, and why.</summary>
    public string? Unreadable { get; set; }

    /// <summary>Words of the example missing from the Word text of its own contract.</summary>
    public List<string> MissingInDocument { get; set; } = [];

    /// <summary>How the document's numbered paragraphs differ from the example's lists, if they do.</summary>
    public string? ListStructure { get; set; }

    /// <summary>Open XML validator errors inside the example's clause in the batched contract.</summary>
    public List<string> ValidatorErrors { get; } = [];

    /// <summary>Words missing from the example's section of LibreOffice's text of the batched contract; null until
    /// converted.</summary>
    public List<string>? MissingInLibreOffice { get; set; }

    public string Failures => string.Join("\n", new[]
    {
        Crash is null ? null : "crash: " + Crash,
        Unreadable is null ? null : "unreadable: " + Unreadable,
        MissingInDocument.Count == 0 ? null : "words missing from the document: " + string.Join(", ", MissingInDocument),
        ListStructure is null ? null : "lists: " + ListStructure,
        ValidatorErrors.Count == 0 ? null : "validator: " + string.Join(" | ", ValidatorErrors),
        MissingInLibreOffice is null or { Count: 0 } ? null : "words missing from LibreOffice's rendering: " + string.Join(", ", MissingInLibreOffice),
    }.Where(f => f is not null));
}
