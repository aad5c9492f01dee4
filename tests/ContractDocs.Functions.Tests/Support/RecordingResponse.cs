using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ContractDocs.Functions.Tests.Support;

/// <summary>A response a test can read back, which, like a server's, runs its OnStarting callbacks (the security
/// headers are added there) when the response starts: at the first write, or when it completes without a body.</summary>
public sealed class RecordingResponse : IHttpResponseFeature, IHttpResponseBodyFeature, IDisposable
{
    private readonly List<(Func<object, Task> Callback, object State)> _starting = [];
    private readonly MemoryStream _content = new();
    private readonly Stream _stream;
    private PipeWriter? _writer;

    public RecordingResponse() => _stream = new StartingStream(this);

    public int StatusCode { get; set; } = 200;

    public string? ReasonPhrase { get; set; }

    public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();

    [Obsolete("Use IHttpResponseBodyFeature.Stream.")]
    public Stream Body { get => _stream; set => throw new NotSupportedException(); }

    public bool HasStarted { get; private set; }

    public Stream Stream => _stream;

    public PipeWriter Writer => _writer ??= PipeWriter.Create(_stream, new StreamPipeWriterOptions(leaveOpen: true));

    public byte[] Content => _content.ToArray();

    public void OnStarting(Func<object, Task> callback, object state) => _starting.Insert(0, (callback, state));

    public void OnCompleted(Func<object, Task> callback, object state)
    {
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (HasStarted)
        {
            return;
        }

        foreach (var (callback, state) in _starting)
        {
            await callback(state);
        }

        HasStarted = true;
    }

    public async Task CompleteAsync()
    {
        if (_writer is not null)
        {
            await _writer.FlushAsync();
        }

        await StartAsync();
    }

    public void Dispose()
    {
        _stream.Dispose();
        _content.Dispose();
    }

    public void DisableBuffering()
    {
    }

    public async Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken);
        await using var file = File.OpenRead(path);
        file.Seek(offset, SeekOrigin.Begin);
        var bytes = new byte[count ?? (file.Length - offset)];
        await file.ReadExactlyAsync(bytes, cancellationToken);
        await _content.WriteAsync(bytes, cancellationToken);
    }

    private sealed class StartingStream : Stream
    {
        private readonly RecordingResponse _owner;

        public StartingStream(RecordingResponse owner) => _owner = owner;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _owner._content.Length;

        public override long Position { get => _owner._content.Length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => _owner.StartAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous writes are not allowed, as on a server.");

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await _owner.StartAsync(cancellationToken);
            await _owner._content.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
