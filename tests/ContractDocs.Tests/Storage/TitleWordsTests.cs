using ContractDocs.Storage;

namespace ContractDocs.Tests.Storage;

public sealed class TitleWordsTests
{
    [Theory]
    [InlineData("Northshire Frailty Alliance Agreement", "northshire frailty alliance agreement")]
    [InlineData("Café  Crème & Co: A-B", "cafe creme co")]
    [InlineData("NHS Tarnwick ICB — 2027/28", "nhs tarnwick icb 2027 28")]
    [InlineData("a I x", "")]
    [InlineData("alliance ALLIANCE Alliance", "alliance")]
    [InlineData("‏بيت 😀 care", "care")]
    public void Of_GivesLowerCaseAsciiWordsOfTwoOrMore_OnceEach(string title, string expected) =>
        Assert.Equal(expected, string.Join(' ', TitleWords.Of(title)));

    [Fact]
    public void Of_KeepsEveryWordSafeInABlobName_AndBoundsTheirNumberAndLength()
    {
        var title = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"w{i}" + new string('x', 60)));

        var words = TitleWords.Of(title);

        Assert.Equal(24, words.Count);
        Assert.All(words, w => Assert.InRange(w.Length, 2, 40));
        Assert.All(words, w => Assert.Null(Record.Exception(() => new DocumentAddress("index", $"words/{w}/r"))));
    }
}
