namespace ContractDocs.Intake;

/// <summary>
/// Counts decompressed bytes across a whole upload as they are produced and refuses with
/// <see cref="IntakeCodes.ZipBomb"/> the moment the total passes the limit. Not thread-safe: one per inspection.
/// </summary>
internal sealed class InflationBudget
{
    private readonly long _max;
    private readonly DocumentKind _kind;
    private long _used;

    public InflationBudget(long max, DocumentKind kind)
    {
        _max = max;
        _kind = kind;
    }

    /// <summary>Adds <paramref name="bytes"/> just inflated.</summary>
    /// <exception cref="IntakeRefusedException">The total is over the limit.</exception>
    public void Consume(int bytes)
    {
        _used += bytes;
        if (_used > _max)
        {
            throw Refusal(_max, _kind);
        }
    }

    /// <summary>The refusal for content that inflates to more than <paramref name="max"/> bytes.</summary>
    public static IntakeRefusedException Refusal(long max, DocumentKind kind) => new(IntakeCodes.ZipBomb, kind == DocumentKind.Pdf
        ? $"The PDF's compressed objects unpack to more than {DocumentInspector.Megabytes(max)}, the limit; print it to PDF again and upload the new file."
        : $"The document unpacks to more than {DocumentInspector.Megabytes(max)}, the limit (a zip bomb or very large embedded content); save it again from Word without the extra content and upload it.",
        kind);
}
