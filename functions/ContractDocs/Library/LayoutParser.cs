using System.Collections.Frozen;
using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace ContractDocs.Library;

/// <summary>Reads a layout: <c>layouts/&lt;model&gt;/&lt;version&gt;.yaml</c>, or model.yaml's <c>defaultLayout</c>.</summary>
internal static class LayoutParser
{
    public static LayoutDefinition? Parse(YamlReader reader, string text, string folderModel, string fileVersion)
    {
        var map = reader.ParseMapping(text);
        if (map is null)
        {
            return null;
        }

        reader.CheckKeys(map, "model", "version", "parts", "labels", "note");
        var model = reader.String(map, "model", required: true);
        var versionText = reader.String(map, "version", required: true);
        if (model is null || versionText is null)
        {
            return null;
        }

        if (model != folderModel)
        {
            reader.Problem(map, "id-mismatch", $"The layout's model '{model}' must equal its folder name '{folderModel}'.");
        }

        if (!SemanticVersion.TryParse(versionText, out var version) || versionText != fileVersion)
        {
            reader.Problem(map, "version-mismatch", $"Version '{versionText}' must be MAJOR.MINOR.PATCH and equal the file name '{fileVersion}.yaml'.");
            return null;
        }

        return Body(reader, map, model, version, reader.File);
    }

    /// <summary>The parts, labels and note of a layout mapping (a layout file, or model.yaml's defaultLayout).</summary>
    public static LayoutDefinition Body(YamlReader reader, YamlMappingNode map, string model, SemanticVersion? version, string path)
    {
        var parts = reader.Mappings(map, "parts").Select(p =>
        {
            reader.CheckKeys(p, "title", "clauses", "criteria", "elements", "placement", "eachElement", "rest");
            Placement? placement = null;
            if (reader.String(p, "placement", required: false) is { } text)
            {
                // A Part holds front, body or back clauses; the recitals stand before Part 1, under the layout's label.
                if (PlacementNames.TryParse(text, recitals: false, out var parsed))
                {
                    placement = parsed;
                }
                else
                {
                    reader.Problem(YamlReader.Get(p, "placement")!, "invalid-value", "'placement' must be front, body or back.");
                }
            }

            var eachElement = reader.Boolean(p, "eachElement");
            return new LayoutPartRule(
                reader.String(p, "title", required: !eachElement) ?? string.Empty,
                reader.StringList(p, "clauses"),
                reader.StringList(p, "criteria"),
                reader.StringList(p, "elements"),
                placement,
                eachElement,
                reader.Boolean(p, "rest"),
                reader.LineOf(p));
        }).ToImmutableArray();

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (YamlReader.Get(map, "labels") is YamlMappingNode labelMap)
        {
            reader.CheckKeys(labelMap, [.. LayoutDefinition.LabelKeys]);
            foreach (var key in LayoutDefinition.LabelKeys)
            {
                if (reader.String(labelMap, key, required: true) is { } value)
                {
                    labels[key] = value;
                }
            }
        }
        else
        {
            reader.Problem(map, "missing-key", $"A layout needs 'labels': {string.Join(", ", LayoutDefinition.LabelKeys)}.");
        }

        string? noteTitle = null, noteBody = null;
        ImmutableArray<string> scheduleColumns = [];
        if (YamlReader.Get(map, "note") is YamlMappingNode note)
        {
            reader.CheckKeys(note, "title", "body", "scheduleColumns");
            noteTitle = reader.String(note, "title", required: true);
            noteBody = reader.String(note, "body", required: true);
            scheduleColumns = reader.StringList(note, "scheduleColumns");
            if (!scheduleColumns.IsEmpty && scheduleColumns.Length != 3)
            {
                reader.Problem(YamlReader.Get(note, "scheduleColumns")!, "invalid-value", "'scheduleColumns' heads the note's table of schedules: three headings, for the schedule, its title and the clauses that cite it.");
            }
        }

        return new LayoutDefinition
        {
            Model = model,
            Version = version,
            Parts = parts,
            Labels = labels.ToFrozenDictionary(StringComparer.Ordinal),
            NoteTitle = noteTitle,
            NoteBody = noteBody,
            NoteScheduleColumns = scheduleColumns.Length == 3 ? scheduleColumns : [],
            Path = path,
            Line = reader.LineOf(map),
        };
    }
}
