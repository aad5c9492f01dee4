using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ContractDocs.Library;

/// <summary>Reads <c>releases/&lt;id&gt;.yaml</c>.</summary>
internal static class ReleaseParser
{
    public static LibraryRelease? Parse(YamlReader reader, string text, string fileStem)
    {
        var map = reader.ParseMapping(text);
        if (map is null)
        {
            return null;
        }

        reader.CheckKeys(map, "id", "published", "notes", "clauses", "schedules", "layouts", "retired");
        var id = reader.String(map, "id", required: true);
        if (id is null)
        {
            return null;
        }

        if (!Ids.IsReleaseId(id))
        {
            reader.Problem(map, "invalid-release-id", $"Release id '{id}' must look like 2026.1 (year, dot, number); quote it in YAML.");
        }

        if (id != fileStem)
        {
            reader.Problem(map, "release-id-mismatch", $"Release id '{id}' must equal the file name '{fileStem}.yaml'.");
        }

        DateOnly? published = null;
        if (reader.String(map, "published", required: false) is { } date)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                published = parsed;
            }
            else
            {
                reader.Problem(YamlReader.Get(map, "published")!, "invalid-value", "'published' must be a date, yyyy-mm-dd.");
            }
        }

        var lines = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var pins = ImmutableSortedDictionary.CreateBuilder<string, SemanticVersion>(StringComparer.Ordinal);
        var schedules = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        var layouts = ImmutableSortedDictionary.CreateBuilder<string, SemanticVersion>(StringComparer.Ordinal);
        switch (YamlReader.Get(map, "clauses"))
        {
            case YamlMappingNode clauses:
                Pins(reader, clauses, "Clause", pins, lines, null);
                break;
            case null:
                reader.Problem(map, "missing-key", "'clauses' is required: a mapping of clause id to version.");
                break;
            case var other:
                reader.Problem(other, "invalid-value", "'clauses' must be a mapping of clause id to version.");
                break;
        }

        switch (YamlReader.Get(map, "schedules"))
        {
            case YamlMappingNode pinned:
                Pins(reader, pinned, "Schedule", pins, lines, schedules);
                break;
            case null:
                break;
            case var other:
                reader.Problem(other, "invalid-value", "'schedules' must be a mapping of schedule id to version.");
                break;
        }

        switch (YamlReader.Get(map, "layouts"))
        {
            case YamlMappingNode pinned:
                Pins(reader, pinned, "Layout", layouts, lines, null, prefix: "layout:");
                break;
            case null:
                break;
            case var other:
                reader.Problem(other, "invalid-value", "'layouts' must be a mapping of contract model id to layout version.");
                break;
        }

        if (YamlReader.Get(map, "retired") is YamlSequenceNode retired)
        {
            foreach (var item in retired.OfType<YamlScalarNode>().Where(i => i.Value is not null))
            {
                lines.TryAdd(item.Value!, reader.LineOf(item));
            }
        }

        return new LibraryRelease
        {
            Id = id,
            Published = published,
            Notes = reader.String(map, "notes", required: false) ?? string.Empty,
            Pins = pins.ToImmutable(),
            Schedules = schedules.ToImmutable(),
            Layouts = layouts.ToImmutable(),
            Retired = reader.StringList(map, "retired"),
            Path = reader.File,
            Lines = lines.ToImmutable(),
        };
    }

    private static void Pins(
        YamlReader reader,
        YamlMappingNode node,
        string what,
        ImmutableSortedDictionary<string, SemanticVersion>.Builder pins,
        ImmutableDictionary<string, int>.Builder lines,
        ImmutableSortedSet<string>.Builder? kinds,
        string prefix = "")
    {
        foreach (var (key, value) in node.Children)
        {
            var id = (key as YamlScalarNode)?.Value ?? "?";
            lines[prefix + id] = reader.LineOf(key);
            if (pins.ContainsKey(id))
            {
                reader.Problem(key, "duplicate-pin", $"'{id}' is pinned twice in this release (an id names one clause or one schedule).");
            }
            else if (value is YamlScalarNode { Value: var versionText } && SemanticVersion.TryParse(versionText, out var version))
            {
                pins[id] = version.Value;
                kinds?.Add(id);
            }
            else
            {
                reader.Problem(value, "invalid-version", $"{what} '{id}' must be pinned to one MAJOR.MINOR.PATCH version.");
            }
        }
    }
}
