using ContractDocs.Rendering;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Rendering.Redline;

/// <summary>The redlines open in LibreOffice: converted to PDF in one soffice run and read back, each shows its
/// summary and the changed text.</summary>
public sealed class RedlineLibreOfficeTests
{
    [Fact]
    public void Redlines_OfTheReleasesAndOfAContract_ConvertWithLibreOfficeAndShowTheirChanges()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-redline-pdf-").FullName;
        var releases12 = Path.Combine(folder, "releases-2026_1-2026_2.docx");
        var releases23 = Path.Combine(folder, "releases-2026_2-2026_3.docx");
        var contract = Path.Combine(folder, "frailty-alliance-2026_1-2026_3.docx");
        File.WriteAllBytes(releases12, ReleaseRedlineTests.Redline("2026.1", "2026.2"));
        File.WriteAllBytes(releases23, ReleaseRedlineTests.Redline("2026.2", "2026.3"));
        using (var output = File.Create(contract))
        {
            ReleaseRedlineTests.Writer.Contract(RealLibrary.Plan(RealLibrary.Example("frailty-alliance", "2026.1")), RealLibrary.Plan(RealLibrary.Example("frailty-alliance")), RenderOptions.Fixed, output);
        }

        // pdftotext -layout breaks long lines where the page does: compare with the spacing made single.
        var text = LibreOffice.ConvertToPdfText([releases12, releases23, contract]).ToDictionary(p => p.Key, p => System.Text.RegularExpressions.Regex.Replace(p.Value, @"\s+", " "));

        Assert.Contains("Clause library: release 2026.1 compared with release 2026.2", text[releases12], StringComparison.Ordinal);
        Assert.Contains("Summary of changes", text[releases12], StringComparison.Ordinal);
        Assert.Contains("Payment by Results", text[releases12], StringComparison.Ordinal);
        Assert.Contains("Carers", text[releases12], StringComparison.Ordinal);
        Assert.Contains("Clause library: release 2026.2 compared with release 2026.3", text[releases23], StringComparison.Ordinal);
        Assert.Contains("the draft on release 2026.1 compared with release 2026.3", text[contract], StringComparison.Ordinal);
        Assert.Contains("Alliance Leadership Team", text[contract], StringComparison.Ordinal);
    }
}
