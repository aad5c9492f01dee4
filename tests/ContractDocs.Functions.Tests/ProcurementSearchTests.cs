using System.Net;
using System.Text.Json.Nodes;
using ContractDocs.Functions.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>Procurement finds a contract by id, by a word of its title or the start of one, or by a phrase, from the
/// title-word index, with each contract's status.</summary>
public sealed class ProcurementSearchTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public ProcurementSearchTests(AppFactory app) => _app = app;

    [Fact]
    public async Task Search_ByWordStartOfWordPhraseOrId_FindsExactlyTheContractsThatMatch()
    {
        var tarn = await CreateAsync("Tarnwick Reablement Agreement");
        var tarnCare = await CreateAsync("Tarnwick Care Home Alliance");
        var other = await CreateAsync("Eastmere Frailty Alliance");
        var procurement = _app.As("pia", "procurement");

        async Task<string> Search(string q) => WebUtility.HtmlDecode(await procurement.GetStringAsync(new Uri("/procurement?q=" + Uri.EscapeDataString(q), UriKind.Relative)));

        var word = await Search("tarnwick");
        Assert.Contains(tarn, word, StringComparison.Ordinal);
        Assert.Contains(tarnCare, word, StringComparison.Ordinal);
        Assert.DoesNotContain(other, word, StringComparison.Ordinal);
        var start = await Search("Tarnw");
        Assert.Contains(tarn, start, StringComparison.Ordinal);
        Assert.Contains(tarnCare, start, StringComparison.Ordinal);
        var phrase = await Search("care home");
        Assert.Contains(tarnCare, phrase, StringComparison.Ordinal);
        Assert.DoesNotContain(tarn, phrase, StringComparison.Ordinal);
        var id = await Search(other);
        Assert.Contains("Eastmere Frailty Alliance", id, StringComparison.Ordinal);
        Assert.Contains("No contracts match.", await Search("zzqx"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ShowsAnExecutedContractsStatus()
    {
        var id = await CreateAsync("Quillan Valley Hospice Contract");
        var procurement = _app.As("pia", "procurement");
        Assert.Equal(HttpStatusCode.Created, (await procurement.PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), new ByteArrayContent(ConcurrencyContract.Pdf("quillan")))).StatusCode);

        var html = await procurement.GetStringAsync(new Uri("/procurement?q=quillan", UriKind.Relative));

        Assert.Contains("<td class=\"nhsuk-table__cell\">executed</td>", html, StringComparison.Ordinal);
    }

    private async Task<string> CreateAsync(string title)
    {
        var selection = JsonNode.Parse(AppFactory.Example("outcomes-based-reablement"))!;
        selection["variables"]!["contractTitle"] = title;
        var created = await _app.As("cara", "commissioner").PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(selection.ToJsonString()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return JsonNode.Parse(await created.Content.ReadAsStringAsync())!["contractId"]!.GetValue<string>();
    }
}
