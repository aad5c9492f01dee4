namespace ContractDocs.Intake;

/// <summary>The one policy for links a person clicks, in Word documents and PDFs alike: an absolute https or
/// mailto address. Anything else (http, file:, a UNC or relative path, javascript:) can open a file or network
/// location, or leak credentials to a share, and is refused by the caller.</summary>
internal static class SafeLinks
{
    public static bool IsWebOrMail(string target) =>
        Uri.TryCreate(target.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "mailto";
}
