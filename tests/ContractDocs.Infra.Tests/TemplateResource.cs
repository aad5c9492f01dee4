using System.Text.Json.Nodes;

namespace ContractDocs.Infra.Tests;

/// <summary>One resource of the compiled template, with the (module) template it is declared in.</summary>
internal sealed class TemplateResource(JsonObject node, JsonObject template, string deployment)
{
    public JsonObject Node { get; } = node;

    public JsonObject Template { get; } = template;

    /// <summary>The module deployment that declares it, or "(root)".</summary>
    public string Deployment { get; } = deployment;

    public string Type => (string?)Node["type"] ?? "";

    public string Name => (string?)Node["name"] ?? "";

    public bool IsExisting => Node["existing"]?.GetValue<bool>() == true;

    public JsonNode? Properties => Node["properties"];

    /// <summary>A string at a path below the resource, e.g. "properties.sku.name"; null when absent.</summary>
    public string? Text(string path) => At(path) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public bool? Flag(string path) => At(path) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public JsonNode? At(string path)
    {
        JsonNode? current = Node;
        foreach (var part in path.Split('.'))
        {
            current = current is JsonObject obj ? obj[part] : null;
        }

        return current;
    }

    /// <summary>A variable of the declaring template, with "[variables('x')]" references resolved.</summary>
    public JsonNode? Variable(string name) => Resolve(Template["variables"]?[name]);

    /// <summary>The items a copy loop runs over, when it loops over a variable; empty when the resource has no loop.</summary>
    public IReadOnlyList<string> LoopItems()
    {
        var count = (string?)Node["copy"]?["count"];
        if (count is null)
        {
            return [];
        }

        var match = CompiledTemplate.LoopCount().Match(count);
        Assert.True(match.Success, $"{Name}: loop count {count} is not over a variable.");
        var items = Variable(match.Groups["name"].Value) as JsonArray;
        Assert.NotNull(items);
        return [.. items.Select(i => i?.GetValue<string>() ?? "")];
    }

    /// <summary>The variable a copy loop runs over (the name used as variables('x')[copyIndex()]).</summary>
    public string? LoopVariable()
    {
        var count = (string?)Node["copy"]?["count"];
        if (count is null)
        {
            return null;
        }

        var match = CompiledTemplate.LoopCount().Match(count);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private JsonNode? Resolve(JsonNode? node)
    {
        switch (node)
        {
            case JsonValue value when value.TryGetValue<string>(out var text) && CompiledTemplate.VariableReference().Match(text) is { Success: true } match:
                return Variable(match.Groups["name"].Value);
            case JsonArray array:
                return new JsonArray([.. array.Select(i => Resolve(i)?.DeepClone())]);
            default:
                return node;
        }
    }
}
