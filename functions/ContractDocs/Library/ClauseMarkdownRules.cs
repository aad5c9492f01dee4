using System.Globalization;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContractDocs.Library;

/// <summary>
/// Linter rules for a clause body's Markdown: it refuses what the Word renderers would drop or print other than as
/// written (images, links to anything but https: and mailto:, HTML, numbered lists that start at another number,
/// characters Word cannot store), so a clause that lints clean is in the contract exactly as written. The body is
/// parsed with the renderer's own pipeline. Stateless and thread-safe.
/// </summary>
internal static class ClauseMarkdownRules
{
    public const string ImageNotAllowed = "image-not-allowed";
    public const string LinkNotAllowed = "link-not-allowed";
    public const string HtmlNotAllowed = "html-not-allowed";
    public const string ListStartNotOne = "list-start-not-one";
    public const string IllegalCharacter = "illegal-character";

    /// <param name="add">Receives a 1-based line of the body, a code and a message.</param>
    public static void Check(string body, Action<int, string, string> add)
    {
        CheckCharacters(body, add);
        foreach (var node in Markdig.Markdown.Parse(body, MarkdownPipelines.Clauses).Descendants())
        {
            switch (node)
            {
                case LinkInline { IsImage: true } image:
                    add(image.Line + 1, ImageNotAllowed,
                        $"An image (\"{Shorten(Label(image))}\") cannot go into a contract: only its description would be printed. Remove it and say in words what it shows.");
                    break;
                case LinkInline link when !SafeLinks.IsAllowed(link.Url):
                    add(link.Line + 1, LinkNotAllowed,
                        $"The link \"{Shorten(Label(link))}\" points to '{Shorten(link.Url ?? string.Empty)}', which is not an https: or mailto: address, so the contract would print the words without the link. Link to an https: or mailto: address, or remove the link and keep the words.");
                    break;
                case AutolinkInline autolink when !SafeLinks.IsAllowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url):
                    add(autolink.Line + 1, LinkNotAllowed,
                        $"The address <{Shorten(autolink.Url)}> is not an https: or mailto: address, so the contract would print it as plain text, not as a link. Use an https: or mailto: address, or remove the angle brackets.");
                    break;
                case ListBlock { IsOrdered: true } list when StartsAt(list) is { } start and not 1:
                    add(list.Line + 1, ListStartNotOne,
                        $"This numbered list starts at {start.ToString(CultureInfo.InvariantCulture)}, but every list in a contract is numbered from (a), so that number would be lost. Start the list at 1, or write the number in the words.");
                    break;
                case HtmlEntityInline entity when entity.Transcoded.ToString().FirstOrDefault(IsIllegal) is var c and not '\0':
                    add(entity.Line + 1, IllegalCharacter,
                        $"'{entity.Original}' stands for the character U+{(int)c:X4}, which a Word document cannot hold. Delete it.");
                    break;
            }
        }

        foreach (var node in Markdig.Markdown.Parse(body, MarkdownPipelines.ClausesWithHtml).Descendants())
        {
            var html = node switch
            {
                HtmlInline inline => (inline.Line, inline.Tag),
                HtmlBlock block => (block.Line, block.Lines.Count > 0 ? block.Lines.Lines[0].ToString() : string.Empty),
                _ => ((int Line, string Tag)?)null,
            };
            if (html is { } found)
            {
                add(found.Line + 1, HtmlNotAllowed,
                    $"'{Shorten(found.Tag.Trim())}' is HTML, which a contract never reads as formatting: it would be printed as typed. Remove it, or write \\< to show a '<' as text.");
            }
        }
    }

    private static void CheckCharacters(string body, Action<int, string, string> add)
    {
        var line = 1;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < body.Length && char.IsLowSurrogate(body[i + 1]))
            {
                i++;
            }
            else if (IsIllegal(c) || char.IsSurrogate(c))
            {
                add(line, IllegalCharacter,
                    $"This line holds the control character U+{(int)c:X4}, which a Word document cannot hold. Delete it (a line or page break pasted from Word often leaves one).");
            }
        }
    }

    /// <summary>Characters XML 1.0 forbids (other than surrogates, which come in pairs).</summary>
    private static bool IsIllegal(char c) => c is < '\u0020' and not ('\t' or '\n' or '\r') or '\uFFFE' or '\uFFFF';

    private static int? StartsAt(ListBlock list) =>
        int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : null;

    /// <summary>The plain text of a link's or image's label.</summary>
    private static string Label(ContainerInline inline)
    {
        var text = new StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            text.Append(child switch
            {
                LiteralInline literal => literal.Content.AsSpan(),
                CodeInline code => code.Content.AsSpan(),
                _ => default,
            });
        }

        return text.ToString();
    }

    /// <summary>The text on one line (line breaks and runs of spaces as one space), at most 60 characters.</summary>
    private static string Shorten(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 60 ? text : text[..60] + "…";
    }
}
