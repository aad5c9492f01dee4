using System.Globalization;
using System.Xml.Linq;
using ContractDocs.Library;
using ContractDocs.Selection;

namespace ContractDocs.Rendering.Redline;

/// <summary>
/// The two redlines: release against release (every clause and schedule of each as a <see cref="ReleaseBook"/>), and a
/// contract's draft on one release against the same selection on another (both rendered as contracts). Each opens
/// with a summary table of what changed, then the later document with the changes tracked, by the later release
/// ("Clause library 2026.2" in redline.yaml's words) on the date it was published. Thread-safe: build one and share it.
/// </summary>
public sealed class RedlineWriter
{
    private static readonly string[] Columns = ["columnChange", "columnKind", "columnId", "columnTitle", "columnFrom", "columnTo"];
    private static readonly int[] Widths = [1100, 1000, 2200, 2726, 1000, 1000];
    private readonly ClauseLibrary _library;
    private readonly TemplateSet _templates;
    private readonly ContractRenderer _renderer;

    public RedlineWriter(ClauseLibrary library, TemplateSet templates, ContractRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(renderer);
        _library = library;
        _templates = templates;
        _renderer = renderer;
    }

    /// <exception cref="InvalidOperationException">The library has no (valid) redline.yaml.</exception>
    public RedlineWording Wording => _library.Redline
        ?? throw new InvalidOperationException($"The clause library at {_library.Root} has no valid {RedlineWording.FileName}: the redline's words come from there.");

    /// <summary>Who the changes are by: the later release, on the date it was published (or the fixed render date).</summary>
    public TrackedAuthor AuthorFor(LibraryRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var date = release.Published is { } published ? new DateTimeOffset(published, TimeOnly.MinValue, TimeSpan.Zero) : RenderOptions.Fixed.GeneratedAt;
        return new TrackedAuthor(Wording.Format("author", ("release", release.Id)), date);
    }

    /// <summary>Writes the redline of release <paramref name="from"/> against <paramref name="to"/>; returns the
    /// number of tracked changes.</summary>
    /// <exception cref="ArgumentException">The two are the same release.</exception>
    public int Releases(LibraryRelease from, LibraryRelease to, Stream output)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Id == to.Id)
        {
            throw new ArgumentException($"{from.Id} and {to.Id} are the same release: nothing to compare.", nameof(to));
        }

        var wording = Wording;
        var author = AuthorFor(to);
        var comparison = ReleaseComparison.Of(from, to);
        var rows = comparison.Changes.Select(c => (IReadOnlyList<string>)
        [
            wording.Labels[c.IsAdded ? "added" : c.IsRemoved ? (c.Retired ? "retired" : "removed") : "changed"],
            wording.Labels[c.Kind switch { PinnedKind.Schedule => "schedule", PinnedKind.Layout => "layout", _ => "clause" }],
            c.Id,
            c.Kind == PinnedKind.Layout ? _library.Model.FindModel(c.Id)?.Title ?? c.Id : _library.Find(c.Id, (c.To ?? c.From)!.Value)?.Title ?? c.Id,
            c.From?.ToString() ?? wording.Labels["none"],
            c.To?.ToString() ?? wording.Labels["none"],
        ]).ToList();
        var leading = Summary(wording.Format("title", ("from", from.Id), ("to", to.Id)), wording.Format("intro", ("from", from.Id), ("to", to.Id), ("author", author.Name), ("date", Date(author))), from.Id, to.Id, rows);
        return Redliner.Write(ReleaseBook.Render(_library, from, _templates, wording), ReleaseBook.Render(_library, to, _templates, wording), author, leading, output);
    }

    /// <summary>Writes the redline of a contract's draft on one release (<paramref name="from"/>) against the same
    /// selection on another (<paramref name="to"/>), both rendered with <paramref name="options"/>.</summary>
    public int Contract(AssemblyPlan from, AssemblyPlan to, RenderOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(options);
        var wording = Wording;
        var author = AuthorFor(to.Release);
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        var renderedA = _renderer.Render(from, a, options);
        var renderedB = _renderer.Render(to, b, options);
        var before = from.Clauses.ToDictionary(c => c.Clause.Id, c => c.Clause, StringComparer.Ordinal);
        var after = to.Clauses.ToDictionary(c => c.Clause.Id, c => c.Clause, StringComparer.Ordinal);
        var rows = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(id => (Id: id, A: before.GetValueOrDefault(id), B: after.GetValueOrDefault(id)))
            .Where(x => x.A?.Key != x.B?.Key)
            .Select(x => (IReadOnlyList<string>)
            [
                wording.Labels[x.A is null ? "added" : x.B is null ? "removed" : "changed"],
                wording.Labels[(x.B ?? x.A)!.Kind == ClauseKind.Schedule ? "schedule" : "clause"],
                x.Id,
                (x.B ?? x.A)!.Title,
                x.A?.Version.ToString() ?? wording.Labels["none"],
                x.B?.Version.ToString() ?? wording.Labels["none"],
            ]).ToList();
        var title = to.Values.TryGetValue("contractTitle", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.String ? t.GetString()! : to.Model;
        var leading = Summary(wording.Format("contractTitle", ("title", title), ("from", from.Release.Id), ("to", to.Release.Id)),
            wording.Format("contractIntro", ("from", from.Release.Id), ("to", to.Release.Id), ("author", author.Name), ("date", Date(author))), from.Release.Id, to.Release.Id, rows);
        return Redliner.Write(new RedlineInput(a.ToArray(), renderedA.Sections), new RedlineInput(b.ToArray(), renderedB.Sections), author, leading, output);
    }

    private static string Date(TrackedAuthor author) => author.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The title, the introduction and the table of changes, then a page break: not tracked.</summary>
    private List<XElement> Summary(string title, string intro, string from, string to, List<IReadOnlyList<string>> rows)
    {
        var wording = Wording;
        XElement Paragraph(string style, string text) => new(W.P, new XElement(W.PPr, new XElement(W.PStyle, new XAttribute(W.Val, style))), new XElement(W.Run, new XElement(W.T, new XAttribute(W.Space, "preserve"), text)));
        var header = Columns.Select(k => wording.Format(k, ("from", from), ("to", to))).ToList();
        var widths = Widths;
        XElement Row(IReadOnlyList<string> cells, bool isHeader) => new(W.Tr,
            isHeader ? new XElement(W.TrPr, new XElement(W.Ns + "tblHeader")) : null,
            cells.Select((cell, i) => new XElement(W.Tc, new XElement(W.TcPr, new XElement(W.Ns + "tcW", new XAttribute(W.Ns + "w", widths[i]), new XAttribute(W.Ns + "type", "dxa"))),
                Paragraph(isHeader ? Styles.TableHeader : Styles.TableText, cell))));
        var table = new XElement(W.Tbl,
            new XElement(W.TblPr, new XElement(W.Ns + "tblStyle", new XAttribute(W.Val, Styles.Table)), new XElement(W.Ns + "tblW", new XAttribute(W.Ns + "w", 9026), new XAttribute(W.Ns + "type", "dxa")), new XElement(W.Ns + "tblLayout", new XAttribute(W.Ns + "type", "fixed"))),
            new XElement(W.TblGrid, widths.Select(w => new XElement(W.Ns + "gridCol", new XAttribute(W.Ns + "w", w)))),
            Row(header, isHeader: true),
            rows.Select(r => Row(r, isHeader: false)));
        var list = new List<XElement> { Paragraph("Title", title), Paragraph(Styles.BodyText, intro), Paragraph("Subtitle", wording.Labels["summaryHeading"]) };
        if (rows.Count == 0)
        {
            list.Add(Paragraph(Styles.BodyText, wording.Labels["noChanges"]));
        }
        else
        {
            list.Add(table);
        }

        list.Add(new XElement(W.P, new XElement(W.Run, new XElement(W.Ns + "br", new XAttribute(W.Ns + "type", "page")))));
        return list;
    }
}
