using System.Text.Json.Nodes;
using ContractDocs.Selection;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Selection;

/// <summary>Release 2026.3 against the repository's library: every contract of a model carries its essential topics,
/// and the parties' roles are chosen and checked, with every problem named. Earlier releases keep building the
/// contracts they always built.</summary>
public sealed class EssentialsAndRolesTests
{
    private static readonly string[] AllEssentials = ["services", "payment", "governance-body", "liability", "safeguarding", "information-governance", "termination", "exit", "disputes"];

    [Theory]
    [InlineData("accountable-care-complete", "accountable-care", 10)]
    [InlineData("alliance-complete", "alliance", 11)]
    [InlineData("lead-provider-complete", "lead-provider", 11)]
    [InlineData("outcomes-based-complete", "outcomes-based", 10)]
    public void Plan_CompleteExample_CarriesEverySchedule_ItsModelHasInTheRelease(string example, string model, int count)
    {
        var plan = RealLibrary.Plan(RealLibrary.Example(example));
        var release = plan.Release;

        // Every approved schedule the release pins for the model, worked out from the release, not from the plan.
        var expected = release.Schedules
            .Where(id => RealLibrary.Library.Find(id, release.Pins[id]) is { Status: ContractDocs.Library.ClauseStatus.Approved } s && s.AppliesTo(model))
            .ToHashSet(StringComparer.Ordinal);
        var carried = plan.Clauses.Where(c => c.Clause.Kind == ContractDocs.Library.ClauseKind.Schedule).Select(c => c.Clause.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(model, plan.Model);
        Assert.Equal(count, expected.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), carried.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_LeadProviderWithNoSpecifications_RefusesWithEveryMissingTopicAndTheChoicesThatSupplyIt()
    {
        var selection = RealLibrary.Example("lead-provider-ltc");
        selection["specifications"] = new JsonArray();

        var result = RealLibrary.Resolve(selection);

        Assert.False(result.Succeeded);
        var missing = result.Problems.Where(p => p.Code == ProblemCodes.MissingEssential).ToList();
        var topics = missing.Select(p => p.Ids[0]).ToHashSet(StringComparer.Ordinal);
        // Core clauses supply some topics (termination, disputes, information governance) whatever is chosen.
        Assert.Superset(new HashSet<string>(["services", "payment", "governance-body", "liability", "safeguarding", "exit"]), topics);
        Assert.Subset(AllEssentials.ToHashSet(StringComparer.Ordinal), topics);
        Assert.All(missing, p => Assert.Equal("$.specifications", p.Path));
        var payment = missing.Single(p => p.Ids[0] == "payment");
        Assert.Contains("F2.block-with-outcome-element", payment.Ids);
        Assert.Contains("Every lead provider contract must cover how and when the provider is paid", payment.Message, StringComparison.Ordinal);
        Assert.Contains("'Block payment with an outcome element' (F2.block-with-outcome-element)", payment.Message, StringComparison.Ordinal);
        Assert.Contains("'Safeguarding' (L7.safeguarding)", missing.Single(p => p.Ids[0] == "safeguarding").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ExampleWithoutOneEssentialSpecification_RefusesNamingJustThatTopic()
    {
        var selection = RealLibrary.Example("capitated-place");
        selection["specifications"] = new JsonArray([.. selection["specifications"]!.AsArray().Select(s => (string)s!).Where(s => s != "L7.safeguarding").Select(s => (JsonNode)s)]);

        var result = RealLibrary.Resolve(selection);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.MissingEssential, "safeguarding"), (problem.Code, problem.Ids[0]));
        Assert.Equal(["safeguarding", "L7.safeguarding"], problem.Ids.ToArray());
    }

    [Theory]
    [InlineData("2026.1")]
    [InlineData("2026.2")]
    public void Resolve_ReleaseBeforeTheRules_BuildsWithoutTheEssentials(string release)
    {
        var selection = RealLibrary.Example("capitated-place", release);
        selection["specifications"] = new JsonArray([.. selection["specifications"]!.AsArray().Select(s => (string)s!).Where(s => s != "L7.safeguarding").Select(s => (JsonNode)s)]);

        var result = RealLibrary.Resolve(selection);

        Assert.True(result.Succeeded, string.Join(" | ", result.Problems));
        Assert.DoesNotContain(result.Plan!.Clauses, c => c.Clause.Id == "safeguarding");
    }

    [Fact]
    public void Resolve_LeadProviderWithNoPartyInTheRole_RefusesAtTheParties()
    {
        var selection = RealLibrary.Example("lead-provider-ltc");
        Parties(selection)[2]!["roles"] = new JsonArray("provider");

        var problem = Assert.Single(RealLibrary.Resolve(selection).Problems);

        Assert.Equal((ProblemCodes.InvalidVariable, "$.variables.parties"), (problem.Code, problem.Path));
        Assert.Contains("exactly one", problem.Message, StringComparison.Ordinal);
        Assert.Contains("leadProvider", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_TwoLeadProvidersAndALeadProviderThatIsNotAProvider_RefusesEach()
    {
        var selection = RealLibrary.Example("lead-provider-ltc");
        var parties = Parties(selection);
        parties.Add(new JsonObject { ["name"] = "Northshire GP Federation Ltd", ["kind"] = "gp-federation", ["identifier"] = "Company 09876543", ["roles"] = new JsonArray("leadProvider") });

        var problems = RealLibrary.Resolve(selection).Problems;

        Assert.Contains(problems, p => p.Path == "$.variables.parties" && p.Message.Contains("2 have it", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.variables.parties[3].roles" && p.Message.Contains("must also have the role provider", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_CommissionerRoleOnAProviderKind_RefusesThatParty()
    {
        var selection = RealLibrary.Example("capitated-place");
        Parties(selection)[2]!["roles"] = new JsonArray("provider", "commissioner");

        var problem = Assert.Single(RealLibrary.Resolve(selection).Problems);

        Assert.Equal("$.variables.parties[2].roles", problem.Path);
        Assert.Contains("Southdale Integrated Care NHS Trust cannot have the role commissioner", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_AllianceWithOneParticipant_RefusesAtTheParties()
    {
        var selection = RealLibrary.Example("frailty-alliance");
        foreach (var party in Parties(selection).Skip(1))
        {
            party!["roles"] = new JsonArray([.. party["roles"]!.AsArray().Select(r => (string)r!).Where(r => r != "allianceParticipant").Select(r => (JsonNode)r)]);
        }

        var problems = RealLibrary.Resolve(selection).Problems;

        Assert.Contains(problems, p => p.Path == "$.variables.parties" && p.Message.Contains("allianceParticipant to at least 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_UnknownOrRepeatedRole_RefusesThatPartysRoles()
    {
        var selection = RealLibrary.Example("capitated-place");
        Parties(selection)[0]!["roles"] = new JsonArray("commissioner", "funder");
        Parties(selection)[1]!["roles"] = new JsonArray("commissioner", "commissioner");

        var problems = RealLibrary.Resolve(selection).Problems;

        Assert.Contains(problems, p => p.Path == "$.variables.parties[0].roles" && p.Message.Contains("a list of: commissioner, provider", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.variables.parties[1].roles" && p.Message.Contains("each role once", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_PartiesWithoutRolesUnderAnEarlierRelease_StillBuilds()
    {
        var selection = RealLibrary.Example("lead-provider-ltc", "2026.2");
        foreach (var party in Parties(selection))
        {
            party!.AsObject().Remove("roles");
        }

        Assert.True(RealLibrary.Resolve(selection).Succeeded);
    }

    private static JsonArray Parties(JsonObject selection) => selection["variables"]!["parties"]!.AsArray();
}
