using System.Collections.Immutable;
using System.Text;
using ContractDocs.Model;

namespace ContractDocs.Library;

/// <summary>
/// Reads what <see cref="SnapshotWriter"/> wrote, in the same order, into a library rooted at the folder it was
/// loaded from. Throws <see cref="InvalidDataException"/> (or the reader's own exceptions) for bytes it cannot read;
/// <see cref="LibrarySnapshot"/> has already checked the payload's SHA-256 by then.
/// </summary>
internal sealed class SnapshotReader
{
    private readonly BinaryReader _in;
    private readonly long _length;

    private SnapshotReader(BinaryReader input, long length)
    {
        _in = input;
        _length = length;
    }

    public static LibraryLoadResult Read(byte[] data, int offset, int count, string root)
    {
        using var stream = new MemoryStream(data, offset, count, writable: false);
        using var input = new BinaryReader(stream, Encoding.UTF8);
        var result = new SnapshotReader(input, stream.Length).Result(root);
        if (stream.Position != stream.Length)
        {
            throw new InvalidDataException("The snapshot has bytes after its library.");
        }

        return result;
    }

    private LibraryLoadResult Result(string root)
    {
        var problems = Array(() => new LibraryProblem(Text(), _in.ReadInt32(), Text(), Text()));
        var model = Model();
        StartupTrace.Mark("library: snapshot decoded: the model");
        var versions = Array(Clause);
        var releases = Array(Release);
        var layouts = Array(Layout);
        var defaultLayout = Optional(Layout);
        var redline = Optional(() => RedlineWording.FromLabels(Pairs(Text)));
        StartupTrace.Mark("library: snapshot decoded");
        var library = new ClauseLibrary(root, model, versions, releases, layouts, defaultLayout) { Redline = redline };
        return new LibraryLoadResult(library, problems);
    }

    private ContractingModel Model()
    {
        var models = Array(() => new ContractModel(Text(), Text(), Text()));
        var variables = Array(Variable);
        var elements = Array(Element);
        var lines = Pairs(_in.ReadInt32).ToDictionary(StringComparer.Ordinal);
        var since = OptionalText();
        var essentials = Array(() => new EssentialTopic(Text(), Text(), Texts(), Texts()));
        var kinds = Array(Party);
        var roles = Array(Party);
        var intro = Text();
        var works = Array(() => new SourceWork(Text(), Text()));
        var origins = Array(Party);
        var variableLabels = Array(Label);
        var fieldLabels = Array(Label);
        return new ContractingModel(models, variables, elements, lines, new DraftingRules(since, essentials), kinds, roles)
        {
            Sources = new ModelSources(intro, works, origins),
            Labels = new FieldLabels(variableLabels, fieldLabels),
        };
    }

    private Element Element()
    {
        var (id, title, summary) = (Text(), Text(), Text());
        var basis = Optional(Basis);
        var criteria = Array(() =>
        {
            var (criterionId, elementId, criterionTitle, help) = (Text(), Text(), Text(), Text());
            var (models, defaults) = (Texts(), Texts());
            var criterionBasis = Optional(Basis);
            var specifications = Array(() =>
            {
                var specification = new Specification(Text(), Text(), Text(), Text(), Texts());
                return specification with { Basis = Optional(Basis) };
            });
            return new Criterion(criterionId, elementId, criterionTitle, help, models, defaults, specifications) { Basis = criterionBasis };
        });
        return new Element(id, title, summary, criteria) { Basis = basis };
    }

    private ModelBasis Basis() => new(Text(), Text());

    private PartyLabel Party() => new(Text(), Text(), Text());

    private FieldLabel Label()
    {
        var (name, label, noun, hint, unit, party) = (Text(), Text(), Text(), OptionalText(), OptionalText(), _in.ReadBoolean());
        var options = Pairs(Text).ToImmutableDictionary(StringComparer.Ordinal);
        return new FieldLabel(name, label, noun, hint, unit, party, options);
    }

    private VariableDefinition Variable()
    {
        var (name, type, required, description) = (Text(), (VariableType)_in.ReadInt32(), _in.ReadBoolean(), Text());
        var options = Texts();
        var (min, max) = (OptionalNumber(), OptionalNumber());
        var mustInclude = Texts();
        var firstYearZero = _in.ReadBoolean();
        var roles = Array(() => new RoleRule(Text(), OptionalInt(), OptionalInt(), Texts(), Texts(), OptionalText()));
        return new VariableDefinition(name, type, required, description, options, min, max, mustInclude, firstYearZero, roles);
    }

    private ClauseVersion Clause() => new()
    {
        Id = Text(),
        Version = Version(),
        Kind = (ClauseKind)_in.ReadInt32(),
        Title = Text(),
        Status = (ClauseStatus)_in.ReadInt32(),
        Implements = Texts(),
        Models = Texts(),
        Core = _in.ReadBoolean(),
        Placement = (Placement)_in.ReadInt32(),
        Order = _in.ReadInt32(),
        Requires = Array(() => new Requirement((RequirementKind)_in.ReadInt32(), Texts(), _in.ReadInt32())),
        Excludes = Texts(),
        Variables = Array(Variable),
        Defines = Array(() => new TermDefinition(Text(), Text())),
        Supersedes = OptionalVersion(),
        Body = Text(),
        BodyLine = _in.ReadInt32(),
        Path = Text(),
        Sha256 = Text(),
        KeyLines = Pairs(_in.ReadInt32).ToImmutableDictionary(StringComparer.Ordinal),
    };

    private LibraryRelease Release() => new()
    {
        Id = Text(),
        Published = _in.ReadBoolean() ? DateOnly.FromDayNumber(_in.ReadInt32()) : null,
        Notes = Text(),
        Pins = Pairs(Version).ToImmutableSortedDictionary(StringComparer.Ordinal),
        Schedules = Texts().ToImmutableSortedSet(StringComparer.Ordinal),
        Layouts = Pairs(Version).ToImmutableSortedDictionary(StringComparer.Ordinal),
        Retired = Texts(),
        Path = Text(),
        Lines = Pairs(_in.ReadInt32).ToImmutableDictionary(StringComparer.Ordinal),
    };

    private LayoutDefinition Layout() => new()
    {
        Model = Text(),
        Version = OptionalVersion(),
        Parts = Array(() => new LayoutPartRule(
            Text(), Texts(), Texts(), Texts(), _in.ReadBoolean() ? (Placement)_in.ReadInt32() : null, _in.ReadBoolean(), _in.ReadBoolean(), _in.ReadInt32())),
        Labels = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Pairs(Text), StringComparer.Ordinal),
        NoteTitle = OptionalText(),
        NoteBody = OptionalText(),
        NoteScheduleColumns = Texts(),
        Path = Text(),
        Line = _in.ReadInt32(),
    };

    private SemanticVersion Version() => new(_in.ReadInt32(), _in.ReadInt32(), _in.ReadInt32());

    private SemanticVersion? OptionalVersion() => _in.ReadBoolean() ? Version() : null;

    private string Text() => _in.ReadString();

    private string? OptionalText() => _in.ReadBoolean() ? Text() : null;

    private int? OptionalInt() => _in.ReadBoolean() ? _in.ReadInt32() : null;

    private decimal? OptionalNumber() => _in.ReadBoolean() ? _in.ReadDecimal() : null;

    private T? Optional<T>(Func<T> read)
        where T : class => _in.ReadBoolean() ? read() : null;

    private ImmutableArray<string> Texts() => Array(Text);

    private ImmutableArray<T> Array<T>(Func<T> read)
    {
        var count = Count();
        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read());
        }

        return items.MoveToImmutable();
    }

    private List<KeyValuePair<string, T>> Pairs<T>(Func<T> read)
    {
        var count = Count();
        var pairs = new List<KeyValuePair<string, T>>(count);
        for (var i = 0; i < count; i++)
        {
            var key = Text();
            pairs.Add(new KeyValuePair<string, T>(key, read()));
        }

        return pairs;
    }

    /// <summary>A count no larger than the bytes left (every item takes at least one), so bad bytes cannot ask for a
    /// huge array.</summary>
    private int Count()
    {
        var count = _in.ReadInt32();
        return count >= 0 && count <= _length - _in.BaseStream.Position
            ? count
            : throw new InvalidDataException($"The snapshot gives a count of {count} at byte {_in.BaseStream.Position}.");
    }
}
