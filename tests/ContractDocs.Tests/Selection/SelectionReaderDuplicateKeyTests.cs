using System.Text;
using ContractDocs.Selection;

namespace ContractDocs.Tests.Selection;

/// <summary>A field given twice in one object is refused wherever it is, with the path of the second, never read as
/// "the last one wins" (System.Text.Json's JsonDocument keeps both and answers with one of them).</summary>
public sealed class SelectionReaderDuplicateKeyTests
{
    private const string Head = "\"release\":\"2026.1\",\"model\":\"alliance\"";

    public static TheoryData<string, string> Duplicates() => new()
    {
        { $"{{{Head},\"release\":\"2026.2\"}}", "$.release" },
        { $"{{{Head},\"variables\":{{}},\"variables\":{{}}}}", "$.variables" },
        { $"{{{Head},\"variables\":{{\"contractTitle\":\"A\",\"contractTitle\":\"B\"}}}}", "$.variables.contractTitle" },
        { $"{{{Head},\"variables\":{{\"parties\":[{{\"name\":\"A\",\"kind\":\"nhs-trust\"}},{{\"name\":\"B\",\"kind\":\"nhs-trust\",\"name\":\"C\"}}]}}}}", "$.variables.parties[1].name" },
        { $"{{{Head},\"variables\":{{\"x\":[{{\"a\":{{\"b\":1,\"b\":1}}}}]}}}}", "$.variables.x[0].a.b" },
        { $"{{{Head},\"variables\":{{\"odd key\":1,\"odd key\":2}}}}", "$.variables['odd key']" },
        { $"{{{Head},\"variables\":{{\"name\":1,\"n\\u0061me\":2}}}}", "$.variables.name" },
    };

    [Theory]
    [MemberData(nameof(Duplicates))]
    public void Read_DuplicateKey_IsRefusedWithThePathOfTheSecond(string json, string path)
    {
        var result = SelectionReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(result.Selection);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.DuplicateKey, path), (problem.Code, problem.Path));
    }

    [Fact]
    public void Read_DuplicateKeyInParty_IsRefusedWithItsPath()
    {
        var json = $"{{{Head},\"variables\":{{\"parties\":[{{\"name\":\"NHS Anyshire ICB\",\"kind\":\"health-commissioner\",\"name\":\"Someone else\"}}]}}}}";

        var problem = Assert.Single(SelectionReader.Read(Encoding.UTF8.GetBytes(json)).Problems);

        Assert.Equal(ProblemCodes.DuplicateKey, problem.Code);
        Assert.Equal("$.variables.parties[0].name", problem.Path);
        Assert.Contains("'name' is given more than once", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateKeysInSeveralObjects_AreAllReportedAtOnce()
    {
        var json = $"{{{Head},\"model\":\"lead-provider\",\"variables\":{{\"a\":{{\"k\":1,\"k\":2}},\"b\":[{{\"k\":1,\"k\":2,\"k\":3}}]}}}}";

        var paths = SelectionReader.Read(Encoding.UTF8.GetBytes(json)).Problems.Select(p => (p.Code, p.Path));

        Assert.Equal(
            [(ProblemCodes.DuplicateKey, "$.model"), (ProblemCodes.DuplicateKey, "$.variables.a.k"), (ProblemCodes.DuplicateKey, "$.variables.b[0].k"), (ProblemCodes.DuplicateKey, "$.variables.b[0].k")],
            paths);
    }

    [Fact]
    public void Read_SameNameInDifferentObjects_IsNotADuplicate()
    {
        var json = $"{{{Head},\"variables\":{{\"name\":\"x\",\"parties\":[{{\"name\":\"A\"}},{{\"name\":\"B\"}}],\"inner\":{{\"name\":{{\"name\":1}}}}}}}}";

        var result = SelectionReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Selection!.Variables["parties"].GetArrayLength());
    }
}
