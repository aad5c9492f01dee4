using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractDocs.Selection;
using ContractDocs.Tests.Support;

namespace ContractDocs.Web.Tests;

/// <summary>One of the library's example selections as a person would enter it in the form: the release, the model,
/// the specifications, and every form field's text by its field name (<c>v.name</c>, <c>v.name[i].field</c>).</summary>
public sealed class ExampleAnswers
{
    private ExampleAnswers(string name, byte[] json)
    {
        Name = name;
        Json = json;
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Release = root.GetProperty("release").GetString()!;
        Model = root.GetProperty("model").GetString()!;
        Specifications = [.. root.GetProperty("specifications").EnumerateArray().Select(s => s.GetString()!)];
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var variable in root.GetProperty("variables").EnumerateObject())
        {
            var value = variable.Value;
            if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
            {
                fields[$"v.{variable.Name}"] = string.Join("\n", value.EnumerateArray().Select(v => v.GetString()));
            }
            else if (value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
            {
                var list = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
                if (value.ValueKind == JsonValueKind.Array)
                {
                    rows[variable.Name] = list.Count;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    foreach (var field in list[i].EnumerateObject())
                    {
                        // A party's roles are checkboxes: the text is the values to tick, one per line.
                        fields[$"v.{variable.Name}[{i}].{field.Name}"] = field.Value.ValueKind == JsonValueKind.Array
                            ? string.Join("\n", field.Value.EnumerateArray().Select(Text))
                            : Text(field.Value);
                    }
                }
            }
            else if (value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                // Dates go in the NHS.UK date input as a person types them: day, month and year, no leading zeros.
                fields[$"v.{variable.Name}.day"] = date.Day.ToString(CultureInfo.InvariantCulture);
                fields[$"v.{variable.Name}.month"] = date.Month.ToString(CultureInfo.InvariantCulture);
                fields[$"v.{variable.Name}.year"] = date.Year.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                fields[$"v.{variable.Name}"] = Text(value);
            }
        }

        Fields = fields;
        Rows = rows;
        Title = root.GetProperty("variables").GetProperty("contractTitle").GetString()!;
    }

    public string Name { get; }

    public byte[] Json { get; }

    public string Release { get; }

    public string Model { get; }

    public string Title { get; }

    public IReadOnlyList<string> Specifications { get; }

    /// <summary>Form field name -> the text to type (lists of text one per line; booleans "true"/"false"; for a group of
    /// checkboxes, the values to tick, one per line).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>Variable name -> how many rows it has (parties, people, outcomes, payment at risk, contributions).</summary>
    public IReadOnlyDictionary<string, int> Rows { get; }

    /// <summary>The fields to fill for <paramref name="plan"/>: those of the variables it needs (an example may carry more).</summary>
    public IReadOnlyDictionary<string, string> FieldsFor(AssemblyPlan plan) => Needed(plan, Fields, VariableOf);

    /// <summary>The rows to have for <paramref name="plan"/>, by variable.</summary>
    public IReadOnlyDictionary<string, int> RowsFor(AssemblyPlan plan) => Needed(plan, Rows, name => name);

    /// <summary>The variable a form field belongs to: v.parties[1].name and v.commencementDate.day -> parties, commencementDate.</summary>
    private static string VariableOf(string field) => field[2..].Split('[', '.')[0];

    private static Dictionary<string, T> Needed<T>(AssemblyPlan plan, IReadOnlyDictionary<string, T> entries, Func<string, string> variable)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var needed = plan.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        return entries.Where(e => needed.Contains(variable(e.Key))).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
    }

    public static ExampleAnswers Load(string name) => new(name, File.ReadAllBytes(Path.Combine(RepoPaths.Examples, name + ".json")));

    /// <summary>What the engine makes of the example as the API would receive it: the plan the form must arrive at.</summary>
    public AssemblyPlan Plan(Resolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        // An example may carry values its plan does not use; the form asks only for those the plan needs.
        var needed = resolver.Resolve(SelectionReader.Read(Json).Selection!).Plan!.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var json = JsonNode.Parse(Json)!.AsObject();
        var variables = json["variables"]!.AsObject();
        foreach (var name in variables.Select(v => v.Key).Where(n => !needed.Contains(n)).ToList())
        {
            variables.Remove(name);
        }

        var resolved = resolver.Resolve(SelectionReader.Read(JsonSerializer.SerializeToUtf8Bytes(json)).Selection!);
        Assert.True(resolved.Succeeded, string.Join("; ", resolved.Problems.Select(p => p.Message)));
        return resolved.Plan!;
    }

    /// <summary>What the live plan says before any value is typed: the clauses and schedules the specifications alone
    /// bring in, e.g. "87 clauses and 6 schedules will be included."</summary>
    public string PlanCount(Resolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        var clauses = resolver.Resolve(new ContractSelection { Release = Release, Model = Model, Specifications = [.. Specifications] }).Plan!.Clauses;
        var schedules = clauses.Count(c => c.Clause.Kind == ContractDocs.Library.ClauseKind.Schedule);
        return $"{clauses.Length - schedules} clauses" + (schedules == 0 ? string.Empty : schedules == 1 ? " and 1 schedule" : $" and {schedules} schedules") + " will be included.";
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };
}
