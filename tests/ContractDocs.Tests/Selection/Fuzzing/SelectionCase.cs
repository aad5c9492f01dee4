using System.Text;

namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>One fuzz input: an example selection, the mutations applied to a fresh copy of it in order, and maybe an
/// edit of the written bytes. Built eagerly and immutable after; <see cref="ToString"/> says what was done, which is
/// what a failure prints.</summary>
internal sealed class SelectionCase
{
    public SelectionCase(string example, IReadOnlyList<SelectionMutation> mutations, RawEdit? edit)
    {
        ArgumentNullException.ThrowIfNull(mutations);
        Example = example;
        Mutations = mutations;
        Edit = edit;
        var log = new List<string>();
        var root = FuzzExamples.Copy(example);
        foreach (var mutation in mutations)
        {
            root = mutation.Apply(root, log);
        }

        Tree = root;
        var written = root.ToBytes();
        Body = edit is null ? written : edit.Apply(written, log);
        Log = log;
    }

    public string Example { get; }

    public IReadOnlyList<SelectionMutation> Mutations { get; }

    public RawEdit? Edit { get; }

    /// <summary>The selection after the mutations; <see cref="Body"/> is exactly it written out unless there is an
    /// <see cref="Edit"/>.</summary>
    public FuzzJson Tree { get; }

    public byte[] Body { get; }

    public IReadOnlyList<string> Log { get; }

    public override string ToString()
    {
        var text = new StringBuilder($"{Example} ({Body.Length:N0} bytes):");
        foreach (var line in Log)
        {
            text.Append("\n  ").Append(line);
        }

        return text.ToString();
    }
}
