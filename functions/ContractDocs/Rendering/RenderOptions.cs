namespace ContractDocs.Rendering;

/// <summary>What a draft carries besides its plan: when it was generated and by whom (the header's DRAFT marking and
/// date, the core properties). Inputs, not the clock: the drafter passes the time it records in the contract record,
/// so the same plan and options always give the same bytes.</summary>
public sealed record RenderOptions(DateTimeOffset GeneratedAt, string GeneratedBy)
{
    /// <summary>A fixed time and author, for output that must not depend on when it was made (tests, benchmarks).</summary>
    public static RenderOptions Fixed { get; } = new(new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.Zero), "ContractDocs");
}
