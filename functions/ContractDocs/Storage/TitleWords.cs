using System.Text;

namespace ContractDocs.Storage;

/// <summary>The words a title is found by: lower case, accents removed, letters and digits only, two characters or
/// more, at most 40 characters and 24 words; what is left is safe in a blob name. The same form for a query.</summary>
public static class TitleWords
{
    private const int MaxWords = 24;
    private const int MaxLength = 40;

    // Latin-1 letters with accents, and the letter each reads as (the app runs with invariant globalization, which
    // does not decompose accents).
    private const string Accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ";
    private const string Plain = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyy";

    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var original in text)
        {
            var c = Fold(original);
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or (>= 'A' and <= 'Z'))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            Flush();
        }

        Flush();
        return words;

        static char Fold(char c)
        {
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            return at < 0 ? c : Plain[at];
        }

        void Flush()
        {
            if (word.Length >= 2 && words.Count < MaxWords)
            {
                var found = word.ToString(0, Math.Min(word.Length, MaxLength));
                if (!words.Contains(found, StringComparer.Ordinal))
                {
                    words.Add(found);
                }
            }

            word.Clear();
        }
    }
}
