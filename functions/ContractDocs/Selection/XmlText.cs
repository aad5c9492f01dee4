namespace ContractDocs.Selection;

/// <summary>What XML 1.0 allows in character data.</summary>
public static class XmlText
{
    /// <summary>The index of the first character XML 1.0 cannot carry (controls other than tab, LF and CR;
    /// U+FFFE and U+FFFF; a lone surrogate), or null if there is none.</summary>
    public static int? FindIllegal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c) || (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return null;
    }
}
