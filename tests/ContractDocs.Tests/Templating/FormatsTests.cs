using ContractDocs.Templating;

namespace ContractDocs.Tests.Templating;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(38000000, "£38,000,000")]
    [InlineData(1234.5, "£1,234.50")]
    [InlineData(0, "£0")]
    public void Money_ReadsAsPounds(decimal value, string expected) => Assert.Equal(expected, Formats.Money(value));

    [Theory]
    [InlineData(1, "first")]
    [InlineData(12, "twelfth")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(113, "113th")]
    public void Ordinal_InWordsThenFigures(int value, string expected) => Assert.Equal(expected, Formats.Ordinal(value));

    [Fact]
    public void Date_IsBritishLongForm() => Assert.Equal("1 April 2027", Formats.Date(new DateOnly(2027, 4, 1)));

    [Fact]
    public void List_JoinsWithCommasAndAnd() => Assert.Equal("a, b and c", Formats.List(["a", "b", "c"]));

    [Fact]
    public void MarkdownEncoder_EscapesEveryStructuralCharacter()
    {
        var writer = new StringWriter();

        new MarkdownEncoder().Encode("# *a* [b](c) `d` <e> & |f| \\ {{g}} \uE000", writer);

        var rendered = Markdig.Markdown.ToPlainText(writer.ToString()).Trim();
        Assert.Equal("# *a* [b](c) `d` <e> & |f| \\ {{g}} \uFFFD", rendered);
    }
}
