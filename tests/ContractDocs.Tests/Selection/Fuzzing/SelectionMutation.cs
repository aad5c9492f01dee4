using System.Text;
using System.Text.RegularExpressions;

namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>
/// One change to a selection: what kind, at which value (<see cref="Target"/> indexes the values in document order,
/// modulo their count, so any number names a place), a <see cref="Choice"/> that picks among the kind's options, and
/// the generated value a <see cref="MutationKind.Replace"/> puts there. Small numbers mean early places and the first
/// options, so CsCheck's shrinking moves a failure towards the simplest change that still fails.
/// </summary>
internal sealed partial record SelectionMutation(MutationKind Kind, uint Target, int Choice, FuzzJson? Value)
{
    /// <summary>Applies the change to <paramref name="root"/> (changed in place) and returns the root, which is new
    /// when the root itself was replaced; says what it did in <paramref name="log"/>.</summary>
    public FuzzJson Apply(FuzzJson root, List<string> log)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(log);
        var sites = root.Sites();
        var bySite = sites.Where(s => s.Node.IsContainer).ToDictionary(s => s.Node);
        var site = sites[(int)(Target % (uint)sites.Count)];
        FuzzSite? Up(FuzzSite s) => s.Parent is { } p ? bySite[p] : null;
        void Note(string what) => log.Add($"{site.Path}: {Kind} {what}");

        switch (Kind)
        {
            case MutationKind.SwapType:
                var swapped = SwapType(site.Node);
                Note($"{site.Node.Kind} -> {swapped.Kind}");
                return site.Replace(root, swapped);
            case MutationKind.Replace:
                Note(Show(Value!));
                return site.Replace(root, Value!.Clone());
            case MutationKind.Transplant:
                var donor = sites[Choice % sites.Count];
                Note($"copy of {donor.Path}");
                return site.Replace(root, donor.Node.Clone());
            case MutationKind.Remove:
                Remove(site, Note);
                return root;
            case MutationKind.DuplicateKey:
                DuplicateKey(site, Up, log);
                return root;
            case MutationKind.RenameKey:
                RenameKey(site, Up, log);
                return root;
            case MutationKind.LongText:
                var text = LongText();
                Note($"{text.Length:N0} characters");
                return site.Replace(root, FuzzJson.Text(text));
            case MutationKind.HostileText:
                var hostile = HostileText(site.Node);
                Note(Show(hostile));
                return site.Replace(root, hostile);
            case MutationKind.ExtremeNumber:
                var number = Pick(HostileValues.Numbers);
                Note(Short(number));
                return site.Replace(root, FuzzJson.Number(number));
            case MutationKind.ExtremeColumn:
                ExtremeColumn(site, Up, log);
                return root;
            case MutationKind.LongList:
                return LongList(root, site, Up, log);
            case MutationKind.DeepNesting:
                var levels = 1 + (Choice % 20);
                var wrapped = site.Node;
                for (var i = 0; i < levels; i++)
                {
                    wrapped = (Choice / 20) % 2 == 0 ? FuzzJson.Array(wrapped) : FuzzJson.Object(("x", wrapped));
                }

                Note($"wrapped in {levels} containers");
                return site.Replace(root, wrapped);
            case MutationKind.AddVariable:
                Add(root, "variables", FuzzKind.Object, log, variables =>
                {
                    var name = Pick(FuzzLibrary.VariableNames);
                    variables.Fields.Add(new FuzzField(FuzzJson.Escape(name), Value!.Clone()));
                    return $"'{name}' added as {Show(Value!)}";
                });
                return root;
            case MutationKind.AddChoice:
                Add(root, Choice % 3 == 0 ? "criteria" : "specifications", FuzzKind.Array, log, choices =>
                {
                    var id = Pick(FuzzLibrary.ChoiceIds);
                    choices.Items.Insert(Choice / 3 % (choices.Items.Count + 1), FuzzJson.Text(id));
                    return $"'{id}' added";
                });
                return root;
            case MutationKind.InvalidUtf8InKey:
                if (Nearest(site, Up, s => s.Field is not null) is { Field: { } field } named)
                {
                    field.Key = Insert(field.Key, out var bytes);
                    log.Add($"{named.Path}: {Kind} {bytes} in the name");
                }

                return root;
            case MutationKind.InvalidUtf8InText:
                var raw = site.Node.Kind == FuzzKind.String ? site.Node.Raw : FuzzJson.Escape("text");
                var broken = FuzzJson.RawText(Insert(raw, out var inserted));
                Note($"{inserted} in the text");
                return site.Replace(root, broken);
            default:
                throw new InvalidOperationException($"No mutation {Kind}.");
        }
    }

    public override string ToString() => $"{Kind} at value #{Target}, choice {Choice}" + (Value is null ? string.Empty : $", value {Show(Value)}");

    /// <summary>A JSON number literal (RFC 8259): what text may become when its type is swapped to number.</summary>
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex JsonNumber();

    /// <summary>Changes the root's field <paramref name="name"/> when it is there and of <paramref name="kind"/>.</summary>
    private void Add(FuzzJson root, string name, FuzzKind kind, List<string> log, Func<FuzzJson, string> change)
    {
        var key = FuzzJson.Escape(name);
        var field = root.Fields.FirstOrDefault(f => f.Key.AsSpan().SequenceEqual(key) && f.Value.Kind == kind);
        log.Add($"$.{name}: {Kind} {(field is null ? "(not there)" : change(field.Value))}");
    }

    private static FuzzSite? Nearest(FuzzSite site, Func<FuzzSite, FuzzSite?> up, Func<FuzzSite, bool> test)
    {
        for (FuzzSite? s = site; s is not null; s = up(s))
        {
            if (test(s))
            {
                return s;
            }
        }

        return null;
    }

    private static string Show(FuzzJson value) => Short(Encoding.UTF8.GetString(value.ToBytes()));

    private static string Short(string text) => text.Length <= 80 ? text : $"{text[..60]}… ({text.Length:N0} characters)";

    private T Pick<T>(IReadOnlyList<T> options) => options[Choice % options.Count];

    private FuzzJson SwapType(FuzzJson node)
    {
        FuzzKind[] kinds = [FuzzKind.String, FuzzKind.Number, FuzzKind.True, FuzzKind.Null, FuzzKind.Object, FuzzKind.Array];
        var current = node.Kind == FuzzKind.False ? FuzzKind.True : node.Kind;
        var kind = kinds[Choice % kinds.Length];
        if (kind == current)
        {
            kind = kinds[(Choice + 1) % kinds.Length];
        }

        var text = node.Kind == FuzzKind.String ? FuzzJson.Decode(node.Raw) : Encoding.UTF8.GetString(node.ToBytes());
        return kind switch
        {
            FuzzKind.String => FuzzJson.Text(text ?? string.Empty),
            FuzzKind.Number => FuzzJson.Number(text is not null && JsonNumber().IsMatch(text) ? text : "1"),
            FuzzKind.True => FuzzJson.Bool(Choice % 2 == 0),
            FuzzKind.Null => FuzzJson.Null(),
            FuzzKind.Object => FuzzJson.Object(("value", node)),
            _ => FuzzJson.Array(node),
        };
    }

    private static void Remove(FuzzSite site, Action<string> note)
    {
        switch (site.Parent?.Kind)
        {
            case FuzzKind.Object:
                site.Parent.Fields.RemoveAt(site.Index);
                note("field removed");
                break;
            case FuzzKind.Array:
                site.Parent.Items.RemoveAt(site.Index);
                note("item removed");
                break;
            default:
                note("(the root stays)");
                break;
        }
    }

    private void DuplicateKey(FuzzSite site, Func<FuzzSite, FuzzSite?> up, List<string> log)
    {
        var holder = site.Node is { Kind: FuzzKind.Object, Fields.Count: > 0 } ? site : Nearest(site, up, s => s.Field is not null) is { } f ? up(f) : null;
        if (holder is null)
        {
            log.Add($"{site.Path}: {Kind} (no object with fields)");
            return;
        }

        var fields = holder.Node.Fields;
        var index = ReferenceEquals(holder, site) ? Choice % fields.Count : Nearest(site, up, s => ReferenceEquals(s.Parent, holder.Node))!.Index;
        var original = fields[index];
        var value = (Choice / 7 % 3) switch
        {
            0 => original.Value.Clone(),
            1 => FuzzJson.Text("second"),
            _ => FuzzJson.Null(),
        };
        var at = Choice % 2 == 0 ? fields.Count : index + 1;
        fields.Insert(at, new FuzzField(original.Key, value));
        log.Add($"{holder.Path}: {Kind} '{Encoding.UTF8.GetString(original.Key)}' again as {Show(value)}");
    }

    private void RenameKey(FuzzSite site, Func<FuzzSite, FuzzSite?> up, List<string> log)
    {
        if (Nearest(site, up, s => s.Field is not null) is not { Field: { } field } named)
        {
            log.Add($"{site.Path}: {Kind} (no field)");
            return;
        }

        var siblings = named.Parent!.Fields;
        var key = Choice % 4 == 0 && siblings.Count > 1
            ? FuzzJson.Decode(siblings[(named.Index + 1) % siblings.Count].Key) ?? "sibling"
            : Pick(HostileValues.Keys);
        field.Key = FuzzJson.Escape(key);
        log.Add($"{named.Path}: {Kind} to '{Short(key)}'");
    }

    private string LongText()
    {
        var length = Pick(HostileValues.LongLengths);
        return (Choice / HostileValues.LongLengths.Count % 4) switch
        {
            0 => new string('x', length),
            1 => new string('é', length),
            2 => string.Concat(Enumerable.Repeat("👵", (length + 1) / 2)),
            _ => string.Concat(Enumerable.Repeat("{{x}} ", (length / 6) + 1))[..length],
        };
    }

    private FuzzJson HostileText(FuzzJson node)
    {
        var all = HostileValues.Texts.Concat(HostileValues.IllegalTexts).ToList();
        var text = all[Choice % all.Count];
        var original = node.Kind == FuzzKind.String ? FuzzJson.Decode(node.Raw) : null;
        return FuzzJson.Text(Choice / all.Count % 2 == 1 && original is not null ? original + text : text);
    }

    private void ExtremeColumn(FuzzSite site, Func<FuzzSite, FuzzSite?> up, List<string> log)
    {
        var row = Nearest(site, up, s => s.Node.Kind == FuzzKind.Object && s.Parent?.Kind == FuzzKind.Array && s.Node.Fields.Count > 0);
        if (row is null)
        {
            log.Add($"{site.Path}: {Kind} (not in a list of records)");
            return;
        }

        var child = ReferenceEquals(row, site) ? null : Nearest(site, up, s => ReferenceEquals(s.Parent, row.Node));
        var key = row.Node.Fields[child?.Index ?? Choice % row.Node.Fields.Count].Key;
        var number = Pick(HostileValues.Numbers);
        foreach (var item in row.Parent!.Items.Where(i => i.Kind == FuzzKind.Object))
        {
            if (item.Fields.FirstOrDefault(f => f.Key.AsSpan().SequenceEqual(key)) is { } field)
            {
                field.Value = FuzzJson.Number(number);
            }
            else
            {
                item.Fields.Add(new FuzzField(key, FuzzJson.Number(number)));
            }
        }

        log.Add($"{up(row)!.Path}[*].{Encoding.UTF8.GetString(key)}: {Kind} {Short(number)} in every row");
    }

    private FuzzJson LongList(FuzzJson root, FuzzSite site, Func<FuzzSite, FuzzSite?> up, List<string> log)
    {
        var count = Pick(HostileValues.ListLengths);
        if (Nearest(site, up, s => s.Node.Kind == FuzzKind.Array) is { } list)
        {
            var items = list.Node.Items.Count == 0 ? [FuzzJson.Text("item")] : list.Node.Items.ToList();
            list.Node.Items.Clear();
            list.Node.Items.AddRange(Enumerable.Range(0, count).Select(i => items[i % items.Count].Clone()));
            log.Add($"{list.Path}: {Kind} {count:N0} items");
            return root;
        }

        // Not inside a list: the value becomes one, of copies of itself when that stays small.
        var filler = site.Node.IsContainer ? FuzzJson.Null() : site.Node;
        log.Add($"{site.Path}: {Kind} a list of {count:N0}");
        return site.Replace(root, FuzzJson.Array([.. Enumerable.Range(0, count).Select(_ => filler.Clone())]));
    }

    private byte[] Insert(byte[] raw, out string what)
    {
        var bytes = Pick(HostileValues.InvalidUtf8);
        var at = Choice / HostileValues.InvalidUtf8.Count % (raw.Length + 1);
        what = $"bytes {Convert.ToHexString(bytes)} at byte {at}";
        return [.. raw.AsSpan(0, at), .. bytes, .. raw.AsSpan(at)];
    }
}
