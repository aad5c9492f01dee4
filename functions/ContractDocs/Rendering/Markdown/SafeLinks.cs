namespace ContractDocs.Rendering.Markdown;

/// <summary>Only absolute https and mailto links reach a contract.</summary>
internal static class SafeLinks
{
    public static bool IsAllowed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto)
        && !uri.IsUnc;
}
