namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>One field of a <see cref="FuzzJson"/> object. <see cref="Key"/> is the name's bytes as written between
/// the quotes (JSON escapes kept, and whatever bytes a mutation put there, valid UTF-8 or not).</summary>
internal sealed class FuzzField
{
    public FuzzField(byte[] key, FuzzJson value)
    {
        Key = key;
        Value = value;
    }

    public byte[] Key { get; set; }

    public FuzzJson Value { get; set; }

    public FuzzField Clone() => new(Key, Value.Clone());
}
