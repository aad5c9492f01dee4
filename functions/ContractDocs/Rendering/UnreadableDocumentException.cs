namespace ContractDocs.Rendering;

/// <summary>
/// A generated document failed the check every package passes before it is stored or returned: one of its parts is
/// not well-formed XML (or uses an undeclared prefix, or holds a character XML forbids), so Word could not open it.
/// Nothing was written: the renderer empties its output. <see cref="Clause"/> names the clause whose text produced
/// the bad XML (id@version), or is null when the fault lies outside every clause.
/// </summary>
public sealed class UnreadableDocumentException : Exception
{
    public UnreadableDocumentException(string part, string? clause, string detail, Exception? inner = null)
        : base(Describe(part, clause, detail), inner)
    {
        Part = part;
        Clause = clause;
    }

    public UnreadableDocumentException()
        : this("word/document.xml", null, "unknown fault")
    {
    }

    public UnreadableDocumentException(string message)
        : base(message)
    {
        Part = string.Empty;
    }

    public UnreadableDocumentException(string message, Exception inner)
        : base(message, inner)
    {
        Part = string.Empty;
    }

    /// <summary>The package part at fault, e.g. <c>word/document.xml</c>.</summary>
    public string Part { get; }

    /// <summary>The clause (id@version) whose text produced the fault, or null.</summary>
    public string? Clause { get; }

    private static string Describe(string part, string? clause, string detail)
    {
        // The reader's message quotes the offending character itself; a control character would garble a log or a terminal.
        detail = string.Concat(detail.Select(c => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString()));
        return (clause is null ? $"The contract could not be built: its {part} is not XML Word can open" : $"The contract could not be built: clause {clause} did not render as XML Word can open")
        + $" ({part}: {detail.TrimEnd('.')}). Nothing was saved. Report this to the ContractDocs team{(clause is null ? "" : $", naming clause {clause}")}.";
    }
}
