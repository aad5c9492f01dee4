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

        reader.CheckKeys(map, "id", "published", "notes", "clauses", "retired");
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
        switch (YamlReader.Get(map, "clauses"))
        {
            case YamlMappingNode clauses:
                foreach (var (key, value) in clauses.Children)
                {
                    var clauseId = (key as YamlScalarNode)?.Value ?? "?";
                    lines[clauseId] = reader.LineOf(key);
                    if (value is YamlScalarNode { Value: var versionText } && SemanticVersion.TryParse(versionText, out var version))
                    {
                        pins[clauseId] = version.Value;
                    }
                    else
                    {
                        reader.Problem(value, "invalid-version", $"Clause '{clauseId}' must be pinned to one MAJOR.MINOR.PATCH version.");
                    }
                }

                break;
            case null:
                reader.Problem(map, "missing-key", "'clauses' is required: a mapping of clause id to version.");
                break;
            case var other:
                reader.Problem(other, "invalid-value", "'clauses' must be a mapping of clause id to version.");
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
            Retired = reader.StringList(map, "retired"),
            Path = reader.File,
            Lines = lines.ToImmutable(),
        };
    }
}
