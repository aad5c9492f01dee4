namespace ContractDocs.Library;

/// <summary>One stretch of an alignment of two sequences: <see cref="ACount"/> items of the first from
/// <see cref="AStart"/> against <see cref="BCount"/> of the second from <see cref="BStart"/>; equal, or replaced (either
/// count may be zero: a pure deletion or insertion).</summary>
public readonly record struct DiffSpan(bool Equal, int AStart, int ACount, int BStart, int BCount);
