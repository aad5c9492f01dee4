using System.Text.RegularExpressions;

namespace ContractDocs.Functions.Tests.Support;

/// <summary>A signed-in browser's session as the pages see it, without a browser: the antiforgery cookie kept by the
/// client and the token read from a page's form, sent back with each post.</summary>
public sealed partial class FormSession
{
    private FormSession(HttpClient client, string token)
    {
        Client = client;
        Token = token;
    }

    public HttpClient Client { get; }

    public string Token { get; }

    /// <summary>Opens <paramref name="page"/> (a page with a post form) as <paramref name="name"/> and keeps its token.</summary>
    public static async Task<FormSession> OpenAsync(AppFactory app, string page, string name, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.As(name, roles);
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var token = TokenField().Match(html);
        return token.Success ? new FormSession(client, token.Groups[1].Value) : throw new InvalidOperationException($"{page} has no form token.");
    }

    /// <summary>The fields as a urlencoded form, with the token.</summary>
    public FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Append((Name: "__RequestVerificationToken", Value: Token)).Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>A raw urlencoded body, with the token appended.</summary>
    public StringContent Raw(string body) =>
        new($"{body}&__RequestVerificationToken={Uri.EscapeDataString(Token)}", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
