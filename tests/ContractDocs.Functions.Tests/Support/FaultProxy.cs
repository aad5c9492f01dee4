using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using ContractDocs.Tests.Support;

namespace ContractDocs.Functions.Tests.Support;

/// <summary>
/// A TCP relay on loopback in front of a real service (Azurite) that can lose an answer on its way back: while
/// <see cref="DropAnswerTo"/> matches a request line, the request is delivered whole and the connection is cut when
/// the answer starts, the way a network failure after the write looks to the client. Everything else passes through.
/// </summary>
public sealed partial class FaultProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, LoopbackPort.Free());
    private readonly int _target;
    private readonly CancellationTokenSource _stop = new();

    public FaultProxy(int targetPort)
    {
        _target = targetPort;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Requests whose line ("PUT /path HTTP/1.1") matches lose their answer; null: none do.</summary>
    public Regex? DropAnswerTo { get; set; }

    /// <summary>How many answers were cut so far.</summary>
    public int Dropped => _dropped;

    private int _dropped;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, _target);
                var cut = new Cut();
                var up = PumpUpAsync(client.GetStream(), server.GetStream(), cut);
                var down = PumpDownAsync(server.GetStream(), client.GetStream(), cut);
                await Task.WhenAny(up, down);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                // A relay ends when either side goes away.
            }
        }
    }

    private async Task PumpUpAsync(NetworkStream from, NetworkStream to, Cut cut)
    {
        var buffer = new byte[65536];
        int read;
        while ((read = await from.ReadAsync(buffer)) > 0)
        {
            if (DropAnswerTo is { } rule && RequestLine().Matches(Encoding.ASCII.GetString(buffer, 0, read)).Any(m => rule.IsMatch(m.Value)))
            {
                cut.Pending = true;
            }

            await to.WriteAsync(buffer.AsMemory(0, read));
        }
    }

    private async Task PumpDownAsync(NetworkStream from, NetworkStream to, Cut cut)
    {
        var buffer = new byte[65536];
        int read;
        while ((read = await from.ReadAsync(buffer)) > 0)
        {
            if (cut.Pending)
            {
                Interlocked.Increment(ref _dropped);
                return;
            }

            await to.WriteAsync(buffer.AsMemory(0, read));
        }
    }

    [GeneratedRegex(@"(?m)^(GET|HEAD|PUT|POST|DELETE) \S+ HTTP/1\.1")]
    private static partial Regex RequestLine();

    private sealed class Cut
    {
        public volatile bool Pending;
    }
}
