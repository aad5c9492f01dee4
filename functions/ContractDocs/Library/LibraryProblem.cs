namespace ContractDocs.Library;

/// <summary>One problem the loader or linter found, located in a library file.</summary>
/// <param name="File">Path relative to the library root, forward slashes.</param>
/// <param name="Line">1-based line, or 0 for the file as a whole.</param>
/// <param name="Code">A stable kebab-case code, e.g. <c>requires-cycle</c>.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record LibraryProblem(string File, int Line, string Code, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Code}: {Message}";
}
