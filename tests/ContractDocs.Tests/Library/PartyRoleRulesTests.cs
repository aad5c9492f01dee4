using ContractDocs.Library;
using ContractDocs.Tests.Support;
using static ContractDocs.Tests.Support.LibraryFiles;

namespace ContractDocs.Tests.Library;

/// <summary>The rules of release 2026.3 for a parties variable's <c>roles:</c> (VariableParser.cs): roles and kinds
/// that exist, and roles only on a parties variable.</summary>
public sealed class PartyRoleRulesTests
{
    private const string JointAlliance = "clauses/joint-alliance/1.0.0.md";

    /// <summary>clauses/joint-alliance/1.0.0.md whose 'parties' variable has <paramref name="roles"/> (its first rule on
    /// line 17).</summary>
    private static (string Path, string? Content) JointAllianceWithRoles(string roles, string extraVariables = "") =>
        (JointAlliance,
            "---\nid: joint-alliance\nversion: 1.0.0\ntitle: Joint outcomes of the alliance\nstatus: approved\nimplements: [O1.joint]\nmodels: [alliance]\nrequires:\n  - O1.baseline\n"
            + "variables:\n  - name: parties\n    type: parties\n    required: true\n    description: Every party.\n    mustIncludeKinds: [health-commissioner, local-authority]\n    roles:\n"
            + roles + extraVariables
            + "---\nThe members agree the outcomes together: {{#each parties}}{{name}}; {{/each}}\n");

    private static List<string> Found(TestLibrary library) =>
        [.. LibraryLinter.Lint(library.Load()).Select(p => $"{p.File}:{p.Line}: {p.Code}")];

    [Fact]
    public void Lint_RoleRulesWithKnownRolesAndKinds_AreClean()
    {
        const string roles = "      - role: section75Partner\n        min: 2\n        kinds: [health-commissioner, local-authority, nhs-trust]\n        mustIncludeKinds: [local-authority]\n"
            + "      - role: poolHost\n        min: 1\n        max: 1\n        within: section75Partner\n";
        using var library = TestLibrary.Create(null, JointAllianceWithRoles(roles));

        var loaded = library.Load();

        Assert.Empty(LibraryLinter.Lint(loaded));
        var parties = Assert.Single(loaded.Library.Versions.Single(v => v.Id == "joint-alliance").Variables);
        Assert.Equal(["section75Partner", "poolHost"], parties.Roles.Select(r => r.Role));
    }

    [Fact]
    public void Lint_RoleThatIsNone_ReportsUnknownPartyRoleOnTheRule()
    {
        using var library = TestLibrary.Create(null, JointAllianceWithRoles("      - role: provider\n      - role: host\n        min: 1\n"));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal((JointAlliance, 18, "unknown-party-role"), (problem.File, problem.Line, problem.Code));
        Assert.StartsWith("'host' is not a party role. Roles: commissioner, provider, leadProvider", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_WithinARoleThatIsNone_ReportsUnknownPartyRole()
    {
        using var library = TestLibrary.Create(null, JointAllianceWithRoles("      - role: poolHost\n        within: partner\n"));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal((JointAlliance, 17, "unknown-party-role"), (problem.File, problem.Line, problem.Code));
        Assert.StartsWith("'partner' is not a party role.", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kinds: [nhs-trust, charity]")]
    [InlineData("mustIncludeKinds: [charity]")]
    public void Lint_RoleRuleWithAKindThatIsNone_ReportsUnknownPartyKind(string kinds)
    {
        using var library = TestLibrary.Create(null, JointAllianceWithRoles($"      - role: provider\n        {kinds}\n"));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal((JointAlliance, 17, "unknown-party-kind"), (problem.File, problem.Line, problem.Code));
        Assert.StartsWith("'charity' is not a party kind.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_VariableMustIncludeAKindThatIsNone_ReportsUnknownPartyKind()
    {
        var clause = JointAllianceWithRoles("      - role: provider\n");
        clause.Content = clause.Content!.Replace("[health-commissioner, local-authority]", "[health-commissioner, council]", StringComparison.Ordinal);
        using var library = TestLibrary.Create(null, clause);

        Assert.Equal([$"{JointAlliance}:11: unknown-party-kind"], Found(library));
    }

    [Fact]
    public void Lint_RolesOnAVariableThatIsNotParties_ReportsInvalidValue()
    {
        const string lead = "  - name: leadName\n    type: text\n    required: true\n    description: The lead's name.\n    roles:\n      - role: leadProvider\n";
        using var library = TestLibrary.Create(null, JointAllianceWithRoles("      - role: provider\n", lead));

        var problem = Assert.Single(LibraryLinter.Lint(library.Load()));

        Assert.Equal((JointAlliance, 23, "invalid-value"), (problem.File, problem.Line, problem.Code));
        Assert.Contains("'leadName' is not one", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_PartiesDeclaredOnlyForItsRoles_IsNotUnused()
    {
        var pbr = ("clauses/pbr/1.0.0.md", Text("pbr", "The Provider is paid for each unit of activity.", "implements: [F1.pbr]\nvariables:\n  - name: parties\n    type: parties\n    required: false\n    description: Every party.\n    roles:\n      - role: provider\n        min: 1\n"));
        using var library = TestLibrary.Create(null, pbr);

        Assert.Empty(LibraryLinter.Lint(library.Load()));
    }

    [Fact]
    public void Lint_PartiesDeclaredWithoutRolesAndNotPrinted_IsUnused()
    {
        var pbr = ("clauses/pbr/1.0.0.md", Text("pbr", "The Provider is paid for each unit of activity.", "implements: [F1.pbr]\nvariables:\n  - name: parties\n    type: parties\n    required: false\n    description: Every party.\n"));
        using var library = TestLibrary.Create(null, pbr);

        Assert.Equal(["clauses/pbr/1.0.0.md:7: unused-variable"], Found(library));
    }

    [Fact]
    public void Lint_ModelVariableWithARoleThatIsNone_ReportsUnknownPartyRoleInModelYaml()
    {
        var model = BaseModel.Replace("    description: Every party.\n", "    description: Every party.\n    roles:\n      - role: host\n", StringComparison.Ordinal);
        using var library = TestLibrary.Create(null, ("model.yaml", model));

        Assert.Equal(["model.yaml:24: unknown-party-role"], Found(library));
    }

    [Fact]
    public void Lint_RoleModelYamlGivesWordsForButTheEngineLacks_ReportsUnknownPartyRole()
    {
        // Roles are the engine's (a selection and the templates use them); model.yaml only gives their words.
        var words = "partyRoles:\n" + string.Concat(VariableTypes.PartyRoles.Append("host").Select(r => $"  - id: {r}\n    title: {r}\n"));
        using var library = TestLibrary.Create(null, ModelYaml(words), JointAllianceWithRoles("      - role: host\n"));

        Assert.Equal([$"{JointAlliance}:17: unknown-party-role"], Found(library));
    }
}
