namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>The kinds of JSON value a <see cref="FuzzJson"/> can be.</summary>
internal enum FuzzKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
