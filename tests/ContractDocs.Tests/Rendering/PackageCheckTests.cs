using System.IO.Compression;
using System.Text;
using ContractDocs.Rendering;
using ContractDocs.Selection;
using ContractDocs.Templating;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Rendering;

/// <summary>Every package is read back before the renderer returns it: a part Word could not open fails the render,
/// names the clause that produced it, and leaves nothing in the output.</summary>
public sealed class PackageCheckTests
{
    /// <summary>The frailty alliance plan with one clause (the fourth) given a body the linter would refuse: an entity
    /// for a control character, which reaches the document as a character XML forbids.</summary>
    private static (AssemblyPlan Plan, string Key) PlanWithBrokenClause()
    {
        var plan = RealLibrary.Plan(RealLibrary.Example("frailty-alliance"));
        var broken = plan.Clauses[3];
        var clause = broken.Clause with { Body = broken.Clause.Body + "\n\nPayment is made in &#8; arrears.\n", Sha256 = "broken-" + broken.Clause.Sha256 };
        return (plan with { Clauses = plan.Clauses.SetItem(3, broken with { Clause = clause }) }, clause.Key);
    }

    private static ContractRenderer FreshRenderer()
    {
        var templating = new ContractTemplating();
        return new ContractRenderer(RealLibrary.Library, TemplateSet.Load(RepoPaths.Templates, templating), templating);
    }

    [Fact]
    public void Render_ClauseThatYieldsBadXml_FailsNamingTheClauseAndLeavesTheOutputEmpty()
    {
        var (plan, key) = PlanWithBrokenClause();
        using var output = new MemoryStream();

        var error = Assert.Throws<UnreadableDocumentException>(() => FreshRenderer().Render(plan, output));

        Assert.Equal(key, error.Clause);
        Assert.Equal("word/document.xml", error.Part);
        Assert.Contains($"clause {key}", error.Message, StringComparison.Ordinal);
        Assert.Contains("0x08", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Render_ClauseThatYieldsBadXml_WritesNothingToAStreamThatCannotSeek()
    {
        var (plan, _) = PlanWithBrokenClause();
        using var inner = new MemoryStream();
        using var output = new ForwardOnlyStream(inner);

        Assert.Throws<UnreadableDocumentException>(() => FreshRenderer().Render(plan, output));

        Assert.Equal(0, inner.Length);
    }

    [Fact]
    public void Render_ToAStreamThatCannotSeek_WritesTheSameCheckedBytes()
    {
        var plan = RealLibrary.Plan(RealLibrary.Example("frailty-alliance"));
        using var seekable = new MemoryStream();
        using var inner = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(inner);

        RealLibrary.Renderer.Render(plan, seekable);
        RealLibrary.Renderer.Render(plan, forwardOnly);

        Assert.Equal(seekable.ToArray(), inner.ToArray());
    }

    [Fact]
    public void Run_PartOutsideTheMainDocumentWithAnUndeclaredPrefix_NamesThePartAndNoClause()
    {
        using var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "word/document.xml", "<w:document xmlns:w=\"urn:w\"><w:body/></w:document>");
            Entry(zip, "word/header1.xml", "<w:hdr xmlns:w=\"urn:w\"><w:p><v:shape/></w:p></w:hdr>");
            Entry(zip, "word/media/image1.png", "not xml, not checked");
        }

        var error = Assert.Throws<UnreadableDocumentException>(() => PackageCheck.Run(package, TestLayouts.EmptyDocument));

        Assert.Equal("word/header1.xml", error.Part);
        Assert.Null(error.Clause);
        Assert.Contains("'v' is an undeclared prefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WellFormedPackage_LeavesThePositionAtTheEnd()
    {
        using var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "word/document.xml", "<w:document xmlns:w=\"urn:w\" xmlns:r=\"urn:r\"><w:body><w:hyperlink r:id=\"x\"/></w:body></w:document>");
        }

        var end = package.Position;
        PackageCheck.Run(package, TestLayouts.EmptyDocument);

        Assert.Equal(end, package.Position);
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>A write-only, forward-only stream, as an HTTP response body is.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
