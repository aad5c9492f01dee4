using ContractDocs.Library;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Library;

/// <summary>Every choice a commissioner is offered says where it comes from: the published model or current law.</summary>
public sealed class ModelTraceTests
{
    [Fact]
    public void RealLibrary_EveryElementCriterionAndSpecification_HasABasisWithAKnownOrigin()
    {
        var model = RealLibrary.Library.Model;
        var origins = model.Sources.Origins.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["billings-davis-2016", "billings-de-weger-2015"], model.Sources.Works.Select(w => w.Id));
        Assert.All(model.Elements, e => Assert.Equal("element", e.Basis?.Origin));
        Assert.All(model.Criteria.Select(c => (c.Id, c.Basis)).Concat(model.Specifications.Select(s => (s.Id, s.Basis))), entry =>
        {
            Assert.True(entry.Basis is { Text.Length: > 40 }, $"{entry.Id} has no basis worth the name");
            Assert.Contains(entry.Basis!.Origin, origins);
        });
        Assert.Contains(model.Specifications, s => s.Basis!.Origin == "added");
        Assert.Contains(model.Specifications, s => s.Basis!.Origin == "adapted");
    }

    [Fact]
    public void Lint_SourcesButAChoiceWithoutABasis_ReportsMissingBasisAtThatChoice()
    {
        using var library = TestLibrary.Create(null, LibraryFiles.ModelYaml(
            "sources:\n  intro: \"The model.\"\n  works:\n    - { id: paper, citation: \"A paper.\" }\n  origins:\n    - { id: added, title: \"Added\" }\n"));

        var problems = LibraryLinter.Lint(library.Load());

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal("missing-basis", p.Code));
        Assert.Equal(2 + 2 + 7, problems.Length);
    }
}
