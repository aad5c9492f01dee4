using System.Text;
using System.Text.Unicode;
using ContractDocs.Selection;
using ContractDocs.Tests.Selection.Fuzzing;

namespace ContractDocs.Tests.Selection;

/// <summary>
/// What <see cref="SelectionReader.Read"/> must say about a fuzz case, worked out from the case itself: a body over
/// the size limit, bytes that are not UTF-8, nesting past the depth limit, and, walking the tree as the reader's
/// limits do, every field given twice, every text too long or holding a character Word cannot, every list too long.
/// The reader must report each of those (when it stopped short of its 50-problem cap) and nothing else of their
/// kinds.
/// </summary>
internal static class ReaderOracle
{
    private static readonly HashSet<string> LimitCodes = new(StringComparer.Ordinal)
    {
        ProblemCodes.TooLarge, ProblemCodes.IllegalCharacter, ProblemCodes.DuplicateKey, ProblemCodes.InvalidJson,
    };

    public static void Check(SelectionCase fuzzCase, SelectionReadResult read)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        ArgumentNullException.ThrowIfNull(read);
        Assert.True(read.Selection is null != read.Problems.IsEmpty, "A selection comes with no problems, and problems with no selection.");
        var codes = read.Problems.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        if (fuzzCase.Body.Length > SelectionReader.MaxBytes)
        {
            Assert.Equal([ProblemCodes.TooLarge], codes);
            return;
        }

        if (!Utf8.IsValid(fuzzCase.Body))
        {
            Assert.Null(read.Selection);
            Assert.True(codes.Overlaps([ProblemCodes.InvalidJson, ProblemCodes.IllegalCharacter, ProblemCodes.TooLarge]), string.Join(" | ", read.Problems));
            return;
        }

        if (fuzzCase.Edit is not null)
        {
            if (fuzzCase.Edit.Truncate && fuzzCase.Tree.IsContainer)
            {
                Assert.Equal([ProblemCodes.InvalidJson], codes);
            }

            return;
        }

        if (fuzzCase.Tree.Nesting() > SelectionReader.MaxDepth)
        {
            Assert.Equal([ProblemCodes.InvalidJson], codes);
            return;
        }

        var expected = new List<(string Code, string Path)>();
        Walk(fuzzCase.Tree, "$", expected);
        var reported = read.Problems.Where(p => LimitCodes.Contains(p.Code)).Select(p => (p.Code, p.Path!)).ToHashSet();
        Assert.Subset(expected.ToHashSet(), reported);
        if (expected.Count > 0)
        {
            Assert.Null(read.Selection);
            if (read.Problems.Length < 50)
            {
                Assert.Superset(expected.ToHashSet(), reported);
            }
        }
    }

    private static void Walk(FuzzJson node, string path, List<(string, string)> expected)
    {
        switch (node.Kind)
        {
            case FuzzKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                var count = 0;
                foreach (var field in node.Fields)
                {
                    if (++count > SelectionReader.MaxItems)
                    {
                        expected.Add((ProblemCodes.TooLarge, path));
                        return;
                    }

                    var name = FuzzJson.Decode(field.Key);
                    var child = JsonPath.Child(path, name ?? Encoding.UTF8.GetString(field.Key));
                    if (name is null)
                    {
                        expected.Add((ProblemCodes.IllegalCharacter, child));
                    }
                    else
                    {
                        Text(name, child, expected);
                        if (!names.Add(name))
                        {
                            expected.Add((ProblemCodes.DuplicateKey, child));
                        }
                    }

                    Walk(field.Value, child, expected);
                }

                break;
            case FuzzKind.Array:
                for (var i = 0; i < node.Items.Count; i++)
                {
                    if (i >= SelectionReader.MaxItems)
                    {
                        expected.Add((ProblemCodes.TooLarge, path));
                        return;
                    }

                    Walk(node.Items[i], JsonPath.Item(path, i), expected);
                }

                break;
            case FuzzKind.String:
                if (FuzzJson.Decode(node.Raw) is { } text)
                {
                    Text(text, path, expected);
                }
                else
                {
                    expected.Add((ProblemCodes.IllegalCharacter, path));
                }

                break;
        }
    }

    private static void Text(string text, string path, List<(string, string)> expected)
    {
        if (text.Length > SelectionReader.MaxStringLength)
        {
            expected.Add((ProblemCodes.TooLarge, path));
        }
        else if (XmlText.FindIllegal(text) is not null)
        {
            expected.Add((ProblemCodes.IllegalCharacter, path));
        }
    }
}
