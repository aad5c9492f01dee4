using System.Collections.Immutable;

namespace ContractDocs.Comparing;

/// <summary>A Word document as <see cref="DocxSections"/> reads it: its sections, its ContractDocs custom properties
/// (the provenance), and the Part headings that divide the sections.</summary>
public sealed record DocxReading(ImmutableArray<DocumentSection> Sections, ImmutableDictionary<string, string> Properties, ImmutableArray<string> Dividers);
