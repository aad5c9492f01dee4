using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContractDocs.Tests.Library;

/// <summary>
/// Turns YAML into the JSON an editor's schema check sees: mappings become objects, sequences arrays, and a plain
/// (unquoted, untagged) scalar that the YAML 1.2 core schema reads as null, a boolean, an integer or a float becomes
/// that JSON value; every other scalar (quoted, a block scalar, a date such as 2026-12-15) stays a string. An explicit
/// core tag (!!str, !!int …) is honoured.
/// </summary>
internal static partial class YamlJson
{
    private const string CoreTag = "tag:yaml.org,2002:";

    /// <summary>The one document of <paramref name="yaml"/> as JSON (null for an empty document).</summary>
    /// <exception cref="InvalidDataException">The text is not one YAML document, or holds a value JSON cannot carry.</exception>
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"The YAML cannot be read: {e.Message}", e);
        }

        return stream.Documents.Count switch
        {
            0 => null,
            1 => Node(stream.Documents[0].RootNode),
            _ => throw new InvalidDataException($"Expected one YAML document, found {stream.Documents.Count}."),
        };
    }

    /// <summary>The YAML front matter of a clause or schedule file: the text between the leading '---' line and the
    /// next '---' line, found as ClauseParser finds it.</summary>
    /// <exception cref="InvalidDataException">The file has no front matter.</exception>
    public static string FrontMatter(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = text.StartsWith("---\n", StringComparison.Ordinal) ? text.IndexOf("\n---\n", 3, StringComparison.Ordinal) : -1;
        return end < 0 ? throw new InvalidDataException("The file has no front matter between '---' lines.") : text[4..(end + 1)];
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode mapping => Mapping(mapping),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Node)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidDataException($"Line {node.Start.Line}: a YAML node of kind {node.NodeType} has no JSON counterpart."),
    };

    private static JsonObject Mapping(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                throw new InvalidDataException($"Line {key.Start.Line}: a mapping key must be a scalar to become a JSON property name.");
            }

            if (!result.TryAdd(name, Node(value)))
            {
                throw new InvalidDataException($"Line {key.Start.Line}: the key '{name}' is given twice.");
            }
        }

        return result;
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (tag is null)
        {
            // Untagged: only a plain scalar is resolved; quoted and block scalars are strings.
            return scalar.Style is ScalarStyle.Plain or ScalarStyle.Any ? Resolve(text, scalar) : JsonValue.Create(text);
        }

        return tag switch
        {
            CoreTag + "null" => null,
            CoreTag + "bool" => JsonValue.Create(Boolean(text) ?? throw Invalid(scalar, "!!bool")),
            CoreTag + "int" => Integer(text) ?? throw Invalid(scalar, "!!int"),
            CoreTag + "float" => Float(text, scalar) ?? Integer(text) ?? throw Invalid(scalar, "!!float"),
            _ => JsonValue.Create(text), // !!str, the non-specific "!" and any local tag.
        };
    }

    /// <summary>The YAML 1.2 core schema's resolution of a plain scalar (section 10.3.2).</summary>
    private static JsonNode? Resolve(string text, YamlScalarNode scalar)
    {
        if (NullPattern().IsMatch(text))
        {
            return null;
        }

        if (Boolean(text) is { } boolean)
        {
            return JsonValue.Create(boolean);
        }

        return Integer(text) ?? Float(text, scalar) ?? JsonValue.Create(text);
    }

    private static bool? Boolean(string text) => text switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ => null,
    };

    private static JsonNode? Integer(string text)
    {
        BigInteger value;
        if (DecimalIntegerPattern().IsMatch(text))
        {
            value = BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        else if (OctalPattern().IsMatch(text))
        {
            value = text[2..].Aggregate(BigInteger.Zero, (n, digit) => (n * 8) + (digit - '0'));
        }
        else if (HexPattern().IsMatch(text))
        {
            value = BigInteger.Parse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }
        else
        {
            return null;
        }

        // JSON numbers have no size limit: write the digits rather than squeeze them into a long.
        return JsonNode.Parse(value.ToString(CultureInfo.InvariantCulture));
    }

    private static JsonValue? Float(string text, YamlScalarNode scalar)
    {
        if (SpecialFloatPattern().IsMatch(text))
        {
            throw new InvalidDataException($"Line {scalar.Start.Line}: '{text}' is a YAML float with no JSON counterpart.");
        }

        if (!FloatPattern().IsMatch(text))
        {
            return null;
        }

        // decimal keeps 12.5 as 12.5; only a value beyond decimal's range falls back to double.
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return JsonValue.Create(exact);
        }

        var approximate = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(approximate)
            ? JsonValue.Create(approximate)
            : throw new InvalidDataException($"Line {scalar.Start.Line}: '{text}' is too large for a JSON number.");
    }

    private static InvalidDataException Invalid(YamlScalarNode scalar, string tag) =>
        new($"Line {scalar.Start.Line}: '{scalar.Value}' is tagged {tag} but is not one.");

    [GeneratedRegex("^(?:~|null|Null|NULL|)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalIntegerPattern();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalPattern();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$")]
    private static partial Regex SpecialFloatPattern();
}
