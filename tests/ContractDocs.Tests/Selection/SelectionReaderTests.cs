using System.Text;
using ContractDocs.Selection;

namespace ContractDocs.Tests.Selection;

public sealed class SelectionReaderTests
{
    private static SelectionReadResult Read(string json) => SelectionReader.Read(Encoding.UTF8.GetBytes(json));

    private static SelectionProblem Single(SelectionReadResult result, string code)
    {
        Assert.Null(result.Selection);
        var problem = Assert.Single(result.Problems, p => p.Code == code);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
        return problem;
    }

    [Fact]
    public void Read_WellFormedSelection_KeepsEveryField()
    {
        var result = Read("""{"release":"2026.1","model":"alliance","criteria":["O1"],"specifications":["F1.pooled"],"variables":{"x":{"a":[1,2]}}}""");

        Assert.Empty(result.Problems);
        var selection = result.Selection!;
        Assert.Equal(("2026.1", "alliance"), (selection.Release, selection.Model));
        Assert.Equal(["O1"], selection.Criteria.ToArray());
        Assert.Equal(["F1.pooled"], selection.Specifications.ToArray());
        Assert.Equal(2, selection.Variables["x"].GetProperty("a").GetArrayLength());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"release\": '2026.1'}")]
    [InlineData("{\"release\":\"2026.1\",}")]
    public void Read_MalformedJson_IsInvalidJson(string json) => Assert.Equal("$", Single(Read(json), ProblemCodes.InvalidJson).Path);

    [Fact]
    public void Read_DeepNesting_IsRefusedWithoutWalkingIt()
    {
        var json = "{\"release\":\"2026.1\",\"model\":\"alliance\",\"variables\":{\"x\":" + new string('[', 5000) + new string(']', 5000) + "}}";

        Single(Read(json), ProblemCodes.InvalidJson);
    }

    [Fact]
    public void Read_BodyOverTheLimit_IsTooLarge()
    {
        var json = "{\"release\":\"" + new string('x', SelectionReader.MaxBytes) + "\"}";

        Single(Read(json), ProblemCodes.TooLarge);
    }

    [Fact]
    public void Read_ThousandsOfItems_IsTooLargeAtThatList()
    {
        var ids = string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"F1.s{i}\""));

        var problem = Single(Read($"{{\"release\":\"2026.1\",\"model\":\"alliance\",\"specifications\":[{ids}]}}"), ProblemCodes.TooLarge);

        Assert.Equal("$.specifications", problem.Path);
    }

    [Theory]
    [InlineData("[]", ProblemCodes.InvalidField, "$")]
    [InlineData("{\"model\":\"alliance\"}", ProblemCodes.MissingField, "$.release")]
    [InlineData("{\"release\":2026.1,\"model\":\"alliance\"}", ProblemCodes.InvalidField, "$.release")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"alliance\",\"specifications\":\"F1.pooled\"}", ProblemCodes.InvalidField, "$.specifications")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"alliance\",\"specifications\":[\"F1.pooled\",{}]}", ProblemCodes.InvalidField, "$.specifications[1]")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"alliance\",\"variables\":[]}", ProblemCodes.InvalidField, "$.variables")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"alliance\",\"specification\":[]}", ProblemCodes.UnknownField, "$.specification")]
    public void Read_WrongShape_NamesTheField(string json, string code, string path) =>
        Assert.Equal(path, Single(Read(json), code).Path);

    [Theory]
    [InlineData("A\\u0001B", "$.variables.contractTitle")]
    [InlineData("bell\\u0007", "$.variables.contractTitle")]
    [InlineData("\\uFFFF", "$.variables.contractTitle")]
    [InlineData("half \\uD83D emoji", "$.variables.contractTitle")]
    [InlineData("lone \\uDC00 low", "$.variables.contractTitle")]
    public void Read_XmlIllegalCharacter_IsRefusedNamingTheField(string escaped, string path)
    {
        var json = $"{{\"release\":\"2026.1\",\"model\":\"alliance\",\"variables\":{{\"contractTitle\":\"{escaped}\"}}}}";

        Assert.Equal(path, Single(Read(json), ProblemCodes.IllegalCharacter).Path);
    }

    [Fact]
    public void Read_IllegalCharacterDeepInAList_NamesTheItem()
    {
        var json = "{\"release\":\"2026.1\",\"model\":\"alliance\",\"variables\":{\"parties\":[{\"name\":\"ok\"},{\"name\":\"bad\\u0000\"}]}}";

        Assert.Equal("$.variables.parties[1].name", Single(Read(json), ProblemCodes.IllegalCharacter).Path);
    }

    [Theory]
    [InlineData("A & B Ltd")]
    [InlineData("St John's \"Hospice\"")]
    [InlineData("Café Ñandú – ✓ 👵🏽")]
    [InlineData("مجلس المدينة")]
    [InlineData("{{contractTitle}} </w:t></w:r> # H **b** |a|")]
    [InlineData("tab\tand\nnewline")]
    public void Read_UnusualButLegalText_IsKeptExactly(string text)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { release = "2026.1", model = "alliance", variables = new { contractTitle = text } });

        var result = Read(json);

        Assert.Empty(result.Problems);
        Assert.Equal(text, result.Selection!.Variables["contractTitle"].GetString());
    }
}
