using System.Collections.Immutable;

namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>One library release as GET /api/releases lists it.</summary>
public sealed record ReleaseSummary(string Id, DateOnly? Published, string Notes, int Clauses, ImmutableArray<string> Retired);
