using System.Collections.Immutable;

namespace ContractDocs.Rendering.Redline;

/// <summary>One side of a redline: a rendered .docx and the sections it is made of.</summary>
public sealed record RedlineInput(ReadOnlyMemory<byte> Document, ImmutableArray<RedlineSection> Sections);
