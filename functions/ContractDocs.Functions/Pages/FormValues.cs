using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContractDocs.Library;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace ContractDocs.Functions.Pages;

/// <summary>Turns the commissioner's form fields into selection values, and back: every variable type has fixed
/// field names (<c>v.name</c>, <c>v.name[i].field</c>) so an error's JSON path finds its field.</summary>
public static partial class FormValues
{
    /// <summary>How many rows a list variable shows: what was typed, at least one, one more when asked.</summary>
    public static int Rows(IFormCollection form, VariableDefinition variable)
    {
        var typed = 0;
        while (VariableTypes.RecordFields(variable.Type).Any(f => form.ContainsKey($"v.{variable.Name}[{typed}].{f}")))
        {
            typed++;
        }

        return Math.Max(1, typed + (form["add"] == variable.Name ? 1 : 0));
    }

    /// <summary>The form without row <c>index</c> of a list variable (<c>remove=outcomes:1</c>): later rows move up one,
    /// so a page without JavaScript removes a row exactly as the script does.</summary>
    public static IFormCollection RemoveRow(IFormCollection form, string? instruction)
    {
        ArgumentNullException.ThrowIfNull(form);
        var parts = (instruction ?? string.Empty).Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return form;
        }

        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, value) in form)
        {
            var match = RowField().Match(key);
            if (!match.Success || match.Groups["name"].Value != parts[0])
            {
                fields[key] = value;
                continue;
            }

            var row = int.Parse(match.Groups["row"].ValueSpan, CultureInfo.InvariantCulture);
            if (row != index)
            {
                fields[$"v.{parts[0]}[{(row > index ? row - 1 : row).ToString(CultureInfo.InvariantCulture)}].{match.Groups["field"].Value}"] = value;
            }
        }

        return new FormCollection(fields);
    }

    public static JsonObject Values(IFormCollection form, IEnumerable<VariableDefinition> variables)
    {
        var values = new JsonObject();
        foreach (var variable in variables)
        {
            var key = $"v.{variable.Name}";
            switch (variable.Type)
            {
                case VariableType.TextList:
                    var lines = form[key].ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
                    if (lines.Length > 0)
                    {
                        values[variable.Name] = new JsonArray([.. lines.Select(l => (JsonNode)l)]);
                    }

                    break;
                case VariableType.Boolean:
                    values[variable.Name] = form[key] == "true";
                    break;
                case VariableType.Date when DateParts(form, key) is { } date:
                    values[variable.Name] = date;
                    break;
                case var type when VariableTypes.RecordFields(type).Count > 0:
                    var rows = new JsonArray();
                    for (var i = 0; i < Rows(form, variable); i++)
                    {
                        var row = new JsonObject();
                        foreach (var field in VariableTypes.RecordFields(type))
                        {
                            if (field == "roles")
                            {
                                var roles = form[$"{key}[{i}].roles"].Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => (JsonNode)r!.Trim()).ToArray();
                                if (roles.Length > 0)
                                {
                                    row["roles"] = new JsonArray(roles);
                                }

                                continue;
                            }

                            var text = form[$"{key}[{i}].{field}"].ToString().Trim();
                            if (text.Length > 0)
                            {
                                row[field] = field is "weight" or "year" or "percentage" or "amount" ? Number(text) : text;
                            }
                        }

                        if (row.Count > 0)
                        {
                            rows.Add(row);
                        }
                    }

                    if (rows.Count > 0)
                    {
                        values[variable.Name] = type == VariableType.Party ? rows[0]!.DeepClone() : rows;
                    }

                    break;
                default:
                    var value = form[key].ToString().Trim();
                    if (value.Length > 0)
                    {
                        values[variable.Name] = variable.Type is VariableType.Money or VariableType.Percentage or VariableType.Integer ? Number(value) : value;
                    }

                    break;
            }
        }

        return values;
    }

    /// <summary>The NHS.UK date input's three fields (<c>v.name.day</c>, <c>.month</c>, <c>.year</c>) as an ISO date, or
    /// as typed (year-month-day) when they do not make a real date, so that validation names the field; null when all
    /// three are empty or the form has a single date field instead.</summary>
    private static string? DateParts(IFormCollection form, string key)
    {
        var day = form[key + ".day"].ToString().Trim();
        var month = form[key + ".month"].ToString().Trim();
        var year = form[key + ".year"].ToString().Trim();
        if (day.Length + month.Length + year.Length == 0)
        {
            return null;
        }

        return int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : $"{year}-{month}-{day}";
    }

    /// <summary>A number when it reads as one (commas and £ allowed), else the text, which validation then names.</summary>
    private static JsonValue Number(string text)
    {
        var cleaned = text.Replace(",", string.Empty, StringComparison.Ordinal).Replace("£", string.Empty, StringComparison.Ordinal).TrimEnd('%').Trim();
        return decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(text);
    }

    /// <summary>The field id for a problem's JSON path: $.variables.parties[1].kind -> v-parties-1-kind.</summary>
    public static string FieldId(string? path) =>
        path is null ? "main" : "v-" + path.Replace("$.variables.", string.Empty, StringComparison.Ordinal).Replace("[", "-", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Replace(".", "-", StringComparison.Ordinal);

    [GeneratedRegex(@"^v\.(?<name>[A-Za-z][A-Za-z0-9]*)\[(?<row>[0-9]{1,4})\]\.(?<field>[a-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RowField();
}
