using System.Text.Json;

namespace ContractDocs.Selection;

/// <summary>Walks a JSON value once, refusing oversized arrays, objects and strings, text that cannot be read or holds
/// XML-illegal characters, and a field given twice in one object (which JSON leaves undefined; System.Text.Json would
/// keep both). Stops adding problems after 50.</summary>
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
                CheckObject(element, path, problems);
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
                if (JsonText.Read(element, out var unreadable) is { } text)
                {
                    CheckText(text, path, problems);
                }
                else
                {
                    problems.Add(new SelectionProblem(ProblemCodes.IllegalCharacter, unreadable!, path));
                }

                break;
        }
    }

    private static void CheckObject(JsonElement element, string path, List<SelectionProblem> problems)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var property in element.EnumerateObject())
        {
            if (++count > SelectionReader.MaxItems)
            {
                problems.Add(new SelectionProblem(ProblemCodes.TooLarge, $"More than {SelectionReader.MaxItems} fields in one object.", path));
                return;
            }

            var name = JsonText.Name(property, out var shown, out var unreadable);
            var child = JsonPath.Child(path, shown);
            if (name is null)
            {
                problems.Add(new SelectionProblem(ProblemCodes.IllegalCharacter, unreadable!, child));
            }
            else
            {
                CheckText(name, child, problems);
                if (!names.Add(name))
                {
                    problems.Add(new SelectionProblem(ProblemCodes.DuplicateKey,
                        $"'{Shorten(name)}' is given more than once in the same object; give each field once.", child));
                }
            }

            Check(property.Value, child, problems);
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

    private static string Shorten(string name) => name.Length <= 60 ? name : name[..60] + "…";
}
