using System.Collections.Immutable;

namespace ContractDocs.Library;

/// <summary>A loaded library and the problems found while reading it (shape problems only; see LibraryLinter).</summary>
public sealed record LibraryLoadResult(ClauseLibrary Library, ImmutableArray<LibraryProblem> Problems);
