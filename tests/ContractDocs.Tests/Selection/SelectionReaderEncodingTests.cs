using System.Text;
using ContractDocs.Selection;

namespace ContractDocs.Tests.Selection;

/// <summary>Text that cannot be read (bytes that are not UTF-8, escapes that make a lone surrogate) is refused as
/// <c>illegal-character</c> at the field, in a field's name as in a value; bytes that are not UTF-8 between tokens
/// make the body <c>invalid-json</c>, with the line and position.</summary>
public sealed class SelectionReaderEncodingTests
{
    private static readonly byte[] Head = "{\"release\":\"2026.1\",\"model\":\"alliance\",\"variables\":{"u8.ToArray();

    /// <summary>A body with <paramref name="middle"/> inside the variables object.</summary>
    private static SelectionReadResult ReadVariables(params byte[][] middle) =>
        SelectionReader.Read([.. Head, .. middle.SelectMany(b => b), .. "}}"u8]);

    public static TheoryData<byte[]> NotUtf8() =>
    [
        [0xFF],
        [0xC0, 0x80],
        [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80],
        [0x80],
        [0xE2, 0x82],
    ];

    [Fact]
    public void Read_LoneSurrogateInAKey_IsIllegalCharacterAtThatKey()
    {
        var result = ReadVariables("\"bad\\uD800\":\"x\""u8.ToArray());

        Assert.Null(result.Selection);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.IllegalCharacter, "$.variables['bad\\uD800']"), (problem.Code, problem.Path));
        Assert.Contains("lone surrogate", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NotUtf8))]
    public void Read_InvalidUtf8InAKey_IsIllegalCharacterNamingTheKeyAndTheByte(byte[] bytes)
    {
        var result = ReadVariables("\"na"u8.ToArray(), bytes, "me\":\"x\""u8.ToArray());

        Assert.Null(result.Selection);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.IllegalCharacter, problem.Code);
        Assert.StartsWith("$.variables['na\uFFFD", problem.Path, StringComparison.Ordinal);
        Assert.Contains($"is not UTF-8: byte 3 of it (0x{bytes[0]:X2})", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NotUtf8))]
    public void Read_InvalidUtf8InAValue_IsIllegalCharacterSayingItIsNotUtf8(byte[] bytes)
    {
        var result = ReadVariables("\"contractTitle\":\"Café "u8.ToArray(), bytes, "\""u8.ToArray());

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.IllegalCharacter, "$.variables.contractTitle"), (problem.Code, problem.Path));
        Assert.Contains("is not UTF-8: byte 7 of it", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8InsideARecord_NamesTheField()
    {
        var result = ReadVariables("\"parties\":[{\"name\":\"A\"},{\"name\":\"B"u8.ToArray(), [0xFF], "\"}]"u8.ToArray());

        Assert.Equal("$.variables.parties[1].name", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void Read_InvalidUtf8BetweenTokens_IsInvalidJsonWithLineAndPosition()
    {
        var result = ReadVariables("\"contractTitle\":\"A\","u8.ToArray(), [0xFF], "\"x\":1"u8.ToArray());

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.InvalidJson, "$"), (problem.Code, problem.Path));
        Assert.Contains("(line 1, position 73)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KeysAndValuesThatAreFine_AreKeptExactly()
    {
        var result = ReadVariables(Encoding.UTF8.GetBytes("\"Café 👵🏽\":\"Ñandú \\uD83D\\uDC75\""));

        Assert.Empty(result.Problems);
        Assert.Equal("Ñandú 👵", result.Selection!.Variables["Café 👵🏽"].GetString());
    }

    [Fact]
    public void Read_ASelectionSavedWithAByteOrderMark_IsReadAsWithout()
    {
        var result = SelectionReader.Read([0xEF, 0xBB, 0xBF, .. Head, .. "\"contractTitle\":\"A\"}}"u8]);

        Assert.Empty(result.Problems);
        Assert.Equal("alliance", result.Selection!.Model);
        Assert.Equal("A", result.Selection.Variables["contractTitle"].GetString());
    }
}
