using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace ContractDocs.Library;

/// <summary>Reads one clause version file: YAML front matter between <c>---</c> lines, then the body.</summary>
internal static class ClauseParser
{
    /// <summary>The keys a clause's front matter may hold (and the schema lists).</summary>
    internal static readonly string[] Keys =
    [
        "id", "version", "title", "status", "implements", "models", "core", "placement", "order", "requires", "excludes",
        "variables", "defines", "supersedes",
    ];

    public static ClauseVersion? Parse(string relativePath, byte[] bytes, List<LibraryProblem> problems, ClauseKind kind = ClauseKind.Clause)
    {
        var text = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            problems.Add(new LibraryProblem(relativePath, 1, "missing-front-matter", "The file must start with a '---' line, then YAML front matter, then '---'."));
            return null;
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            problems.Add(new LibraryProblem(relativePath, 1, "missing-front-matter", "The front matter has no closing '---' line."));
            return null;
        }

        var frontMatter = text[4..(end + 1)];
        var body = text[(end + 5)..];
        var bodyLine = frontMatter.Count(c => c == '\n') + 3;
        var reader = new YamlReader(relativePath, problems, lineOffset: 1);
        var map = reader.ParseMapping(frontMatter);
        if (map is null)
        {
            return null;
        }

        reader.CheckKeys(map, Keys);
        var id = reader.String(map, "id", required: true);
        var versionText = reader.String(map, "version", required: true);
        var title = reader.String(map, "title", required: true);
        var statusText = reader.String(map, "status", required: true);
        if (id is null || versionText is null || title is null || statusText is null)
        {
            return null;
        }

        if (!SemanticVersion.TryParse(versionText, out var version))
        {
            reader.Problem(YamlReader.Get(map, "version")!, "invalid-version", $"Version '{versionText}' is not MAJOR.MINOR.PATCH.");
            return null;
        }

        if (statusText is not ("draft" or "approved" or "retired"))
        {
            reader.Problem(YamlReader.Get(map, "status")!, "invalid-status", $"Status '{statusText}' must be draft, approved or retired.");
            return null;
        }

        SemanticVersion? supersedes = null;
        if (reader.String(map, "supersedes", required: false) is { } supersedesText)
        {
            if (SemanticVersion.TryParse(supersedesText, out var parsed))
            {
                supersedes = parsed;
            }
            else
            {
                reader.Problem(YamlReader.Get(map, "supersedes")!, "invalid-version", $"'supersedes' value '{supersedesText}' is not MAJOR.MINOR.PATCH.");
            }
        }

        var placementText = reader.String(map, "placement", required: false) ?? "body";
        if (!PlacementNames.TryParse(placementText, recitals: true, out var placement))
        {
            reader.Problem(YamlReader.Get(map, "placement")!, "invalid-value", "'placement' must be recitals, front, body or back.");
        }

        return new ClauseVersion
        {
            Id = id,
            Version = version.Value,
            Kind = kind,
            Title = title,
            Status = Enum.Parse<ClauseStatus>(statusText, ignoreCase: true),
            Implements = reader.StringList(map, "implements"),
            Models = reader.StringList(map, "models"),
            Core = reader.Boolean(map, "core"),
            Placement = placement,
            Order = (int)(reader.Number(map, "order") ?? 0),
            Requires = ParseRequires(reader, map),
            Excludes = reader.StringList(map, "excludes"),
            Variables = VariableParser.Parse(reader, map),
            Defines = reader.Mappings(map, "defines")
                .Select(d =>
                {
                    reader.CheckKeys(d, "term", "definition");
                    return new TermDefinition(
                        reader.String(d, "term", required: true) ?? "?",
                        reader.String(d, "definition", required: true) ?? string.Empty);
                })
                .ToImmutableArray(),
            Supersedes = supersedes,
            Body = body,
            BodyLine = bodyLine,
            Path = relativePath,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            KeyLines = map.Children
                .Where(p => p.Key is YamlScalarNode { Value: not null })
                .DistinctBy(p => ((YamlScalarNode)p.Key).Value)
                .ToImmutableDictionary(p => ((YamlScalarNode)p.Key).Value!, p => reader.LineOf(p.Key), StringComparer.Ordinal),
        };
    }

    private static ImmutableArray<Requirement> ParseRequires(YamlReader reader, YamlMappingNode map)
    {
        var node = YamlReader.Get(map, "requires");
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            reader.Problem(node, "invalid-value", "'requires' must be a list.");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Requirement>();
        foreach (var item in sequence)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { } target } when Ids.IsSpecificationId(target):
                    result.Add(new Requirement(RequirementKind.Specification, [target], reader.LineOf(item)));
                    break;
                case YamlScalarNode { Value: { } target }:
                    result.Add(new Requirement(RequirementKind.Clause, [target], reader.LineOf(item)));
                    break;
                case YamlMappingNode anyOf when anyOf.Children.Count == 1 && YamlReader.Get(anyOf, "anyOf") is not null:
                    var targets = reader.StringList(anyOf, "anyOf");
                    if (targets.Length < 2)
                    {
                        reader.Problem(item, "invalid-value", "'anyOf' needs at least two specification ids.");
                    }

                    result.Add(new Requirement(RequirementKind.AnyOf, targets, reader.LineOf(item)));
                    break;
                default:
                    reader.Problem(item, "invalid-value", "Each 'requires' item is a clause id, a specification id or {anyOf: [specification ids]}.");
                    break;
            }
        }

        return result.ToImmutable();
    }
}
