using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractDocs.Library;
using ContractDocs.Selection;
using ContractDocs.Tests.Support;
using Json.Pointer;
using Json.Schema;

namespace ContractDocs.Tests.Library;

/// <summary>
/// The JSON Schemas in clause-library/schema/ are what editors check the library against as the legal team types, so
/// they must agree with the loader: every real file passes its schema, and a file the loader or linter refuses for a
/// reason a schema can see is refused by the schema too.
/// </summary>
public sealed class LibrarySchemaTests
{
    private const string Model = "model.schema.json";
    private const string Release = "release.schema.json";
    private const string Layout = "layout.schema.json";
    private const string Redline = "redline.schema.json";
    private const string FrontMatter = "clause-front-matter.schema.json";
    private const string Selection = "selection.schema.json";

    private static readonly string SchemaFolder = Path.Combine(RepoPaths.Library, "schema");

    private static readonly Lazy<FrozenDictionary<string, JsonSchema>> Schemas = new(() =>
        Directory.EnumerateFiles(SchemaFolder, "*.schema.json")
            .ToFrozenDictionary(f => Path.GetFileName(f), f => Build(File.ReadAllText(f)), StringComparer.Ordinal));

    /// <summary>Every schema file, by name.</summary>
    public static TheoryData<string> SchemaFiles() =>
        [.. Directory.EnumerateFiles(SchemaFolder, "*.schema.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>Every file of the real library that a schema describes, with that schema: one row per file.</summary>
    public static TheoryData<string, string> LibraryFiles()
    {
        var data = new TheoryData<string, string> { { Model, "model.yaml" }, { Redline, RedlineWording.FileName } };
        foreach (var (schema, folder, pattern) in new[]
        {
            (Release, "releases", "*.yaml"),
            (Layout, "layouts", "*.yaml"),
            (FrontMatter, "clauses", "*.md"),
            (FrontMatter, "schedules", "*.md"),
            (Selection, "examples", "*.json"),
        })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Library, folder), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(schema, Path.GetRelativePath(RepoPaths.Library, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    /// <summary>The hand-made breakages of real files that both a schema and the loader (or linter) must refuse.</summary>
    public static TheoryData<string> MutationNames() => [.. Mutations.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(LibraryFiles))]
    public void RealLibraryFile_ValidatesAgainstItsSchema_WithNoErrors(string schema, string path)
    {
        var instance = Instance(path, File.ReadAllText(Path.Combine(RepoPaths.Library, path)));

        var errors = Errors(schema, instance);

        Assert.True(errors.Count == 0, $"{path} fails {schema} with {errors.Count} error(s):\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void LibraryFiles_CoverEveryKindOfFile_WithOneRowPerFile()
    {
        var rows = LibraryFiles().Select(r => ((string)r[0], (string)r[1])).ToList();

        Assert.Equal(rows.Count, rows.Select(r => r.Item2).Distinct(StringComparer.Ordinal).Count());
        Assert.All(new[] { Model, Release, Layout, Redline, FrontMatter, Selection }, schema => Assert.True(rows.Any(r => r.Item1 == schema), $"No library file is checked against {schema}."));
        Assert.Equal(RealLibrary.Library.Versions.Length, rows.Count(r => r.Item1 == FrontMatter));
        Assert.Equal(RealLibrary.Library.Releases.Length, rows.Count(r => r.Item1 == Release));
        Assert.Equal(RealLibrary.Library.Layouts.Length, rows.Count(r => r.Item1 == Layout));
    }

    [Theory]
    [MemberData(nameof(MutationNames))]
    public void MutatedRealFile_IsRefusedByTheSchema_AndByTheLoader(string name)
    {
        var mutation = Mutations[name];
        var original = File.ReadAllText(Path.Combine(RepoPaths.Library, mutation.Path));
        var text = mutation.Change(original);
        Assert.False(text == original, $"The mutation '{name}' left {mutation.Path} unchanged: the text it edits is gone.");

        var errors = Errors(mutation.Schema, Instance(mutation.Path, text));
        var problems = mutation.Loader(mutation.Path, text);

        Assert.True(errors.Count > 0, $"{mutation.Schema} accepts {mutation.Path} with the mutation '{name}', which the loader refuses with: {string.Join(" | ", problems)}.");
        Assert.True(problems.Any(p => p.Contains(mutation.Code, StringComparison.Ordinal)),
            $"The loader does not report '{mutation.Code}' for {mutation.Path} with the mutation '{name}'; it reports: {(problems.Count == 0 ? "nothing" : string.Join(" | ", problems))}. The schema says:\n{string.Join("\n", errors)}");
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void SchemaFile_IsAValidDraft202012Schema_AndEveryRefResolves(string schema)
    {
        var text = File.ReadAllText(Path.Combine(SchemaFolder, schema));
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;

        var built = Record.Exception(() => Build(text));
        var meta = MetaSchemas.Draft202012.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var unresolved = Refs(root, "#").Where(r => !Resolves(root, r.Ref)).Select(r => $"{r.At}: \"$ref\": \"{r.Ref}\"").ToList();

        Assert.True(built is null, $"{schema} cannot be built as a JSON Schema: {built?.Message}");
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal($"https://contractdocs.example/schema/{schema}", root.GetProperty("$id").GetString());
        Assert.True(meta.IsValid, $"{schema} breaks the 2020-12 meta-schema:\n{string.Join("\n", Messages(meta))}");
        Assert.True(Refs(root, "#").Any() || !text.Contains("\"$ref\"", StringComparison.Ordinal), $"{schema} has a \"$ref\" that Refs does not find.");
        Assert.True(unresolved.Count == 0, $"{schema} has a \"$ref\" that points nowhere:\n{string.Join("\n", unresolved)}");
    }

    [Fact]
    public void SharedDefinitions_HaveTheSameRulesInEverySchemaThatRepeatsThem()
    {
        // Each schema stands alone (a reference to another file would be looked up at the $id, where nothing is
        // served), so some $defs are repeated; their rules must not drift apart. Descriptions may differ. The
        // selection's 'text' also caps the length, as the selection reader does, so it is compared with no other's.
        var definitions = Directory.EnumerateFiles(SchemaFolder, "*.schema.json").Order(StringComparer.Ordinal)
            .SelectMany(f => (JsonNode.Parse(File.ReadAllText(f))!["$defs"]?.AsObject() ?? []).Select(d => (File: Path.GetFileName(f), Name: d.Key, Rules: WithoutWords(d.Value))))
            .Where(d => !(d.File == Selection && d.Name == "text"))
            .ToList();

        var drifted = definitions.GroupBy(d => d.Name, StringComparer.Ordinal)
            .Where(g => g.Select(d => d.Rules).Distinct(JsonNodeEquality.Instance).Count() > 1)
            .Select(g => $"$defs/{g.Key} differs between {string.Join(", ", g.Select(d => d.File))}")
            .ToList();

        Assert.Contains(definitions, d => d.Name == "variable" && d.File == Model);
        Assert.Contains(definitions, d => d.Name == "variable" && d.File == FrontMatter);
        Assert.True(drifted.Count == 0, string.Join("\n", drifted));
    }

    [Fact]
    public void FrontMatterSchema_ListsExactlyTheKeysClauseParserAndVariableParserKnow()
    {
        var schema = SchemaNode(FrontMatter);

        Assert.Equal(ClauseParser.Keys.Order(StringComparer.Ordinal), PropertyNames(schema["properties"]));
        Assert.Equal(VariableParser.Keys.Order(StringComparer.Ordinal), PropertyNames(schema["$defs"]!["variable"]!["properties"]));
        Assert.Equal(PropertyNames(SchemaNode(Model)["$defs"]!["variable"]!["properties"]), PropertyNames(schema["$defs"]!["variable"]!["properties"]));
    }

    [Fact]
    public void RedlineAndLayoutSchemas_RequireExactlyTheLabelsTheLoaderRequires()
    {
        Assert.Equal(RedlineWording.Keys.Order(StringComparer.Ordinal), Strings(SchemaNode(Redline)["required"]).Order(StringComparer.Ordinal));
        Assert.Equal(RedlineWording.Keys.Order(StringComparer.Ordinal), PropertyNames(SchemaNode(Redline)["properties"]));
        Assert.Equal(LayoutDefinition.LabelKeys.Order(StringComparer.Ordinal), Strings(SchemaNode(Layout)["$defs"]!["layoutLabels"]!["required"]).Order(StringComparer.Ordinal));
        Assert.Equal(LayoutDefinition.LabelKeys.Order(StringComparer.Ordinal), PropertyNames(SchemaNode(Layout)["$defs"]!["layoutLabels"]!["properties"]));
    }

    [Theory]
    [InlineData(Model, "model.yaml")]
    [InlineData(Release, "releases/2026.3.yaml")]
    [InlineData(Layout, "layouts/alliance/1.0.0.yaml")]
    [InlineData(FrontMatter, "clauses/governing-law/1.1.0.md")]
    [InlineData(Selection, "examples/frailty-alliance.json")]
    public void EveryTopLevelKeyASchemaAllows_IsAKeyTheLoaderKnows(string schema, string path)
    {
        var keys = PropertyNames(SchemaNode(schema)["properties"]);
        var document = path.EndsWith(".json", StringComparison.Ordinal)
            ? new JsonObject(keys.Select(k => KeyValuePair.Create(k, (JsonNode?)JsonValue.Create("x")))).ToJsonString()
            : string.Concat(keys.Select(k => $"{k}: x\n"));
        if (path.EndsWith(".md", StringComparison.Ordinal))
        {
            document = $"---\n{document}---\nBody.\n";
        }

        var unknown = Load(path, document).Where(p => p.Contains("unknown-key", StringComparison.Ordinal) || p.Contains("unknown-field", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(keys);
        Assert.True(unknown.Count == 0, $"{schema} allows top-level keys that the loader of {path} refuses:\n{string.Join("\n", unknown)}");
    }

    [Theory]
    [InlineData("a: 1.0.0", """{"a":"1.0.0"}""")]
    [InlineData("a: 2026-12-15", """{"a":"2026-12-15"}""")]
    [InlineData("a: \"2026.3\"\nb: 2026.3", """{"a":"2026.3","b":2026.3}""")]
    [InlineData("a: [true, True, FALSE, yes, 'true']", """{"a":[true,true,false,"yes","true"]}""")]
    [InlineData("a:\nb: ~\nc: null\nd: \"\"\ne: Null", """{"a":null,"b":null,"c":null,"d":"","e":null}""")]
    [InlineData("a: [30, -4, +7, 0o17, 0x1F, 007]", """{"a":[30,-4,7,15,31,7]}""")]
    [InlineData("a: [12.5, .5, 1e3, 1.]", """{"a":[12.5,0.5,1000,1]}""")]
    [InlineData("a: !!str 30\nb: |\n  30\nc: '30'", """{"a":"30","b":"30\n","c":"30"}""")]
    [InlineData("a: { b: [c, { d: e }] }", """{"a":{"b":["c",{"d":"e"}]}}""")]
    public void YamlJson_ReadsPlainScalarsByTheYaml12CoreSchema_AndEverythingElseAsText(string yaml, string json)
    {
        var converted = YamlJson.Convert(yaml);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), converted), $"{yaml.ReplaceLineEndings(" | ")} became {converted?.ToJsonString()}, not {json}.");
    }

    private sealed record Mutation(string Schema, string Path, Func<string, string> Change, string Code, Func<string, string, List<string>> Loader);

    private static readonly FrozenDictionary<string, Mutation> Mutations = new Dictionary<string, Mutation>(StringComparer.Ordinal)
    {
        ["model.yaml with an unknown top-level key"] =
            new(Model, "model.yaml", t => t + "colour: blue\n", "unknown-key", Load),
        ["model.yaml with a specification id that is not criterion, dot and kebab-case"] =
            new(Model, "model.yaml", t => Replace(t, "- id: O1.joint-outcomes\n", "- id: O1.Joint_Outcomes\n"), "invalid-id", Load),
        ["model.yaml's default layout with a key a layout file has but it may not"] =
            new(Model, "model.yaml", t => Replace(t, "defaultLayout:\n  parts:\n", "defaultLayout:\n  model: alliance\n  parts:\n"), "unknown-key", Load),
        ["a clause placement with a capital letter"] =
            new(FrontMatter, "clauses/governing-law/1.1.0.md", t => Replace(t, "\nplacement: back\n", "\nplacement: Back\n"), "invalid-value", Load),
        ["a clause placement given as a number"] =
            new(FrontMatter, "clauses/governing-law/1.1.0.md", t => Replace(t, "\nplacement: back\n", "\nplacement: 2\n"), "invalid-value", Load),
        ["a layout part placed in the recitals, which stand before Part 1"] =
            new(Layout, "layouts/alliance/1.0.0.yaml", t => Replace(t, "    placement: front\n", "    placement: recitals\n"), "invalid-value", Load),
        ["a release with an unknown key"] =
            new(Release, "releases/2026.3.yaml", t => t + "approvedBy: Legal\n", "unknown-key", Load),
        ["a layout part with an unknown key"] =
            new(Layout, "layouts/alliance/1.0.0.yaml", t => Replace(t, "    rest: true\n", "    rest: true\n    numbered: false\n"), "unknown-key", Load),
        ["redline.yaml without one of its labels"] =
            new(Redline, RedlineWording.FileName, t => Replace(t, "\nnoChanges: ", "\n# noChanges: "), "missing-redline-label", Load),
        ["clause front matter with an unknown key"] =
            new(FrontMatter, "clauses/governing-law/1.1.0.md", t => Replace(t, "---\nid: ", "---\nauthor: Legal team\nid: "), "unknown-key", Load),
        ["a clause status outside draft, approved and retired"] =
            new(FrontMatter, "clauses/governing-law/1.1.0.md", t => Replace(t, "\nstatus: approved\n", "\nstatus: final\n"), "invalid-status", Load),
        ["a clause implementing a malformed specification id"] =
            new(FrontMatter, "clauses/alliance-leadership-team/1.1.0.md", t => Replace(t, "implements: [P2.alliance-leadership-team]", "implements: [P2.Alliance_Leadership_Team]"), "unknown-specification", Lint),
        ["a schedule variable of an unknown type"] =
            new(FrontMatter, "schedules/payment-schedule/1.0.0.md", t => Replace(t, "    type: money\n", "    type: currency\n"), "unknown-variable-type", Load),
        ["a selection with an unknown contract model"] =
            new(Selection, "examples/frailty-alliance.json", t => EditJson(t, s => s["model"] = "partnership"), ProblemCodes.UnknownModel, Load),
        ["a selection giving a party an unknown role"] =
            new(Selection, "examples/frailty-alliance.json", t => EditJson(t, s => s["variables"]!["parties"]![0]!["roles"] = new JsonArray("chair")), ProblemCodes.InvalidVariable, Load),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static string Replace(string text, string from, string to) => text.Replace(from, to, StringComparison.Ordinal);

    private static string EditJson(string text, Action<JsonObject> edit)
    {
        var selection = JsonNode.Parse(text)!.AsObject();
        edit(selection);
        return selection.ToJsonString();
    }

    /// <summary>The problems the loader reports for one file of the library holding <paramref name="text"/>, each as
    /// "code: message"; a selection is read and resolved against the real library.</summary>
    private static List<string> Load(string path, string text)
    {
        var problems = new List<LibraryProblem>();
        var parts = path.Split('/');
        switch (parts[0])
        {
            case "model.yaml":
                ModelParser.Parse(new YamlReader(path, problems), text);
                break;
            case "releases":
                ReleaseParser.Parse(new YamlReader(path, problems), text, System.IO.Path.GetFileNameWithoutExtension(path));
                break;
            case "layouts":
                LayoutParser.Parse(new YamlReader(path, problems), text, parts[1], System.IO.Path.GetFileNameWithoutExtension(path));
                break;
            case "clauses" or "schedules":
                ClauseParser.Parse(path, Encoding.UTF8.GetBytes(text), problems, parts[0] == "clauses" ? ClauseKind.Clause : ClauseKind.Schedule);
                break;
            case RedlineWording.FileName:
                var folder = Directory.CreateTempSubdirectory("contractdocs-redline-");
                try
                {
                    File.WriteAllText(System.IO.Path.Combine(folder.FullName, RedlineWording.FileName), text);
                    RedlineWording.Load(folder.FullName, problems);
                }
                finally
                {
                    folder.Delete(recursive: true);
                }

                break;
            case "examples":
                var read = SelectionReader.Read(Encoding.UTF8.GetBytes(text));
                var selectionProblems = read.Selection is null ? read.Problems : new Resolver(RealLibrary.Library).Resolve(read.Selection).Problems;
                return [.. selectionProblems.Select(p => $"{p.Code}: {p.Message}")];
            default:
                throw new ArgumentException($"No loader for {path}.", nameof(path));
        }

        return [.. problems.Select(p => $"{p.Code}: {p.Message}")];
    }

    /// <summary>The linter's problems for a copy of the real library in which <paramref name="path"/> holds
    /// <paramref name="text"/>.</summary>
    private static List<string> Lint(string path, string text)
    {
        var root = Directory.CreateTempSubdirectory("contractdocs-schema-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(RepoPaths.Library, "*", SearchOption.AllDirectories))
            {
                var target = System.IO.Path.Combine(root, System.IO.Path.GetRelativePath(RepoPaths.Library, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            File.WriteAllText(System.IO.Path.Combine(root, path), text);
            return [.. LibraryLinter.Lint(LibraryLoader.Load(root)).Select(p => $"{p.Code}: {p.File}:{p.Line}: {p.Message}")];
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static JsonSchema Build(string text) =>
        JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    /// <summary>The file as the JSON its schema checks: YAML converted, a clause's front matter only, JSON as it is.</summary>
    private static JsonElement Instance(string path, string text)
    {
        var node = path.EndsWith(".json", StringComparison.Ordinal) ? JsonNode.Parse(text)
            : YamlJson.Convert(path.EndsWith(".md", StringComparison.Ordinal) ? YamlJson.FrontMatter(text) : text);
        return JsonSerializer.SerializeToElement(node);
    }

    /// <summary>Each error as "instance location: message (schema location)".</summary>
    private static List<string> Errors(string schema, JsonElement instance)
    {
        var results = Schemas.Value[schema].Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        return results.IsValid ? [] : Messages(results);
    }

    /// <summary>The errors of the failing nodes of hierarchical results. A node that passed is skipped with all it
    /// holds (so the branches an anyOf did not take are not listed), and so is a failing 'if', which only chooses
    /// between 'then' and 'else'.</summary>
    private static List<string> Messages(EvaluationResults results)
    {
        var messages = new List<string>();
        void Walk(EvaluationResults node)
        {
            var path = node.EvaluationPath.ToString();
            if (node.IsValid || path.EndsWith("/if", StringComparison.Ordinal))
            {
                return;
            }

            foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            {
                var at = keyword.Length == 0 || path.EndsWith("/" + keyword, StringComparison.Ordinal) ? path : $"{path}/{keyword}";
                // additionalProperties: false reports "All values fail against the false schema": say what it means.
                var text = at.EndsWith("/additionalProperties", StringComparison.Ordinal) && message.Contains("false schema", StringComparison.Ordinal)
                    ? "this key is not allowed here"
                    : message.Replace("\\u0022", "\"", StringComparison.Ordinal);
                messages.Add($"  {Location(node.InstanceLocation)}: {text} (schema: {(at.Length == 0 ? "/" : at)})");
            }

            foreach (var child in node.Details ?? [])
            {
                Walk(child);
            }
        }

        Walk(results);
        return [.. messages.Distinct(StringComparer.Ordinal)];
    }

    private static string Location(JsonPointer pointer)
    {
        var text = pointer.ToString();
        return text.Length == 0 ? "(the whole file)" : text;
    }

    /// <summary>Every "$ref" in a schema, with the JSON pointer of the object holding it.</summary>
    private static IEnumerable<(string At, string Ref)> Refs(JsonElement element, string at)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "$ref" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return (at, property.Value.GetString()!);
                    }

                    foreach (var found in Refs(property.Value, $"{at}/{property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}"))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var found in Refs(item, $"{at}/{index++}"))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    /// <summary>True for a reference into the same file ("#/…") that names an existing schema object. A schema here
    /// refers to no other file: an editor would look for it at the $id, where nothing is served.</summary>
    private static bool Resolves(JsonElement root, string reference)
    {
        if (!reference.StartsWith('#'))
        {
            return false;
        }

        var pointer = JsonPointer.Parse(Uri.UnescapeDataString(reference[1..]));
        return pointer.Evaluate(root) is { ValueKind: JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False };
    }

    private static JsonNode SchemaNode(string schema) => JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder, schema)))!;

    private static List<string> PropertyNames(JsonNode? properties) => [.. properties!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)];

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(i => i!.GetValue<string>())];

    /// <summary>A schema node without the words meant for people (description, examples), to compare its rules.</summary>
    private static JsonNode? WithoutWords(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Where(p => p.Key is not ("description" or "examples")).Select(p => KeyValuePair.Create(p.Key, WithoutWords(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(WithoutWords)]),
        _ => node?.DeepClone(),
    };

    private sealed class JsonNodeEquality : IEqualityComparer<JsonNode?>
    {
        public static readonly JsonNodeEquality Instance = new();

        public bool Equals(JsonNode? x, JsonNode? y) => JsonNode.DeepEquals(x, y);

        public int GetHashCode(JsonNode? obj) => 0;
    }
}
