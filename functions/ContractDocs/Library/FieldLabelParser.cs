using System.Collections.Immutable;
using ContractDocs.Model;
using YamlDotNet.RepresentationModel;

namespace ContractDocs.Library;

/// <summary>Reads model.yaml <c>labels: { variables: { name: { label, noun, hint, unit, party, labels } }, fields: { … } }</c>.</summary>
internal static class FieldLabelParser
{
    public static FieldLabels Parse(YamlReader reader, YamlMappingNode root, Dictionary<string, int> lines)
    {
        if (YamlReader.Get(root, "labels") is not YamlMappingNode labels)
        {
            return FieldLabels.None;
        }

        reader.CheckKeys(labels, "variables", "fields");
        lines.TryAdd("labels", reader.LineOf(labels));
        return new FieldLabels(Entries(reader, labels, "variables", lines), Entries(reader, labels, "fields", lines));
    }

    private static List<FieldLabel> Entries(YamlReader reader, YamlMappingNode labels, string key, Dictionary<string, int> lines)
    {
        var result = new List<FieldLabel>();
        if (YamlReader.Get(labels, key) is not YamlMappingNode entries)
        {
            return result;
        }

        foreach (var (nameNode, value) in entries.Children)
        {
            if (nameNode is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                reader.Problem(nameNode, "invalid-value", $"A key under 'labels.{key}' must be the name of a {(key == "variables" ? "variable" : "row field")}, written as plain text.");
                continue;
            }

            if (value is not YamlMappingNode map)
            {
                reader.Problem(value, "invalid-value", $"The label of '{name}' must be a mapping with 'label' (and, if needed, 'noun', 'hint', 'unit', 'party', 'labels').");
                continue;
            }

            reader.CheckKeys(map, "label", "noun", "hint", "unit", "party", "labels");
            lines.TryAdd($"labels.{key}:{name}", reader.LineOf(nameNode));
            var options = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (YamlReader.Get(map, "labels") is YamlMappingNode optionLabels)
            {
                foreach (var (option, text) in optionLabels.Children)
                {
                    if (option is not YamlScalarNode { Value: { } optionName })
                    {
                        reader.Problem(option, "invalid-value", $"A key under the 'labels' of '{name}' must be one of its options, written as plain text.");
                    }
                    else if (text is not YamlScalarNode { Value: { } optionText } || string.IsNullOrWhiteSpace(optionText))
                    {
                        reader.Problem(text, "invalid-value", $"The label of option '{optionName}' of '{name}' must be text.");
                    }
                    else
                    {
                        options[optionName] = optionText;
                    }
                }
            }

            var label = reader.String(map, "label", required: true);
            if (string.IsNullOrWhiteSpace(label))
            {
                continue;
            }

            result.Add(new FieldLabel(name, label, reader.String(map, "noun", required: false), reader.String(map, "hint", required: false), reader.String(map, "unit", required: false), reader.Boolean(map, "party"), options.ToImmutable()));
        }

        return result;
    }
}
