namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>How many cases of a fuzz run got one verdict, and the time their checks took in all.</summary>
internal sealed record FuzzVerdict(int Count, TimeSpan Time);
