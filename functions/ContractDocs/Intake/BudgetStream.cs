namespace ContractDocs.Intake;

/// <summary>A read-only stream that charges every byte read from the inner (inflating) stream to a
/// <see cref="InflationBudget"/>, so a part that lies about its size is stopped while it inflates.</summary>
internal sealed class BudgetStream : Stream
{
    private readonly Stream _inner;
    private readonly InflationBudget _budget;

    public BudgetStream(Stream inner, InflationBudget budget)
    {
        _inner = inner;
        _budget = budget;
    }

    /// <summary>The bytes read so far through this stream.</summary>
    public long Count { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        Count += read;
        _budget.Consume(read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
