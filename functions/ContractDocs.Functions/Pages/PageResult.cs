using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace ContractDocs.Functions.Pages;

/// <summary>A page, sent as HTML, with what belongs to this request filled in as it is sent: every post form's
/// antiforgery token (where the page wrote <see cref="Html.AntiforgeryField"/>) and the header, with the caller's name and
/// the pages their roles open (<see cref="SiteHeader"/>).</summary>
public sealed class PageResult : IResult
{
    private readonly string _html;

    public PageResult(string html) => _html = html;

    public int StatusCode { get; init; } = StatusCodes.Status200OK;

    /// <summary>The same page sent with another status (an error page).</summary>
    public PageResult WithStatus(int status) => new(_html) { StatusCode = status };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var html = _html;
        if (html.Contains(Html.AntiforgeryField, StringComparison.Ordinal))
        {
            var tokens = httpContext.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(httpContext);
            html = html.Replace(Html.AntiforgeryField, $"<input type=\"hidden\" name=\"{HtmlEncoder.Default.Encode(tokens.FormFieldName)}\" value=\"{HtmlEncoder.Default.Encode(tokens.RequestToken ?? string.Empty)}\">", StringComparison.Ordinal);
        }

        html = html.Replace(SiteHeader.Placeholder, SiteHeader.Render(httpContext.User, httpContext.Request.Path.Value ?? "/"), StringComparison.Ordinal);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        await httpContext.Response.WriteAsync(html);
    }
}
