using System.Collections.Immutable;
using Markdig.Syntax;

namespace ContractDocs.Rendering;

/// <summary>One numbered paragraph a cross-reference prints the number of: its bookmark and the number Word shows for
/// it (as a REF field with <c>\n</c>: no trailing period). <see cref="Paragraph"/> is the paragraph to bookmark, or null
/// for a heading (clause or schedule), which is bookmarked already.</summary>
public sealed record RefPiece(ParagraphBlock? Paragraph, string Bookmark, string Text);

/// <summary>
/// What <c>{{ref "…"}}</c> prints for one target: the layout's words (<see cref="LabelKey"/>: "clause {number}",
/// "paragraph {number} of {schedule}", or none for a whole schedule, whose number reads "Schedule 3" on its own) around
/// REF fields: <see cref="Number"/> for the clause, sub-clause or paragraph (a list item adds its own: 7.3 and (b)), and
/// <see cref="Schedule"/> for the schedule a paragraph is in.
/// </summary>
public sealed record ReferenceTarget(string? LabelKey, ImmutableArray<RefPiece> Number, ImmutableArray<RefPiece> Schedule);
