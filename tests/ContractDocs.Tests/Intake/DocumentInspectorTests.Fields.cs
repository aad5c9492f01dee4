using ContractDocs.Intake;

namespace ContractDocs.Tests.Intake;

/// <summary>Fields that run commands or pull in outside content, however their code is written.</summary>
public sealed partial class DocumentInspectorTests
{
    [Fact]
    public void Inspect_DdeField_IsRefused()
    {
        var bytes = new DocxBuilder { Body = ComplexField.Paragraph(" DDE \"cmd\" \"/c calc\" \"x\" ") }.Build();

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.DangerousField);
        Assert.Contains("DDE", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_DdeAutoSplitOverThreeInstrTextRuns_IsRefused()
    {
        var bytes = new DocxBuilder { Body = ComplexField.Paragraph(" DD", "EAU", "TO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\" ") }.Build();

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.DangerousField);
        Assert.Contains("DDEAUTO", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" INCLUDETEXT \"\\\\\\\\server\\\\share\\\\clause.docx\" ")]
    [InlineData(" includepicture \"https://tracker.example.com/p.png\" \\d ")]
    public void Inspect_IncludeFieldInFldSimple_IsRefused(string instruction)
    {
        var bytes = new DocxBuilder { Body = $"<w:p><w:fldSimple w:instr=\"{instruction.Replace("\"", "&quot;", StringComparison.Ordinal)}\"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>" }.Build();

        AssertRefused(Inspect(bytes), IntakeCodes.DangerousField);
    }

    [Theory]
    [InlineData("INCLUDETEXT", " INCL", "UDETE", "XT \"\\\\\\\\server\\\\share\\\\clause.docx\" ")]
    [InlineData("INCLUDEPICTURE", " INCLUDE", "PICT", "URE \"https://tracker.example.com/p.png\" \\d ")]
    [InlineData("DDE", "  D", "D", "E excel \"C:\\\\book.xlsx\" \"R1C1\" ")]
    [InlineData("DDEAUTO", " ddeau", "t", "o cmd \"/c calc\" ")]
    public void Inspect_DangerousFieldSplitOverRuns_IsRefusedNamingIt(string field, string first, string second, string third)
    {
        var bytes = new DocxBuilder { Body = ComplexField.Paragraph(first, second, third) }.Build();

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.DangerousField);
        Assert.Contains(field, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_DdeInsideANestedField_IsRefused()
    {
        var body = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> IF 1 = 1 </w:instrText></w:r>"
            + ComplexField.Inner(" DDEAUTO cmd \"/c calc\" ") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";

        AssertRefused(Inspect(new DocxBuilder { Body = body }.Build()), IntakeCodes.DangerousField);
    }

    [Fact]
    public void Inspect_DdeFieldInAHeader_IsRefused()
    {
        var header = $"<w:hdr xmlns:w=\"{DocxBuilder.W}\"><w:p><w:fldSimple w:instr=\" DDEAUTO cmd x \"/></w:p></w:hdr>";
        var bytes = new DocxBuilder()
            .Relationship("rIdHd", "header", "header1.xml")
            .Part("word/header1.xml", header, "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml")
            .Build();

        AssertRefused(Inspect(bytes), IntakeCodes.DangerousField);
    }

    [Theory]
    [InlineData(" PAGE ")]
    [InlineData(" REF DDE_Clause \\h ")]
    [InlineData(" HYPERLINK \"https://example.com/INCLUDETEXT\" ")]
    public void Inspect_OrdinaryField_IsAccepted(string instruction)
    {
        var bytes = new DocxBuilder { Body = ComplexField.Paragraph(instruction) }.Build();

        AssertAccepted(Inspect(bytes), DocumentKind.Docx, bytes);
    }
}
