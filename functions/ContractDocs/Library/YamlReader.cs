using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContractDocs.Library;

/// <summary>
/// Reads typed values out of a YAML document and records a <see cref="LibraryProblem"/> with the file and line
/// for every value that is missing or of the wrong shape. Not thread-safe: one per file.
/// </summary>
internal sealed class YamlReader
{
    private readonly List<LibraryProblem> _problems;
    private readonly int _lineOffset;

    public YamlReader(string file, List<LibraryProblem> problems, int lineOffset = 0)
    {
        File = file;
        _problems = problems;
        _lineOffset = lineOffset;
    }

    public string File { get; }

    /// <summary>Parses a single YAML document whose root must be a mapping; null (and a problem) otherwise.</summary>
    public YamlMappingNode? ParseMapping(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                return map;
            }

            Problem(1, "invalid-yaml", "Expected one YAML mapping (key: value lines).");
        }
        catch (YamlException e)
        {
            Problem((int)e.Start.Line, "invalid-yaml", e.InnerException?.Message ?? e.Message);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this for some malformed input (e.g. an unclosed flow sequence).
            Problem(1, "invalid-yaml", $"The YAML cannot be read: {e.Message} Check brackets and quotes.");
        }

        return null;
    }

    public int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset;

    public void Problem(YamlNode node, string code, string message) => Problem((int)node.Start.Line, code, message);

    public void Problem(int yamlLine, string code, string message) =>
        _problems.Add(new LibraryProblem(File, yamlLine + _lineOffset, code, message));

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public void CheckKeys(YamlMappingNode map, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !allowed.Contains(name, StringComparer.Ordinal))
            {
                Problem(key, "unknown-key", $"Unknown key '{key}'. Allowed here: {string.Join(", ", allowed)}.");
            }
        }
    }

    public string? String(YamlMappingNode map, string key, bool required)
    {
        switch (Get(map, key))
        {
            case null:
                if (required)
                {
                    Problem(map, "missing-key", $"'{key}' is required.");
                }

                return null;
            case YamlScalarNode { Value: { } value } when !string.IsNullOrWhiteSpace(value):
                return value;
            case var node:
                Problem(node, "invalid-value", $"'{key}' must be a non-empty text value.");
                return null;
        }
    }

    public bool Boolean(YamlMappingNode map, string key)
    {
        var text = String(map, key, required: false);
        switch (text)
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                Problem(Get(map, key)!, "invalid-value", $"'{key}' must be true or false.");
                return false;
        }
    }

    public decimal? Number(YamlMappingNode map, string key)
    {
        var text = String(map, key, required: false);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(Get(map, key)!, "invalid-value", $"'{key}' must be a number.");
        return null;
    }

    public ImmutableArray<string> StringList(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problem(node, "invalid-value", $"'{key}' must be a list, e.g. [a, b].");
            return [];
        }

        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                items.Add(value);
            }
            else
            {
                Problem(item, "invalid-value", $"Every item of '{key}' must be a text value.");
            }
        }

        return items.ToImmutable();
    }

    public IEnumerable<YamlMappingNode> Mappings(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problem(node, "invalid-value", $"'{key}' must be a list.");
            yield break;
        }

        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
            {
                yield return mapping;
            }
            else
            {
                Problem(item, "invalid-value", $"Every item of '{key}' must be a mapping (key: value lines).");
            }
        }
    }
}
