using System.Xml.Linq;
using ContractDocs.Tests.Rendering;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Selection;

/// <summary>A blank value counts as not given everywhere: the resolver does not check it, and the contract is built
/// as if it were absent (before, an optional <c>"   "</c> passed as given to <c>{{#if}}</c> and then failed in the
/// <c>date</c> or <c>money</c> helper, so preview said "can be built" and generate refused).</summary>
public sealed class OptionalValueTests
{
    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData(null)]
    public void Generate_BlankOptionalDate_ReadsAsNotGiven(string? blank)
    {
        var selection = RealLibrary.Example("frailty-alliance");
        selection["variables"]!["longstopDate"] = blank;

        var resolved = RealLibrary.Resolve(selection);
        var text = XDocument.Parse(GeneratedDocumentTests.Parts(RealLibrary.Generate(selection))["word/document.xml"]).Root!.Value;

        Assert.DoesNotContain("longstopDate", resolved.Plan!.Values.Keys);
        Assert.Contains("remains unsatisfied on the date six months after the original Commencement Date", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_OptionalDateGiven_IsWrittenAsADate()
    {
        var selection = RealLibrary.Example("frailty-alliance");
        selection["variables"]!["longstopDate"] = "2027-10-01";

        var text = XDocument.Parse(GeneratedDocumentTests.Parts(RealLibrary.Generate(selection))["word/document.xml"]).Root!.Value;

        Assert.Contains("remains unsatisfied on 1 October 2027", text, StringComparison.Ordinal);
    }
}
