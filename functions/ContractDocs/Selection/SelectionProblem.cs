using System.Collections.Immutable;

namespace ContractDocs.Selection;

/// <summary>
/// Why a selection cannot be built: a stable <see cref="Code"/>, a sentence a person can act on, the JSON path of
/// the field at fault (e.g. <c>$.specifications[3]</c>) and every id involved.
/// </summary>
public sealed record SelectionProblem(string Code, string Message, string? Path, ImmutableArray<string> Ids)
{
    public SelectionProblem(string code, string message, string? path, params string[] ids)
        : this(code, message, path, ImmutableArray.Create(ids))
    {
    }

    public override string ToString() => Path is null ? $"{Code}: {Message}" : $"{Path}: {Code}: {Message}";
}
