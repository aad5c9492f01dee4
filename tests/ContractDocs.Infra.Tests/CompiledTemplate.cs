using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContractDocs.Tests.Support;

namespace ContractDocs.Infra.Tests;

/// <summary>
/// infra/main.bicep compiled once with <c>bicep build --stdout</c>, with every resource of the root template and of
/// the nested module deployments. Expressions stay strings like "[parameters('x')]"; the helpers only resolve plain
/// variable references and loops over variables, which is what the template's names and role ids use.
/// </summary>
internal sealed partial class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> Instance = new(Build);

    private CompiledTemplate(string json, BicepResult build)
    {
        Json = json;
        BuildResult = build;
        Root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException("bicep build wrote no JSON.");
        Resources = [.. Walk(Root, deployment: "(root)")];
    }

    public static CompiledTemplate Main => Instance.Value;

    public string Json { get; }

    public BicepResult BuildResult { get; }

    public JsonObject Root { get; }

    public IReadOnlyList<TemplateResource> Resources { get; }

    public IReadOnlyList<TemplateResource> OfType(string type) =>
        [.. Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase) && !r.IsExisting)];

    public TemplateResource Single(string type)
    {
        var found = OfType(type);
        Assert.True(found.Count == 1, $"Expected exactly one {type}, found {found.Count}.");
        return found[0];
    }

    private static CompiledTemplate Build()
    {
        var result = BicepCli.Run("build", Path.Combine(RepoPaths.Infra, "main.bicep"), "--stdout");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build failed ({result.ExitCode}):\n{result.Error}");
        }

        return new CompiledTemplate(result.Output, result);
    }

    private static IEnumerable<TemplateResource> Walk(JsonObject template, string deployment)
    {
        // languageVersion 1.0 lists resources in an array; 2.0 keys them by symbolic name.
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject map => map.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };
        foreach (var resource in resources)
        {
            var item = new TemplateResource(resource, template, deployment);
            yield return item;
            if (item.Type == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Walk(nested, (string?)resource["name"] ?? "?"))
                {
                    yield return inner;
                }
            }
        }
    }

    [GeneratedRegex(@"^\[variables\('(?<name>[^']+)'\)\]$")]
    internal static partial Regex VariableReference();

    [GeneratedRegex(@"^\[length\(variables\('(?<name>[^']+)'\)\)\]$")]
    internal static partial Regex LoopCount();
}
