using ContractDocs.Library;
using ContractDocs.Model;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Library;

/// <summary>model.yaml <c>labels</c> (LabelRules.cs): once a library labels its values, every variable, every option
/// of a choice and every row field has a label, and the real library's labels are complete.</summary>
public sealed class LabelRulesTests
{
    /// <summary>A labels section for the base test library: every variable its model and clauses declare, every row field.</summary>
    private const string CompleteLabels = """
        labels:
          variables:
            contractTitle: { label: "Contract title" }
            parties: { label: "Parties" }
            budget: { label: "Budget" }
            contributions: { label: "Contributions" }
            decisionRule:
              label: "How the board decides"
              labels: { unanimous: "Unanimously", majority: "By majority vote" }
            leads: { label: "Leads" }
            openBook: { label: "Open book" }
            outcomes: { label: "Outcomes" }
            paymentAtRisk: { label: "Payment at risk" }
            services: { label: "Services" }
            share: { label: "Share" }
            startDate: { label: "Start date" }
            years: { label: "Term", unit: years }
          fields:
            name: { label: "Name" }
            kind: { label: "Kind of organisation" }
            identifier: { label: "Identifier" }
            address: { label: "Address for notices" }
            roles: { label: "Roles" }
            role: { label: "Role" }
            organisation: { label: "Organisation" }
            indicator: { label: "Indicator" }
            baseline: { label: "Baseline" }
            target: { label: "Target" }
            weight: { label: "Weight" }
            source: { label: "Data source" }
            frequency: { label: "How often it is measured" }
            year: { label: "Contract year" }
            percentage: { label: "Percentage at risk" }
            party: { label: "Party" }
            amount: { label: "Amount a year" }

        """;

    private static TestLibrary WithLabels(string labels)
    {
        var model = File.ReadAllText(Path.Combine(TestLibrary.CasesFolder, "_base", "model.yaml"));
        return TestLibrary.Create(null, ("model.yaml", model.Replace("elements:", labels + "elements:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Lint_CompleteLabels_AreClean_AndReadAsLegalWroteThem()
    {
        using var library = WithLabels(CompleteLabels);
        var loaded = library.Load();

        Assert.Empty(LibraryLinter.Lint(loaded));
        var labels = loaded.Library.Model.Labels;
        Assert.Equal("By majority vote", labels.Variable("decisionRule").OptionLabel("majority"));
        Assert.Equal("the start date", labels.Variable("startDate").Noun);
        Assert.Equal("years", labels.Variable("years").Unit);
    }

    [Fact]
    public void Lint_VariableWithoutALabel_IsReportedAtItsClause()
    {
        using var library = WithLabels(CompleteLabels.Replace("    budget: { label: \"Budget\" }\n", string.Empty, StringComparison.Ordinal));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal("missing-label", problem.Code);
        Assert.StartsWith("clauses/", problem.File, StringComparison.Ordinal);
        Assert.Contains("'budget'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ChoiceOptionWithoutALabel_RowFieldWithoutALabel_AndALabelForNothing_AreReported()
    {
        var labels = CompleteLabels
            .Replace(", majority: \"By majority vote\"", string.Empty, StringComparison.Ordinal)
            .Replace("    weight: { label: \"Weight\" }\n", string.Empty, StringComparison.Ordinal)
            .Replace("    years: {", "    yeers: { label: \"Typo\" }\n    years: {", StringComparison.Ordinal);
        using var library = WithLabels(labels);

        var problems = LibraryLinter.Lint(library.Load()).Select(p => $"{p.File}: {p.Code}: {p.Message}").ToList();

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("model.yaml: missing-label: Choice 'decisionRule' has no label for 'majority'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("model.yaml: missing-label: Row field 'weight'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("model.yaml: unknown-label: labels.variables names 'yeers'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("    [contractTitle]: { label: \"Contract title\" }\n", "A key under 'labels.variables' must be the name of a variable")]
    [InlineData("    decisionRule:\n      label: \"How the board decides\"\n      labels: { [unanimous]: \"Unanimously\", majority: \"By majority vote\" }\n", "A key under the 'labels' of 'decisionRule' must be one of its options")]
    [InlineData("    decisionRule:\n      label: \"How the board decides\"\n      labels: { unanimous: [Unanimously], majority: \"By majority vote\" }\n", "The label of option 'unanimous' of 'decisionRule' must be text")]
    public void Load_ALabelKeyOrOptionLabelThatIsNotText_IsAProblemAtItsLine_NotACrash(string entry, string message)
    {
        var labels = CompleteLabels.Replace("    contractTitle: { label: \"Contract title\" }\n", string.Empty, StringComparison.Ordinal)
            .Replace("    decisionRule:\n      label: \"How the board decides\"\n      labels: { unanimous: \"Unanimously\", majority: \"By majority vote\" }\n", string.Empty, StringComparison.Ordinal)
            .Replace("  variables:\n", "  variables:\n" + entry, StringComparison.Ordinal);
        using var library = WithLabels(labels);

        var problems = library.Load().Problems;

        Assert.Contains(problems, p => p.File == "model.yaml" && p.Code == "invalid-value" && p.Message.StartsWith(message, StringComparison.Ordinal) && p.Line > 1);
    }

    [Fact]
    public void RealLibrary_LabelsEveryVariableOptionAndRowField()
    {
        var library = RealLibrary.Library;
        var labels = library.Model.Labels;

        Assert.DoesNotContain(LibraryLinter.Lint(RealLibrary.Loaded), p => p.Code is "missing-label" or "unknown-label");
        var variables = library.Model.Variables.Concat(library.Versions.SelectMany(v => v.Variables)).ToList();
        Assert.All(variables, v => Assert.NotNull(labels.FindVariable(v.Name)));
        Assert.All(variables.SelectMany(v => v.Options.Select(o => (v.Name, o))), p => Assert.True(labels.Variable(p.Name).Options.ContainsKey(p.o), $"{p.Name}: {p.o}"));
        Assert.All(variables.SelectMany(v => VariableTypes.RecordFields(v.Type)), f => Assert.NotNull(labels.FindField(f)));
        Assert.Equal("Direct award process B: people choose their provider", labels.Variable("psrRoute").OptionLabel("direct-award-b"));
        Assert.Equal("the contract reference", labels.Variable("contractReference").Noun);
    }
}
