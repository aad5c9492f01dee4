namespace ContractDocs.Intake;

/// <summary>
/// Turns an uploader's file name into one that is safe to keep as metadata: no path, no control or bidi
/// characters, no reserved device name, at most <see cref="MaxLength"/> characters, never empty. The result is
/// never used to name stored bytes.
/// </summary>
internal static class FileNameCleaner
{
    public const int MaxLength = 120;
    private const int MaxExtensionLength = 10;

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    /// <param name="name">The name as uploaded, or null.</param>
    /// <param name="extension">The extension for the fallback name ("docx", "pdf" or "bin"), without a dot.</param>
    public static string Clean(string? name, string extension)
    {
        var fallback = $"document.{extension}";
        if (string.IsNullOrEmpty(name))
        {
            return fallback;
        }

        var cleaned = PrintableText.Keep(LastSegment(name));
        cleaned = ReplaceReserved(cleaned).Trim(' ', '.');
        if (cleaned.Length == 0)
        {
            return fallback;
        }

        if (IsDeviceName(cleaned))
        {
            return "document";
        }

        return Shorten(cleaned);
    }

    /// <summary>The part after the last / or \ (so ../ and drive or UNC prefixes go too).</summary>
    private static string LastSegment(string name)
    {
        var slash = name.AsSpan().LastIndexOfAny('/', '\\');
        return slash < 0 ? name : name[(slash + 1)..];
    }

    /// <summary>Characters Windows refuses in a name (: also opens an alternate data stream) become "_".</summary>
    private static string ReplaceReserved(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is ':' or '<' or '>' or '"' or '|' or '?' or '*')
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }

    /// <summary>CON, con.docx, "nul .txt", LPT1.tar.gz: the part before the first dot names a device.</summary>
    private static bool IsDeviceName(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var stem = (dot < 0 ? name : name[..dot]).TrimEnd(' ');
        return DeviceNames.Contains(stem);
    }

    /// <summary>Cuts to <see cref="MaxLength"/>, keeping a short extension when there is one.</summary>
    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= MaxExtensionLength + 1 ? name[dot..] : string.Empty;
        var stem = PrintableText.Cut(name[..(name.Length - extension.Length)], MaxLength - extension.Length);
        return stem.TrimEnd(' ', '.') + extension;
    }
}
