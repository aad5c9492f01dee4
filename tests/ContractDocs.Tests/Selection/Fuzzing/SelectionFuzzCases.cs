using System.Globalization;
using CsCheck;

namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>CsCheck generators for fuzz cases: one to three mutations (mostly one) of one of the four examples, now and then an
/// edit of the bytes. Every part shrinks towards the first example, the root, the first option and no byte edit.</summary>
internal static class SelectionFuzzCases
{
    private static readonly Gen<FuzzJson> Scalars = Gen.Frequency(
        (5, Gen.Int[0, HostileValues.Texts.Count - 1].Select(i => FuzzJson.Text(HostileValues.Texts[i]))),
        (1, Gen.Int[0, HostileValues.IllegalTexts.Count - 1].Select(i => FuzzJson.Text(HostileValues.IllegalTexts[i]))),
        (3, Gen.Int[0, HostileValues.Numbers.Count - 1].Select(i => FuzzJson.Number(HostileValues.Numbers[i]))),
        (2, Gen.Int[-5, 120].Select(i => FuzzJson.Number(i.ToString(CultureInfo.InvariantCulture)))),
        (1, Gen.Bool.Select(FuzzJson.Bool)),
        (1, Gen.Const(0).Select(_ => FuzzJson.Null())));

    private static readonly Gen<FuzzJson> Values = Gen.Recursive<FuzzJson>((depth, self) => depth >= 3
        ? Scalars
        : Gen.Frequency(
            (6, Scalars),
            (1, self.Array[0, 3].Select(items => FuzzJson.Array(items))),
            (1, Gen.Select(Gen.Int[0, HostileValues.Keys.Count - 1], self).Array[0, 3]
                .Select(fields => FuzzJson.Object([.. fields.Select(f => (HostileValues.Keys[f.Item1], f.Item2))])))));

    private static readonly Gen<MutationKind> Kinds = Gen.Frequency(
        (6, MutationKind.SwapType),
        (5, MutationKind.Replace),
        (2, MutationKind.Transplant),
        (3, MutationKind.Remove),
        (3, MutationKind.DuplicateKey),
        (2, MutationKind.RenameKey),
        (2, MutationKind.LongText),
        (6, MutationKind.HostileText),
        (4, MutationKind.ExtremeNumber),
        (2, MutationKind.ExtremeColumn),
        (1, MutationKind.LongList),
        (2, MutationKind.DeepNesting),
        (1, MutationKind.InvalidUtf8InKey),
        (1, MutationKind.InvalidUtf8InText),
        (3, MutationKind.AddVariable),
        (2, MutationKind.AddChoice));

    public static Gen<SelectionMutation> Mutations { get; } =
        from kind in Kinds
        from target in Gen.UInt
        from choice in Gen.Int[0, 9_999]
        from value in kind is MutationKind.Replace or MutationKind.AddVariable ? Values.Select(v => (FuzzJson?)v) : Gen.Const((FuzzJson?)null)
        select new SelectionMutation(kind, target, choice, value);

    private static readonly Gen<RawEdit?> Edits = Gen.Frequency(
        (12, Gen.Const((RawEdit?)null)),
        (1, from truncate in Gen.Bool from offset in Gen.UInt from choice in Gen.Int[0, 99] select (RawEdit?)new RawEdit(truncate, offset, choice)));

    public static Gen<SelectionCase> Cases { get; } =
        from example in Gen.Int[0, FuzzExamples.Names.Count - 1]
        from count in Gen.Frequency((6, 1), (3, 2), (1, 3))
        from mutations in Mutations.Array[count]
        from edit in Edits
        select new SelectionCase(FuzzExamples.Names[example], mutations, edit);
}
