using System.Collections.Immutable;
using ContractDocs.Model;
using YamlDotNet.RepresentationModel;

namespace ContractDocs.Library;

/// <summary>Reads model.yaml into a <see cref="ContractingModel"/>.</summary>
internal static class ModelParser
{
    public static (ContractingModel Model, LayoutDefinition? DefaultLayout) Parse(YamlReader reader, string text)
    {
        var root = reader.ParseMapping(text);
        if (root is null)
        {
            return (new ContractingModel([], [], []), null);
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);

        reader.CheckKeys(root, "models", "variables", "partyKinds", "partyRoles", "rules", "sources", "defaultLayout", "labels", "elements");
        var models = reader.Mappings(root, "models")
            .Select(m =>
            {
                reader.CheckKeys(m, "id", "title", "summary");
                var id = reader.String(m, "id", required: true) ?? "?";
                lines.TryAdd(id, reader.LineOf(m));
                return new ContractModel(
                    id,
                    reader.String(m, "title", required: true) ?? string.Empty,
                    reader.String(m, "summary", required: true) ?? string.Empty);
            })
            .ToImmutableArray();
        var variables = VariableParser.Parse(reader, root);
        var elements = reader.Mappings(root, "elements").Select(e => ParseElement(reader, e, lines)).ToImmutableArray();
        LayoutDefinition? layout = null;
        if (YamlReader.Get(root, "defaultLayout") is YamlMappingNode defaultLayout)
        {
            // Written like a layout file, without its model and version.
            reader.CheckKeys(defaultLayout, "parts", "labels", "note");
            layout = LayoutParser.Body(reader, defaultLayout, string.Empty, null, "model.yaml");
        }
        return (new ContractingModel(models, variables, elements, lines, Rules(reader, root, lines), Labels(reader, root, "partyKinds", lines), Labels(reader, root, "partyRoles", lines)) { Sources = Sources(reader, root, lines), Labels = FieldLabelParser.Parse(reader, root, lines) }, layout);
    }

    private static ImmutableArray<PartyLabel> Labels(YamlReader reader, YamlMappingNode root, string key, Dictionary<string, int> lines) =>
        [.. reader.Mappings(root, key).Select(m =>
        {
            reader.CheckKeys(m, "id", "title", "hint");
            var id = reader.String(m, "id", required: true) ?? "?";
            lines.TryAdd($"{key}:{id}", reader.LineOf(m));
            return new PartyLabel(id, reader.String(m, "title", required: true) ?? id, reader.String(m, "hint", required: false) ?? string.Empty);
        })];

    private static ModelSources Sources(YamlReader reader, YamlMappingNode root, Dictionary<string, int> lines)
    {
        if (YamlReader.Get(root, "sources") is not YamlMappingNode sources)
        {
            return ModelSources.None;
        }

        reader.CheckKeys(sources, "intro", "works", "origins");
        lines.TryAdd("sources", reader.LineOf(sources));
        var works = reader.Mappings(sources, "works").Select(w =>
        {
            reader.CheckKeys(w, "id", "citation");
            return new SourceWork(reader.String(w, "id", required: true) ?? "?", reader.String(w, "citation", required: true) ?? string.Empty);
        }).ToImmutableArray();
        var origins = reader.Mappings(sources, "origins").Select(o =>
        {
            reader.CheckKeys(o, "id", "title");
            var id = reader.String(o, "id", required: true) ?? "?";
            return new PartyLabel(id, reader.String(o, "title", required: true) ?? id, string.Empty);
        }).ToImmutableArray();
        return new ModelSources(reader.String(sources, "intro", required: true) ?? string.Empty, works, origins);
    }

    /// <summary>A <c>basis: { origin, text }</c>, or null when there is none (the linter asks for one under the
    /// drafting rules).</summary>
    private static ModelBasis? Basis(YamlReader reader, YamlMappingNode map, string id, Dictionary<string, int> lines)
    {
        if (YamlReader.Get(map, "basis") is not YamlMappingNode basis)
        {
            return null;
        }

        reader.CheckKeys(basis, "origin", "text");
        lines.TryAdd("basis:" + id, reader.LineOf(basis));
        return new ModelBasis(reader.String(basis, "origin", required: true) ?? string.Empty, reader.String(basis, "text", required: true) ?? string.Empty);
    }

    private static DraftingRules Rules(YamlReader reader, YamlMappingNode root, Dictionary<string, int> lines)
    {
        if (YamlReader.Get(root, "rules") is not YamlMappingNode rules)
        {
            return DraftingRules.None;
        }

        reader.CheckKeys(rules, "since", "essentials");
        var since = reader.String(rules, "since", required: true);
        if (since is not null && !Ids.IsReleaseId(since))
        {
            reader.Problem(YamlReader.Get(rules, "since")!, "invalid-release-id", $"rules.since '{since}' must be a release id like 2026.3 (year, dot, number), quoted in YAML: the release from which the drafting rules apply.");
            since = null;
        }

        var essentials = reader.Mappings(rules, "essentials").Select(e =>
        {
            reader.CheckKeys(e, "id", "title", "models", "suppliedBy");
            var id = reader.String(e, "id", required: true) ?? "?";
            lines.TryAdd($"essential:{id}", reader.LineOf(e));
            return new EssentialTopic(id, reader.String(e, "title", required: true) ?? id, reader.StringList(e, "models"), reader.StringList(e, "suppliedBy"));
        }).ToImmutableArray();
        return new DraftingRules(since, essentials);
    }

    private static Element ParseElement(YamlReader reader, YamlMappingNode map, Dictionary<string, int> lines)
    {
        reader.CheckKeys(map, "id", "title", "summary", "basis", "criteria");
        var id = reader.String(map, "id", required: true) ?? "?";
        lines.TryAdd(id, reader.LineOf(map));
        var criteria = reader.Mappings(map, "criteria").Select(c => ParseCriterion(reader, c, id, lines)).ToImmutableArray();
        return new Element(
            id,
            reader.String(map, "title", required: true) ?? string.Empty,
            reader.String(map, "summary", required: false) ?? string.Empty,
            criteria)
        {
            Basis = Basis(reader, map, id, lines),
        };
    }

    private static Criterion ParseCriterion(YamlReader reader, YamlMappingNode map, string elementId, Dictionary<string, int> lines)
    {
        reader.CheckKeys(map, "id", "title", "help", "basis", "models", "defaults", "specifications");
        var id = reader.String(map, "id", required: true) ?? "?";
        lines.TryAdd(id, reader.LineOf(map));
        if (!Ids.IsCriterionId(id))
        {
            reader.Problem(map, "invalid-id", $"Criterion id '{id}' must be a capital letter and a number, e.g. O1.");
        }

        var specifications = reader.Mappings(map, "specifications")
            .Select(s =>
            {
                reader.CheckKeys(s, "id", "title", "help", "basis", "models");
                var specId = reader.String(s, "id", required: true) ?? "?";
                lines.TryAdd(specId, reader.LineOf(s));
                if (!Ids.IsSpecificationId(specId) || !specId.StartsWith(id + ".", StringComparison.Ordinal))
                {
                    reader.Problem(s, "invalid-id", $"Specification id '{specId}' must be '{id}.' and a kebab-case slug.");
                }

                return new Specification(
                    specId,
                    id,
                    reader.String(s, "title", required: true) ?? string.Empty,
                    reader.String(s, "help", required: true) ?? string.Empty,
                    reader.StringList(s, "models"))
                {
                    Basis = Basis(reader, s, specId, lines),
                };
            })
            .ToImmutableArray();
        return new Criterion(
            id,
            elementId,
            reader.String(map, "title", required: true) ?? string.Empty,
            reader.String(map, "help", required: true) ?? string.Empty,
            reader.StringList(map, "models"),
            reader.StringList(map, "defaults"),
            specifications)
        {
            Basis = Basis(reader, map, id, lines),
        };
    }
}
