namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>How a fuzz case changes one place of an example selection.</summary>
internal enum MutationKind
{
    /// <summary>The value becomes another JSON type: string, number, boolean, null, object or array.</summary>
    SwapType,

    /// <summary>The value becomes a generated one.</summary>
    Replace,

    /// <summary>The value becomes a copy of another value of the same selection.</summary>
    Transplant,

    /// <summary>The field (or list item) is removed.</summary>
    Remove,

    /// <summary>A field of the nearest object is given a second time.</summary>
    DuplicateKey,

    /// <summary>The field's name changes to an odd one (or a sibling's, which makes a duplicate).</summary>
    RenameKey,

    /// <summary>The value becomes text near or past the length limit.</summary>
    LongText,

    /// <summary>The value becomes (or gains) hostile text, legal or not.</summary>
    HostileText,

    /// <summary>The value becomes a number at or past an edge.</summary>
    ExtremeNumber,

    /// <summary>The same field of every row of the nearest list of records becomes one extreme number (weights
    /// whose sum overflows decimal, every year the same …).</summary>
    ExtremeColumn,

    /// <summary>The nearest list grows near or past the item limit.</summary>
    LongList,

    /// <summary>The value is wrapped in arrays or objects, past the depth limit or not.</summary>
    DeepNesting,

    /// <summary>Bytes that are not UTF-8 go into the nearest field name.</summary>
    InvalidUtf8InKey,

    /// <summary>Bytes that are not UTF-8 go into the value's text.</summary>
    InvalidUtf8InText,

    /// <summary>A variable of the library (one the example may not give) is added with the generated value.</summary>
    AddVariable,

    /// <summary>A criterion or specification id of the library is added to the criteria or specifications.</summary>
    AddChoice,
}
