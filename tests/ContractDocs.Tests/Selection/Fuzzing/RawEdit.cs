namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>A change to the body's bytes after it is written: bytes that are not UTF-8 put in at an offset (anywhere:
/// between tokens, inside a name, a text or a number), or the body cut short.</summary>
internal sealed record RawEdit(bool Truncate, uint Offset, int Choice)
{
    public byte[] Apply(byte[] body, List<string> log)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(log);
        if (Truncate)
        {
            var length = (int)(Offset % (uint)Math.Max(1, body.Length));
            log.Add($"body cut to {length:N0} of {body.Length:N0} bytes");
            return body[..length];
        }

        var bytes = HostileValues.InvalidUtf8[Choice % HostileValues.InvalidUtf8.Count];
        var at = (int)(Offset % (uint)(body.Length + 1));
        log.Add($"bytes {Convert.ToHexString(bytes)} put in at byte {at:N0}");
        return [.. body.AsSpan(0, at), .. bytes, .. body.AsSpan(at)];
    }

    public override string ToString() => Truncate ? $"cut at offset #{Offset}" : $"bytes #{Choice} at offset #{Offset}";
}
