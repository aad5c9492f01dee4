namespace ContractDocs.Library;

/// <summary>The one policy for links, in clause text and in the documents people upload: an absolute https or mailto
/// address. Anything else (http, file:, a UNC or relative path, javascript:) can open a file or network location, or
/// leak credentials to a share: a clause that holds one is refused by the linter, a document by intake.</summary>
internal static class SafeLinks
{
    public static bool IsAllowed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto)
        && !uri.IsUnc;
}
