using ContractDocs.Rendering;
using ContractDocs.Templating;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Rendering;

/// <summary>A template is read and prepared when a contract of its model is first rendered, not when the set is
/// loaded: a process that renders one model never opens the others (README, "Performance: from cold").</summary>
public sealed class TemplateSetTests
{
    [Fact]
    public void Load_OpensNoTemplate_SoABrokenTemplateOfAnotherModel_DoesNotStopAContract()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-templates-").FullName;
        File.Copy(Path.Combine(RepoPaths.Templates, "alliance.docx"), Path.Combine(folder, "alliance.docx"));
        File.WriteAllText(Path.Combine(folder, "lead-provider.docx"), "not a Word document");
        var templating = new ContractTemplating();

        var templates = TemplateSet.Load(folder, templating);
        var renderer = new ContractRenderer(RealLibrary.Library, templates, templating);
        using var output = new MemoryStream();
        var rendered = renderer.Render(RealLibrary.Plan(RealLibrary.Example("frailty-alliance")), output, RenderOptions.Fixed);

        Assert.True(rendered.ClauseCount > 0);
        Assert.Equal(RealLibrary.Generate(RealLibrary.Example("frailty-alliance")), output.ToArray());
        Assert.ThrowsAny<InvalidDataException>(() => templates.For("lead-provider"));
        Assert.Throws<KeyNotFoundException>(() => templates.For("accountable-care"));
    }

    [Fact]
    public void For_PreparesATemplateOnce_AndAnswersTheSameInstanceFromEveryThread()
    {
        var templates = TemplateSet.Load(RepoPaths.Templates, new ContractTemplating());

        var seen = new WordTemplate[8];
        Parallel.For(0, seen.Length, i => seen[i] = templates.For("alliance"));

        Assert.All(seen, t => Assert.Same(seen[0], t));
        Assert.Equal("alliance", seen[0].Name);
    }
}
