using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ContractDocs.Library;
using ContractDocs.Templating;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContractDocs.Rendering;

/// <summary>
/// Before anything is written, finds what every cross-reference can point at: each clause and schedule, and each
/// <c>{{anchor}}</c> on a sub-clause, a schedule paragraph or a list item, with the number Word will give it, computed
/// as the renderers number (every paragraph at the top of a clause body is a sub-clause, 7.1, 7.2 …; at the top of a
/// schedule a paragraph, 1, 2 …; every list its own (a), (b) … with (i), (ii) … nested). A forward reference is then
/// written with its right number. Paragraphs on the way to an anchored list item are bookmarked too, so "7.3(b)" is two
/// live fields: 7.3 and (b).
/// </summary>
public static class AnchorIndex
{
    public static (Dictionary<string, ReferenceTarget> Targets, Dictionary<ParagraphBlock, string> Bookmarks) Build(DocumentLayout layout, string scheduleNumberPattern)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var targets = new Dictionary<string, ReferenceTarget>(StringComparer.Ordinal);
        var bookmarks = new Dictionary<ParagraphBlock, string>();
        var sequence = 0;
        int Next() => ++sequence;
        foreach (var clause in layout.Clauses)
        {
            var heading = new RefPiece(null, clause.Bookmark, clause.Number.ToString(CultureInfo.InvariantCulture));
            targets[clause.Planned.Clause.Id] = new ReferenceTarget("clause", [heading], []);
            Walk(clause, "clause", heading, k => $"{clause.Number}.{k}", [], targets, bookmarks, Next);
        }

        foreach (var schedule in layout.Schedules)
        {
            var heading = new RefPiece(null, schedule.Bookmark, scheduleNumberPattern.Replace("%1", schedule.Number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
            targets[schedule.Planned.Clause.Id] = new ReferenceTarget(null, [heading], []);
            Walk(schedule, "scheduleParagraph", heading, k => k.ToString(CultureInfo.InvariantCulture), [heading], targets, bookmarks, Next);
        }

        return (targets, bookmarks);
    }

    private static void Walk(LayoutText text, string label, RefPiece heading, Func<int, string> paragraphNumber, ImmutableArray<RefPiece> schedule,
        Dictionary<string, ReferenceTarget> targets, Dictionary<ParagraphBlock, string> bookmarks, Func<int> next)
    {
        var id = text.Planned.Clause.Id;
        var paragraph = 0;
        RefPiece? current = null;
        foreach (var block in text.Document)
        {
            switch (block)
            {
                case ParagraphBlock top:
                    paragraph++;
                    current = new RefPiece(top, $"_RefP{next()}", paragraphNumber(paragraph));
                    foreach (var anchor in Anchors(top))
                    {
                        Add(anchor, [current]);
                    }

                    break;
                case ListBlock list:
                    List(list, 0, current is null ? [heading] : [current]);
                    break;
            }
        }

        void List(ListBlock list, int level, ImmutableArray<RefPiece> path)
        {
            var item = 0;
            foreach (var entry in list.OfType<ListItemBlock>())
            {
                item++;
                var first = entry.FirstOrDefault() as ParagraphBlock;
                var piece = new RefPiece(first, $"_RefL{next()}", ItemNumber(level, item));
                if (first is not null)
                {
                    foreach (var anchor in Anchors(first))
                    {
                        Add(anchor, path.Add(piece));
                    }
                }

                foreach (var nested in entry.OfType<ListBlock>())
                {
                    List(nested, Math.Min(level + 1, 8), path.Add(piece));
                }
            }
        }

        void Add(string anchor, ImmutableArray<RefPiece> pieces)
        {
            foreach (var piece in pieces.Where(p => p.Paragraph is not null))
            {
                bookmarks.TryAdd(piece.Paragraph!, piece.Bookmark);
            }

            // A piece bookmarked earlier (a sub-clause on the way to two items) keeps its first name.
            var named = pieces.Select(p => p.Paragraph is { } block && bookmarks.TryGetValue(block, out var name) ? p with { Bookmark = name } : p).ToImmutableArray();
            targets.TryAdd($"{id}#{anchor}", new ReferenceTarget(label, named, schedule));
        }
    }

    /// <summary>The anchors set in a paragraph (the markers the <c>anchor</c> helper left in its text).</summary>
    private static IEnumerable<string> Anchors(ParagraphBlock paragraph) =>
        paragraph.Inline is { } inline && HasAnchor(inline) ? AnchorsIn(inline) : [];

    /// <summary>Whether any literal under <paramref name="container"/> holds an anchor's start marker: most paragraphs
    /// hold none, and are walked without a text or an iterator being made.</summary>
    private static bool HasAnchor(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if ((child is LiteralInline literal && literal.Content.AsSpan().Contains(Markers.AnchorStart))
                || (child is ContainerInline inner && HasAnchor(inner)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> AnchorsIn(ContainerInline inline)
    {
        var text = new StringBuilder();
        foreach (var literal in inline.Descendants<LiteralInline>())
        {
            text.Append(literal.Content.AsSpan());
        }

        var all = text.ToString();
        var at = 0;
        while ((at = all.IndexOf(Markers.AnchorStart, at)) >= 0)
        {
            var end = all.IndexOf(Markers.AnchorEnd, at + 1);
            if (end < 0)
            {
                yield break;
            }

            yield return all[(at + 1)..end];
            at = end + 1;
        }
    }

    /// <summary>A list item's number as Word shows it at a level of the renderer's list (ListDefinitions), without a
    /// trailing period: (a), (i), 1, A, a, i, 1, a, i.</summary>
    public static string ItemNumber(int level, int n) => (level % 9) switch
    {
        0 => $"({Letters(n, lower: true)})",
        1 => $"({Roman(n).ToLowerInvariant()})",
        2 or 6 => n.ToString(CultureInfo.InvariantCulture),
        3 => Letters(n, lower: false),
        4 or 7 => Letters(n, lower: true),
        _ => Roman(n).ToLowerInvariant(),
    };

    /// <summary>Word's letter numbering: a … z, then aa … zz, then aaa ….</summary>
    private static string Letters(int n, bool lower)
    {
        var letter = (char)((lower ? 'a' : 'A') + ((n - 1) % 26));
        return new string(letter, ((n - 1) / 26) + 1);
    }

    private static string Roman(int n)
    {
        var result = new StringBuilder();
        foreach (var (value, symbol) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            for (; n >= value; n -= value)
            {
                result.Append(symbol);
            }
        }

        return result.ToString();
    }
}
