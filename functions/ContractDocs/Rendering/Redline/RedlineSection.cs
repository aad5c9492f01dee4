namespace ContractDocs.Rendering.Redline;

/// <summary>Where a section of a rendered document starts: the bookmark on its heading, and what it is
/// ("clause:outcomes-framework", "schedule:payment-schedule"), the key by which the two documents' sections are
/// paired.</summary>
public sealed record RedlineSection(string Bookmark, string Key);
