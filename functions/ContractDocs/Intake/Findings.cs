namespace ContractDocs.Intake;

/// <summary>
/// What the package pass found that refuses the document, keeping the first reason per code. When several
/// apply, the refusal reported is the first of <see cref="Priority"/>. Not thread-safe.
/// </summary>
internal sealed class Findings
{
    private static readonly string[] Priority =
    [
        IntakeCodes.MacroEnabled, IntakeCodes.ExternalRelationship, IntakeCodes.AltChunk, IntakeCodes.DangerousField,
    ];

    private readonly Dictionary<string, string> _first = new(StringComparer.Ordinal);

    public void Add(string code, string reason) => _first.TryAdd(code, reason);

    /// <exception cref="IntakeRefusedException">Something was found.</exception>
    public void ThrowFirst()
    {
        foreach (var code in Priority)
        {
            if (_first.TryGetValue(code, out var reason))
            {
                throw new IntakeRefusedException(code, reason, DocumentKind.Docx);
            }
        }
    }
}
