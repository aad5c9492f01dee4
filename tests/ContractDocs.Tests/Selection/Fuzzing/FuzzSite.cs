namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>Where a value sits in a <see cref="FuzzJson"/> tree: its parent (null for the root), its index there (a
/// field or an item), its JSON path as the reader would name it, and how many containers enclose it.</summary>
internal sealed record FuzzSite(FuzzJson Node, FuzzJson? Parent, int Index, string Path, int Depth)
{
    /// <summary>The field this value is the value of, when its parent is an object.</summary>
    public FuzzField? Field => Parent is { Kind: FuzzKind.Object } p ? p.Fields[Index] : null;

    /// <summary>Puts <paramref name="value"/> where this value is; the root is replaced by returning it.</summary>
    public FuzzJson Replace(FuzzJson root, FuzzJson value)
    {
        ArgumentNullException.ThrowIfNull(root);
        switch (Parent?.Kind)
        {
            case null:
                return value;
            case FuzzKind.Object:
                Parent.Fields[Index].Value = value;
                return root;
            default:
                Parent.Items[Index] = value;
                return root;
        }
    }
}
