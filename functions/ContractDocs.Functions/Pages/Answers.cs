using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractDocs.Model;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>Check your answers: the NHS.UK summary list, one row per answer in the label's words, each value as a person
/// reads it (money "£38,000,000", percentages "12.5%", dates "1 April 2027", choices by their labels, parties' kinds and
/// roles by their titles, rows as a sub-list), and a Change button back to the field (the details page, at its id).</summary>
public static class Answers
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>"£38,000,000"; pence only when there are any ("£1,234.50").</summary>
    public static string Money(decimal pounds) =>
        "£" + (pounds == decimal.Truncate(pounds) ? pounds.ToString("#,0", English) : pounds.ToString("#,0.00", English));

    public static string Percentage(decimal value) => value.ToString("0.##", English) + "%";

    /// <param name="form">The id of the form the Change buttons submit (they sit outside it, in the list).</param>
    public static string SummaryList(IEnumerable<VariableDefinition> variables, JsonObject values, ContractingModel model, string form)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(model);
        var html = new StringBuilder("<dl class=\"nhsuk-summary-list\" id=\"answers\">");
        foreach (var variable in variables)
        {
            var words = model.Labels.Variable(variable.Name);
            html.Append("<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">").Append(E(words.Label)).Append("</dt><dd class=\"nhsuk-summary-list__value\" data-answer=\"").Append(E(variable.Name)).Append("\">");
            html.Append(values[variable.Name] is { } value ? Value(variable, value, model) : "<span class=\"nhsuk-u-secondary-text-colour\">Not given</span>");
            var anchor = variable.Type is VariableType.Parties or VariableType.People or VariableType.Outcomes or VariableType.PaymentAtRisk or VariableType.Contributions
                or VariableType.QualityRequirements or VariableType.Subcontractors or VariableType.DataFlows ? $"v-{variable.Name}" : variable.Type == VariableType.Party ? $"v-{variable.Name}-name" : $"v-{variable.Name}";
            html.Append("</dd><dd class=\"nhsuk-summary-list__actions\">")
                .Append($"<button class=\"contractdocs-link-button\" type=\"submit\" form=\"{E(form)}\" name=\"action\" value=\"change\" formaction=\"/contracts/new#{E(anchor)}\">Change<span class=\"nhsuk-u-visually-hidden\"> {E(words.Label.ToLowerInvariant())}</span></button></dd></div>");
        }

        return html.Append("</dl>").ToString();
    }

    /// <summary>One answer as HTML (encoded): a sub-list for rows, text for the rest.</summary>
    private static string Value(VariableDefinition variable, JsonNode value, ContractingModel model)
    {
        var words = model.Labels.Variable(variable.Name);
        switch (value)
        {
            case JsonArray list when variable.Type == VariableType.TextList:
                return "<ul class=\"nhsuk-list nhsuk-list--bullet\">" + string.Concat(list.Select(item => $"<li>{E(Text(item))}</li>")) + "</ul>";
            case JsonArray rows:
                var html = new StringBuilder("<ol class=\"nhsuk-list contractdocs-answer-rows\">");
                var i = 0;
                foreach (var row in rows.OfType<JsonObject>())
                {
                    html.Append("<li><h3 class=\"nhsuk-heading-xs nhsuk-u-margin-bottom-1\">").Append(E($"{VariableFields.RowName(variable.Type)} {++i}")).Append("</h3>").Append(Row(variable.Type, row, model)).Append("</li>");
                }

                return html.Append("</ol>").ToString();
            case JsonObject party:
                return Row(variable.Type, party, model);
        }

        var text = Text(value);
        return E(variable.Type switch
        {
            VariableType.Money when Decimal(value) is { } pounds => Money(pounds),
            VariableType.Percentage when Decimal(value) is { } percent => Percentage(percent),
            VariableType.Integer when Decimal(value) is { } n && words.Unit is { } unit => $"{n.ToString("#,0", English)} {(n == 1 ? unit.TrimEnd('s') : unit)}",
            VariableType.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date.ToString("d MMMM yyyy", English),
            VariableType.Choice => words.OptionLabel(text),
            VariableType.Boolean => value.GetValueKind() == JsonValueKind.True ? "Yes" : "No",
            _ => text,
        });
    }

    /// <summary>A row's fields as "Label: value" lines.</summary>
    private static string Row(VariableType type, JsonObject row, ContractingModel model)
    {
        var html = new StringBuilder("<ul class=\"nhsuk-list nhsuk-u-margin-bottom-2\">");
        foreach (var field in VariableTypes.RecordFields(type))
        {
            if (row[field] is not { } value)
            {
                continue;
            }

            var shown = (type, field) switch
            {
                (_, "kind") => model.KindTitle(Text(value)),
                (_, "roles") when value is JsonArray roles => string.Join(", ", roles.Select(r => model.RoleTitle(Text(r)))),
                (VariableType.Contributions, "amount") when Decimal(value) is { } pounds => Money(pounds),
                (_, "weight" or "percentage") when Decimal(value) is { } percent => Percentage(percent),
                _ => Text(value),
            };
            html.Append("<li><span class=\"contractdocs-answer-field\">").Append(E(model.Labels.Field(field).Label)).Append(":</span> ").Append(E(shown)).Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    private static decimal? Decimal(JsonNode value) => value.GetValueKind() == JsonValueKind.Number ? value.GetValue<decimal>() : null;

    private static string Text(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}
