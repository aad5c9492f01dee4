namespace ContractDocs.Intake;

/// <summary>One stream found in raw PDF bytes: its dictionary text, its body, and whether the body's end was
/// confirmed by a direct <c>/Length</c> that lands on <c>endstream</c> (as a reader would find it) rather than
/// guessed from the first <c>endstream</c>.</summary>
internal readonly record struct PdfStream(Range Header, Range Dictionary, Range Body, bool LengthConfirmed);
