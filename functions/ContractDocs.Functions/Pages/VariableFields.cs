using System.Text;
using ContractDocs.Library;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>The form fields for one variable, built from its type: inputs, radios, a textarea for lists of text,
/// and rows (add another) for parties, people, outcomes, payment at risk and contributions.</summary>
public static class VariableFields
{
    public static string Render(VariableDefinition variable, IFormCollection form, IReadOnlyList<(string Field, string Message)> errors, ContractDocs.Model.ContractingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(variable);
        var id = $"v-{variable.Name}";
        var mine = errors.Where(e => e.Field == id || e.Field.StartsWith(id + "-", StringComparison.Ordinal)).ToList();
        var html = new StringBuilder($"<div class=\"nhsuk-form-group{(mine.Count > 0 ? " nhsuk-form-group--error" : string.Empty)}\">");
        var label = Label(variable.Name) + (variable.Required ? string.Empty : " (optional)");
        var hint = $"<div class=\"nhsuk-hint\" id=\"{id}-hint\">{E(variable.Description)}</div>";
        var error = string.Concat(mine.Select(e => FormHtml.ErrorMessage(e.Message)));
        string Value(string key) => form[key].ToString();
        switch (variable.Type)
        {
            case VariableType.Choice:
                html.Append($"<fieldset class=\"nhsuk-fieldset\" aria-describedby=\"{id}-hint\"><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{E(label)}</legend>{hint}{error}<div class=\"nhsuk-radios\">");
                for (var i = 0; i < variable.Options.Length; i++)
                {
                    var option = variable.Options[i];
                    var optionId = i == 0 ? id : $"{id}-{i}";
                    html.Append($"<div class=\"nhsuk-radios__item\"><input class=\"nhsuk-radios__input\" id=\"{optionId}\" name=\"v.{variable.Name}\" type=\"radio\" value=\"{E(option)}\"{(Value($"v.{variable.Name}") == option ? " checked" : string.Empty)}><label class=\"nhsuk-label nhsuk-radios__label\" for=\"{optionId}\">{E(option)}</label></div>");
                }

                html.Append("</div></fieldset>");
                break;
            case VariableType.Boolean:
                html.Append($"{hint}{error}<div class=\"nhsuk-checkboxes\"><div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" id=\"{id}\" name=\"v.{variable.Name}\" type=\"checkbox\" value=\"true\"{(Value($"v.{variable.Name}") == "true" ? " checked" : string.Empty)}><label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"{id}\">{E(label)}</label></div></div>");
                break;
            case VariableType.Date:
                // The NHS.UK date input: day, month and year as three boxes; the day box carries the field's id so the
                // error summary's link lands in it.
                html.Append($"<fieldset class=\"nhsuk-fieldset\" role=\"group\" aria-describedby=\"{id}-hint {id}-example\"><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{E(label)}</legend>{hint}<div class=\"nhsuk-hint\" id=\"{id}-example\">For example, 1 4 2027</div>{error}<div class=\"nhsuk-date-input\">");
                foreach (var (part, name, width) in new[] { ("day", "Day", 2), ("month", "Month", 2), ("year", "Year", 4) })
                {
                    var partId = part == "day" ? id : $"{id}-{part}";
                    var value = Value($"v.{variable.Name}.{part}");
                    html.Append($"<div class=\"nhsuk-date-input__item\"><div class=\"nhsuk-form-group\"><label class=\"nhsuk-label nhsuk-date-input__label\" for=\"{partId}\">{name}</label>")
                        .Append($"<input class=\"nhsuk-input nhsuk-date-input__input nhsuk-input--width-{width}{(mine.Count > 0 ? " nhsuk-input--error" : string.Empty)}\" id=\"{partId}\" name=\"v.{variable.Name}.{part}\" type=\"text\" inputmode=\"numeric\" value=\"{E(value)}\"></div></div>");
                }

                html.Append("</div></fieldset>");
                break;
            case VariableType.TextList:
                html.Append($"<label class=\"nhsuk-label nhsuk-label--s\" for=\"{id}\">{E(label)}</label>{hint}<div class=\"nhsuk-hint\">One per line.</div>{error}<textarea class=\"nhsuk-textarea\" id=\"{id}\" name=\"v.{variable.Name}\" rows=\"4\" aria-describedby=\"{id}-hint\">{E(Value($"v.{variable.Name}"))}</textarea>");
                break;
            case var type when VariableTypes.RecordFields(type).Count > 0:
                var rows = type == VariableType.Party ? 1 : FormValues.Rows(form, variable);
                var rowName = RowName(type);
                // The group carries the variable's id, so an error about the whole list (none given) links to it.
                html.Append($"<fieldset class=\"nhsuk-fieldset\" id=\"{id}\" aria-describedby=\"{id}-hint\"{(type == VariableType.Party ? string.Empty : $" data-rows=\"{E(variable.Name)}\" data-row-name=\"{E(rowName)}\"")}><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{E(label)}</legend>{hint}{error}");
                for (var row = 0; row < rows; row++)
                {
                    html.Append($"<div class=\"nhsuk-card\" data-row><div class=\"nhsuk-card__content\"><h3 class=\"nhsuk-heading-xs\" data-row-label>{E(type == VariableType.Party ? label : $"{rowName} {row + 1}")}</h3>");
                    foreach (var field in VariableTypes.RecordFields(type))
                    {
                        var fieldId = type == VariableType.Party ? $"{id}-{field}" : $"{id}-{row}-{field}";
                        var name = $"v.{variable.Name}[{row}].{field}";
                        if (field == "roles")
                        {
                            html.Append(Roles(variable, model, fieldId, name, form[name]));
                            continue;
                        }

                        html.Append($"<div class=\"nhsuk-form-group\"><label class=\"nhsuk-label\" for=\"{fieldId}\">{E(Label(field))}</label>");
                        if (field == "kind")
                        {
                            html.Append($"<select class=\"nhsuk-select\" id=\"{fieldId}\" name=\"{name}\"><option value=\"\">Choose a kind</option>");
                            foreach (var kind in VariableTypes.PartyKinds)
                            {
                                html.Append($"<option value=\"{kind}\"{(Value(name) == kind ? " selected" : string.Empty)}>{E(model.KindTitle(kind))}</option>");
                            }

                            html.Append("</select></div>");
                        }
                        else
                        {
                            html.Append($"<input class=\"nhsuk-input\" id=\"{fieldId}\" name=\"{name}\" type=\"text\" value=\"{E(Value(name))}\"></div>");
                        }
                    }

                    if (type != VariableType.Party)
                    {
                        html.Append($"<button class=\"nhsuk-button nhsuk-button--secondary nhsuk-button--small\" type=\"submit\" name=\"remove\" value=\"{E(variable.Name)}:{row}\" data-remove>Remove {E(rowName.ToLowerInvariant())} {row + 1}</button>");
                    }

                    html.Append("</div></div>");
                }

                if (type != VariableType.Party)
                {
                    html.Append($"<button class=\"nhsuk-button nhsuk-button--secondary\" type=\"submit\" name=\"add\" value=\"{E(variable.Name)}\" data-add>Add another {E(rowName.ToLowerInvariant())}</button>");
                }

                html.Append("</fieldset>");
                break;
            default:
                var prefix = variable.Type == VariableType.Money ? "£ " : string.Empty;
                var extra = variable.Type == VariableType.Percentage ? "<div class=\"nhsuk-hint\">A percentage, for example 12.5.</div>" : string.Empty;
                html.Append($"<label class=\"nhsuk-label nhsuk-label--s\" for=\"{id}\">{E(label)}</label>{hint}{extra}{error}{E(prefix)}<input class=\"nhsuk-input\" id=\"{id}\" name=\"v.{variable.Name}\" type=\"text\" value=\"{E(Value($"v.{variable.Name}"))}\" aria-describedby=\"{id}-hint\"{(variable.Type is VariableType.Integer or VariableType.Money or VariableType.Percentage ? " inputmode=\"decimal\"" : string.Empty)}>");
                break;
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>A party's roles as checkboxes, in legal's words (model.yaml <c>partyRoles</c>): commissioner and
    /// provider always, and every other role a clause of this plan gives a rule for (lead provider, alliance
    /// participant, Section 75 partner, host of the pooled fund). The first box carries the field's id, so an error
    /// about the party's roles links to it.</summary>
    private static string Roles(VariableDefinition variable, ContractDocs.Model.ContractingModel model, string fieldId, string name, Microsoft.Extensions.Primitives.StringValues chosen)
    {
        var wanted = variable.Roles.Select(r => r.Role).Concat(variable.Roles.Where(r => r.Within is not null).Select(r => r.Within!)).ToHashSet(StringComparer.Ordinal);
        var roles = model.PartyRoles.Where(r => r.Id is "commissioner" or "provider" || wanted.Contains(r.Id) || chosen.Contains(r.Id)).ToList();
        var html = new StringBuilder($"<div class=\"nhsuk-form-group\"><fieldset class=\"nhsuk-fieldset\" aria-describedby=\"{fieldId}-hint\"><legend class=\"nhsuk-fieldset__legend\">Roles</legend><div class=\"nhsuk-hint\" id=\"{fieldId}-hint\">Select every role this party has in the contract.</div><div class=\"nhsuk-checkboxes nhsuk-checkboxes--small\">");
        for (var i = 0; i < roles.Count; i++)
        {
            var role = roles[i];
            var boxId = i == 0 ? fieldId : $"{fieldId}-{role.Id}";
            html.Append($"<div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" id=\"{boxId}\" name=\"{name}\" type=\"checkbox\" value=\"{E(role.Id)}\" aria-describedby=\"{boxId}-hint\"{(chosen.Contains(role.Id) ? " checked" : string.Empty)}><label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"{boxId}\">{E(role.Title)}</label><div class=\"nhsuk-hint nhsuk-checkboxes__hint\" id=\"{boxId}-hint\">{E(role.Hint)}</div></div>");
        }

        return html.Append("</div></fieldset></div>").ToString();
    }

    /// <summary>What one row of a list is called, by its type.</summary>
    public static string RowName(VariableType type) => type switch
    {
        VariableType.Parties or VariableType.Party => "Party",
        VariableType.People => "Person",
        VariableType.Outcomes => "Outcome",
        VariableType.PaymentAtRisk => "Year",
        VariableType.Contributions => "Contribution",
        _ => "Row",
    };

    /// <summary>"annualBudget" reads as "Annual budget".</summary>
    public static string Label(string name)
    {
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
