using System.Text.Json;

namespace ContractDocs.Selection;

/// <summary>Walks a JSON value once, refusing oversized arrays, objects and strings and XML-illegal characters.</summary>
internal static class JsonLimits
{
    private const int MaxProblems = 50;

    public static void Check(JsonElement element, string path, List<SelectionProblem> problems)
    {
        if (problems.Count >= MaxProblems)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var count = 0;
                foreach (var property in element.EnumerateObject())
                {
                    if (++count > SelectionReader.MaxItems)
                    {
                        problems.Add(new SelectionProblem(ProblemCodes.TooLarge, $"More than {SelectionReader.MaxItems} fields in one object.", path));
                        return;
                    }

                    var child = JsonPath.Child(path, property.Name);
                    CheckText(property.Name, child, problems);
                    Check(property.Value, child, problems);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (index >= SelectionReader.MaxItems)
                    {
                        problems.Add(new SelectionProblem(ProblemCodes.TooLarge, $"More than {SelectionReader.MaxItems} items in one list.", path));
                        return;
                    }

                    Check(item, JsonPath.Item(path, index++), problems);
                }

                break;
            case JsonValueKind.String:
                string text;
                try
                {
                    text = element.GetString()!;
                }
                catch (InvalidOperationException)
                {
                    problems.Add(new SelectionProblem(ProblemCodes.IllegalCharacter,
                        "This text contains a lone surrogate (half of an emoji or other character); retype it.", path));
                    return;
                }

                CheckText(text, path, problems);
                break;
        }
    }

    private static void CheckText(string text, string path, List<SelectionProblem> problems)
    {
        if (text.Length > SelectionReader.MaxStringLength)
        {
            problems.Add(new SelectionProblem(ProblemCodes.TooLarge, $"This text is {text.Length:N0} characters; the limit is {SelectionReader.MaxStringLength:N0}.", path));
            return;
        }

        if (XmlText.FindIllegal(text) is { } position)
        {
            problems.Add(new SelectionProblem(ProblemCodes.IllegalCharacter,
                $"This text contains a character a Word document cannot hold (U+{(int)text[position]:X4} at position {position + 1}); remove it.", path));
        }
    }
}
