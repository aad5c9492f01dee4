using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ContractDocs.Functions.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>How an executed copy may arrive at POST /api/contracts/{id}/executed, and what each wrong way is told.</summary>
public sealed class UploadTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public UploadTests(AppFactory app) => _app = app;

    [Fact]
    public async Task RawBytesLabelledFormUrlencoded_AsCurlDataBinarySendsThem_AreReadAsTheFile()
    {
        var id = await ContractAsync();
        var content = new ByteArrayContent(ConcurrencyContract.Pdf("curl --data-binary"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "signed.pdf" };

        var response = await Procurement().PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task MultipartWithoutAFile_SaysWhatToSend_NotThatTheFileIsEmpty()
    {
        var id = await ContractAsync();
        using var form = new MultipartFormDataContent { { new StringContent("hello"), "note" } };

        var response = await Procurement().PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("no-file", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("field named file", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APdfNamedDocx_Is415_AndIsNotFiled()
    {
        var id = await ContractAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(ConcurrencyContract.Pdf("really a pdf")), "file", "signed.docx" } };

        var response = await Procurement().PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("\"code\":\"extension-mismatch\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var record = JsonDocument.Parse(await Procurement().GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative)));
        Assert.Equal("draft", record.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnEmptyBody_IsTheEmptyFileProblem()
    {
        var id = await ContractAsync();

        var response = await Procurement().PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), new ByteArrayContent([]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("\"code\":\"empty-file\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private HttpClient Procurement() => _app.As("paula", "procurement");

    private async Task<string> ContractAsync()
    {
        var created = await _app.As("ann", "commissioner").PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("outcomes-based-reablement")));
        return JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString()!;
    }
}
