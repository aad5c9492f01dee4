using System.Collections.Immutable;
using System.Text;
using ContractDocs.Model;

namespace ContractDocs.Library;

/// <summary>
/// Writes a loaded library, field by field, as the payload of a release snapshot (<see cref="LibrarySnapshot"/>).
/// <see cref="SnapshotReader"/> reads the fields back in the same order: a change to one must be made to the other,
/// and <c>LibrarySnapshotTests</c> compares every public property of both loads.
/// </summary>
internal sealed class SnapshotWriter
{
    private readonly BinaryWriter _out;

    private SnapshotWriter(BinaryWriter output) => _out = output;

    public static byte[] Write(LibraryLoadResult loaded)
    {
        using var buffer = new MemoryStream(4 * 1024 * 1024);
        using (var output = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            new SnapshotWriter(output).Result(loaded);
        }

        return buffer.ToArray();
    }

    private void Result(LibraryLoadResult loaded)
    {
        var library = loaded.Library;
        Array(loaded.Problems, p =>
        {
            Text(p.File);
            _out.Write(p.Line);
            Text(p.Code);
            Text(p.Message);
        });
        Model(library.Model);
        Array(library.Versions, Clause);
        Array(library.Releases, Release);
        Array(library.Layouts, Layout);
        Optional(library.DefaultLayout, Layout);
        Optional(library.Redline, r => Pairs(r.Labels, Text));
    }

    private void Model(ContractingModel model)
    {
        Array(model.Models, m =>
        {
            Text(m.Id);
            Text(m.Title);
            Text(m.Summary);
        });
        Array(model.Variables, Variable);
        Array(model.Elements, Element);
        Pairs(model.Lines, _out.Write);
        OptionalText(model.Rules.Since);
        Array(model.Rules.Essentials, e =>
        {
            Text(e.Id);
            Text(e.Title);
            Texts(e.Models);
            Texts(e.SuppliedBy);
        });
        Array(model.PartyKinds, Party);
        Array(model.PartyRoles, Party);
        Text(model.Sources.Intro);
        Array(model.Sources.Works, w =>
        {
            Text(w.Id);
            Text(w.Citation);
        });
        Array(model.Sources.Origins, Party);
        Array(model.Labels.VariableLabels, Label);
        Array(model.Labels.FieldList, Label);
    }

    private void Element(Element element)
    {
        Text(element.Id);
        Text(element.Title);
        Text(element.Summary);
        Optional(element.Basis, Basis);
        Array(element.Criteria, c =>
        {
            Text(c.Id);
            Text(c.ElementId);
            Text(c.Title);
            Text(c.Help);
            Texts(c.Models);
            Texts(c.Defaults);
            Optional(c.Basis, Basis);
            Array(c.Specifications, s =>
            {
                Text(s.Id);
                Text(s.CriterionId);
                Text(s.Title);
                Text(s.Help);
                Texts(s.Models);
                Optional(s.Basis, Basis);
            });
        });
    }

    private void Basis(ModelBasis basis)
    {
        Text(basis.Origin);
        Text(basis.Text);
    }

    private void Party(PartyLabel party)
    {
        Text(party.Id);
        Text(party.Title);
        Text(party.Hint);
    }

    private void Label(FieldLabel label)
    {
        Text(label.Name);
        Text(label.Label);
        Text(label.Noun);
        OptionalText(label.Hint);
        OptionalText(label.Unit);
        _out.Write(label.Party);
        Pairs(label.Options, Text);
    }

    private void Variable(VariableDefinition variable)
    {
        Text(variable.Name);
        _out.Write((int)variable.Type);
        _out.Write(variable.Required);
        Text(variable.Description);
        Texts(variable.Options);
        OptionalNumber(variable.Min);
        OptionalNumber(variable.Max);
        Texts(variable.MustIncludeKinds);
        _out.Write(variable.FirstYearZero);
        Array(variable.Roles, r =>
        {
            Text(r.Role);
            OptionalInt(r.Min);
            OptionalInt(r.Max);
            Texts(r.Kinds);
            Texts(r.MustIncludeKinds);
            OptionalText(r.Within);
        });
    }

    private void Clause(ClauseVersion clause)
    {
        Text(clause.Id);
        Version(clause.Version);
        _out.Write((int)clause.Kind);
        Text(clause.Title);
        _out.Write((int)clause.Status);
        Texts(clause.Implements);
        Texts(clause.Models);
        _out.Write(clause.Core);
        _out.Write((int)clause.Placement);
        _out.Write(clause.Order);
        Array(clause.Requires, r =>
        {
            _out.Write((int)r.Kind);
            Texts(r.Targets);
            _out.Write(r.Line);
        });
        Texts(clause.Excludes);
        Array(clause.Variables, Variable);
        Array(clause.Defines, d =>
        {
            Text(d.Term);
            Text(d.Definition);
        });
        Optional(clause.Supersedes, Version);
        Text(clause.Body);
        _out.Write(clause.BodyLine);
        Text(clause.Path);
        Text(clause.Sha256);
        Pairs(clause.KeyLines, _out.Write);
    }

    private void Release(LibraryRelease release)
    {
        Text(release.Id);
        Optional(release.Published, d => _out.Write(d.DayNumber));
        Text(release.Notes);
        Pairs(release.Pins, Version);
        Texts([.. release.Schedules]);
        Pairs(release.Layouts, Version);
        Texts(release.Retired);
        Text(release.Path);
        Pairs(release.Lines, _out.Write);
    }

    private void Layout(LayoutDefinition layout)
    {
        Text(layout.Model);
        Optional(layout.Version, Version);
        Array(layout.Parts, p =>
        {
            Text(p.Title);
            Texts(p.Clauses);
            Texts(p.Criteria);
            Texts(p.Elements);
            Optional(p.Placement, placement => _out.Write((int)placement));
            _out.Write(p.EachElement);
            _out.Write(p.Rest);
            _out.Write(p.Line);
        });
        Pairs(layout.Labels, Text);
        OptionalText(layout.NoteTitle);
        OptionalText(layout.NoteBody);
        Texts(layout.NoteScheduleColumns);
        Text(layout.Path);
        _out.Write(layout.Line);
    }

    private void Version(SemanticVersion version)
    {
        _out.Write(version.Major);
        _out.Write(version.Minor);
        _out.Write(version.Patch);
    }

    private void Text(string text) => _out.Write(text);

    private void OptionalText(string? text) => Optional(text, Text);

    private void OptionalInt(int? value) => Optional(value, _out.Write);

    private void OptionalNumber(decimal? value) => Optional(value, _out.Write);

    private void Texts(ImmutableArray<string> texts) => Array(texts, Text);

    private void Array<T>(ImmutableArray<T> items, Action<T> write)
    {
        _out.Write(items.IsDefault ? 0 : items.Length);
        foreach (var item in items.IsDefault ? [] : items)
        {
            write(item);
        }
    }

    /// <summary>A dictionary's entries in key order (ordinal), so that equal dictionaries write equal bytes.</summary>
    private void Pairs<T>(IEnumerable<KeyValuePair<string, T>> pairs, Action<T> write)
    {
        var sorted = pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        _out.Write(sorted.Count);
        foreach (var (key, value) in sorted)
        {
            Text(key);
            write(value);
        }
    }

    private void Optional<T>(T? value, Action<T> write)
        where T : class
    {
        _out.Write(value is not null);
        if (value is not null)
        {
            write(value);
        }
    }

    private void Optional<T>(T? value, Action<T> write)
        where T : struct
    {
        _out.Write(value.HasValue);
        if (value.HasValue)
        {
            write(value.Value);
        }
    }
}
