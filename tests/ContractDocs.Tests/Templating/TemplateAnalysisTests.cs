using ContractDocs.Templating;

namespace ContractDocs.Tests.Templating;

/// <summary>What a template cites, per contract model: text inside <c>{{#eq contract.model "…"}}</c> is printed in that
/// model only, and text in its <c>{{else}}</c> in every other, so the resolver holds each model to what it prints.</summary>
public sealed class TemplateAnalysisTests
{
    private const string Text = """
        See {{ref "always"}}.
        {{#eq contract.model "alliance"}}See {{ref "alliance-only"}} and the {{term "Alliance"}}.{{anchor "ally"}}{{else}}See {{ref "others#a"}} and the {{term "Provider"}}.{{/eq}}
        {{#if extra}}{{#eq contract.model "lead-provider"}}{{ref "lead"}}{{/eq}}{{else}}{{ref "no-extra"}}{{/if}}
        {{#eq contract.model "alliance"}}{{#eq contract.model "lead-provider"}}{{ref "never"}}{{/eq}}{{/eq}}
        {{#eq decisionRule "unanimous"}}{{ref "unanimous"}}{{/eq}}
        """;

    [Theory]
    [InlineData("alliance", "always,alliance-only,no-extra,unanimous")]
    [InlineData("lead-provider", "always,others#a,lead,no-extra,unanimous")]
    [InlineData("accountable-care", "always,others#a,no-extra,unanimous")]
    public void ReferencesFor_Model_AreTheOnesThatModelPrints(string model, string expected)
    {
        var analysis = TemplateAnalysis.Of(Text);

        Assert.Equal(expected.Split(','), analysis.ReferencesFor(model).Select(r => r.ClauseId));
        Assert.Equal(7, analysis.References.Length);
    }

    [Fact]
    public void TermsAndAnchorsFor_Model_FollowTheSameBlocks()
    {
        var analysis = TemplateAnalysis.Of(Text);

        Assert.Equal(["Alliance"], analysis.TermsFor("alliance").Select(t => t.Term));
        Assert.Equal(["Provider"], analysis.TermsFor("outcomes-based").Select(t => t.Term));
        Assert.Equal(["ally"], analysis.AnchorsFor("alliance").Select(a => a.Name));
        Assert.Empty(analysis.AnchorsFor("lead-provider"));
    }

    [Fact]
    public void ModelCondition_CombinesNestedBlocks()
    {
        var alliance = ModelCondition.Always.Only("alliance");

        Assert.True(alliance.AppliesTo("alliance"));
        Assert.False(alliance.AppliesTo("lead-provider"));
        Assert.False(alliance.Only("lead-provider").AppliesTo("alliance"));
        Assert.False(alliance.Except("alliance").AppliesTo("alliance"));
        Assert.True(alliance.Except("lead-provider").AppliesTo("alliance"));
        var neither = ModelCondition.Always.Except("alliance").Except("lead-provider");
        Assert.False(neither.AppliesTo("alliance"));
        Assert.False(neither.AppliesTo("lead-provider"));
        Assert.True(neither.AppliesTo("outcomes-based"));
    }
}
