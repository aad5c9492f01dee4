using System.Collections.Immutable;
using System.Text;

namespace ContractDocs.Library;

/// <summary>
/// Finds the Handlebars tags in a template without compiling it, so the linter and the resolver can see which
/// variables, helpers, cross-references and defined terms a clause uses. Stateless and thread-safe.
/// </summary>
public static class TemplateScanner
{
    /// <summary>Scans <paramref name="text"/>; an unclosed tag is reported as a tag of kind Expression named "".</summary>
    public static ImmutableArray<TemplateTag> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tags = ImmutableArray.CreateBuilder<TemplateTag>();
        var index = 0;
        while ((index = text.IndexOf("{{", index, StringComparison.Ordinal)) >= 0)
        {
            var line = 1 + CountNewlines(text, index);
            if (index > 0 && text[index - 1] == '\\')
            {
                index += 2;
                continue;
            }

            if (text.AsSpan(index).StartsWith("{{{"))
            {
                var close = text.IndexOf("}}}", index, StringComparison.Ordinal);
                var end = close < 0 ? text.Length : close + 3;
                tags.Add(new TemplateTag(line, TemplateTagKind.Unescaped, string.Empty, [], text[index..end]));
                index = end;
                continue;
            }

            if (text.AsSpan(index).StartsWith("{{!--"))
            {
                var close = text.IndexOf("--}}", index, StringComparison.Ordinal);
                var end = close < 0 ? text.Length : close + 4;
                tags.Add(new TemplateTag(line, TemplateTagKind.Comment, string.Empty, [], text[index..end]));
                index = end;
                continue;
            }

            var closing = text.IndexOf("}}", index + 2, StringComparison.Ordinal);
            if (closing < 0)
            {
                tags.Add(new TemplateTag(line, TemplateTagKind.Expression, string.Empty, [], text[index..]));
                break;
            }

            var source = text[index..(closing + 2)];
            tags.Add(Parse(line, source));
            index = closing + 2;
        }

        return tags.ToImmutable();
    }

    private static TemplateTag Parse(int line, string source)
    {
        var inner = source[2..^2].Trim().Trim('~').Trim();
        if (inner.Length == 0)
        {
            return new TemplateTag(line, TemplateTagKind.Expression, string.Empty, [], source);
        }

        var (kind, rest) = inner[0] switch
        {
            '#' => (TemplateTagKind.BlockOpen, inner[1..]),
            '/' => (TemplateTagKind.BlockClose, inner[1..]),
            '!' => (TemplateTagKind.Comment, string.Empty),
            '>' => (TemplateTagKind.Partial, inner[1..]),
            '&' => (TemplateTagKind.Unescaped, inner[1..]),
            '^' => (TemplateTagKind.BlockOpen, "unless " + inner[1..]),
            _ => inner == "else" ? (TemplateTagKind.Else, string.Empty) : (TemplateTagKind.Expression, inner),
        };
        var words = Split(rest.Trim());
        var name = words.Count > 0 ? words[0].Value : string.Empty;
        return new TemplateTag(line, kind, name, [.. words.Skip(1)], source);
    }

    private static List<TemplateArgument> Split(string text)
    {
        var result = new List<TemplateArgument>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] == '(')
            {
                // A subexpression: up to the matching ')', quotes respected.
                var depth = 0;
                var start = i;
                char? quote = null;
                for (; i < text.Length; i++)
                {
                    var c = text[i];
                    if (quote is not null)
                    {
                        quote = c == quote ? null : quote;
                    }
                    else if (c is '"' or '\'')
                    {
                        quote = c;
                    }
                    else if (c == '(')
                    {
                        depth++;
                    }
                    else if (c == ')' && --depth == 0)
                    {
                        break;
                    }
                }

                var inner = Split(text[(start + 1)..Math.Min(i, text.Length)]);
                i++;
                result.Add(inner.Count == 0
                    ? new TemplateArgument(string.Empty, IsLiteral: false, [])
                    : new TemplateArgument(inner[0].Value, IsLiteral: false, [.. inner.Skip(1)]));
                continue;
            }

            if (text[i] is '"' or '\'')
            {
                var quote = text[i];
                var value = new StringBuilder();
                i++;
                while (i < text.Length && text[i] != quote)
                {
                    value.Append(text[i++]);
                }

                i++;
                result.Add(new TemplateArgument(value.ToString(), IsLiteral: true));
                continue;
            }

            var wordStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '(')
            {
                i++;
            }

            var word = text[wordStart..i];
            var literal = word.Length > 0 && (char.IsAsciiDigit(word[0]) || word[0] == '-' || word is "true" or "false" or "null");
            result.Add(new TemplateArgument(word, literal));
        }

        return result;
    }

    private static int CountNewlines(string text, int end)
    {
        var count = 0;
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }
}
