using System.Collections.Immutable;
using System.Text.Json;

namespace ContractDocs.Selection;

/// <summary>
/// Reads a selection from JSON with bounded work: size, depth, item counts and string lengths are capped, and every
/// string is checked for characters that XML cannot carry. Stateless and thread-safe.
/// </summary>
public static class SelectionReader
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxDepth = 16;
    public const int MaxItems = 500;
    public const int MaxStringLength = 20_000;

    private static readonly string[] Fields = ["$schema", "release", "model", "criteria", "specifications", "variables"];

    public static SelectionReadResult Read(ReadOnlySpan<byte> json)
    {
        if (json.Length > MaxBytes)
        {
            return Fail(new SelectionProblem(ProblemCodes.TooLarge, $"The selection is {json.Length:N0} bytes; the limit is {MaxBytes:N0}.", "$"));
        }

        json = WithoutByteOrderMark(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : string.Empty;
            return Fail(new SelectionProblem(ProblemCodes.InvalidJson, $"The selection is not valid JSON{where}: {FirstSentence(e.Message)}", "$"));
        }

        using (document)
        {
            var problems = new List<SelectionProblem>();
            JsonLimits.Check(document.RootElement, "$", problems);
            if (problems.Count > 0)
            {
                return new SelectionReadResult(null, [.. problems]);
            }

            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(new SelectionProblem(ProblemCodes.InvalidField, "The selection must be a JSON object.", "$"));
            }

            foreach (var property in root.EnumerateObject().Where(p => !Fields.Contains(p.Name, StringComparer.Ordinal)))
            {
                problems.Add(new SelectionProblem(ProblemCodes.UnknownField,
                    $"'{property.Name}' is not a selection field. Fields: release, model, criteria, specifications, variables.",
                    JsonPath.Child("$", property.Name)));
            }

            var release = RequiredString(root, "release", problems);
            var model = RequiredString(root, "model", problems);
            var criteria = StringArray(root, "criteria", problems);
            var specifications = StringArray(root, "specifications", problems);
            var variables = ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
            if (root.TryGetProperty("variables", out var values))
            {
                if (values.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(new SelectionProblem(ProblemCodes.InvalidField, "'variables' must be an object of name: value.", "$.variables"));
                }
                else
                {
                    foreach (var property in values.EnumerateObject())
                    {
                        variables[property.Name] = property.Value.Clone();
                    }
                }
            }

            if (problems.Count > 0 || release is null || model is null)
            {
                return new SelectionReadResult(null, [.. problems]);
            }

            return new SelectionReadResult(
                new ContractSelection
                {
                    Release = release,
                    Model = model,
                    Criteria = criteria,
                    Specifications = specifications,
                    Variables = variables.ToImmutable(),
                },
                []);
        }
    }

    /// <summary>The JSON without a leading UTF-8 byte order mark: a file saved by Windows Notepad starts with one, and
    /// RFC 8259 lets a reader ignore it.</summary>
    public static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> json) => json.StartsWith("\uFEFF"u8) ? json[3..] : json;

    private static string? RequiredString(JsonElement root, string name, List<SelectionProblem> problems)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            problems.Add(new SelectionProblem(ProblemCodes.MissingField, $"'{name}' is required.", $"$.{name}"));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add(new SelectionProblem(ProblemCodes.InvalidField, $"'{name}' must be a non-empty string.", $"$.{name}"));
            return null;
        }

        return value.GetString();
    }

    private static ImmutableArray<string> StringArray(JsonElement root, string name, List<SelectionProblem> problems)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new SelectionProblem(ProblemCodes.InvalidField, $"'{name}' must be an array of ids.", $"$.{name}"));
            return [];
        }

        var result = ImmutableArray.CreateBuilder<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                result.Add(item.GetString()!);
            }
            else
            {
                problems.Add(new SelectionProblem(ProblemCodes.InvalidField, $"Every item of '{name}' must be an id (a string).", $"$.{name}[{index}]"));
            }

            index++;
        }

        return result.ToImmutable();
    }

    private static SelectionReadResult Fail(SelectionProblem problem) => new(null, [problem]);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
