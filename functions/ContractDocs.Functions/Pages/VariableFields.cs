using System.Text;
using ContractDocs.Library;
using ContractDocs.Model;
using Microsoft.Extensions.Primitives;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>The form fields for one variable, built from its type and labelled in legal's words (model.yaml
/// <c>labels</c>): inputs (money with the NHS.UK "£" prefix, whole numbers with their unit as a suffix), radios with
/// each option's label, a select of the parties entered for a value that names a party, a textarea for lists of text,
/// and rows (add another) for parties, people, outcomes, payment at risk and contributions. A row that is complete and
/// has no error is shown as a summary card (its answers, Change and Remove), its values kept in hidden fields.</summary>
public static partial class VariableFields
{
    /// <param name="roles">The party roles to offer: those some text of the release gives a rule for in this model.</param>
    public static string Render(VariableDefinition variable, IFormCollection form, IReadOnlyList<(string Field, string Message)> errors, ContractingModel model, IReadOnlySet<string>? roles = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(form);
        var words = model.Labels.Variable(variable.Name);
        var id = $"v-{variable.Name}";
        var mine = errors.Where(e => e.Field == id || e.Field.StartsWith(id + "-", StringComparison.Ordinal)).ToList();
        var html = new StringBuilder($"<div class=\"nhsuk-form-group{(mine.Count > 0 ? " nhsuk-form-group--error" : string.Empty)}\">");
        var label = words.Label + (variable.Required ? string.Empty : " (optional)");
        var hint = $"<div class=\"nhsuk-hint\" id=\"{id}-hint\">{E(words.Hint ?? variable.Description)}</div>";
        // A row's own errors are shown at its fields; the group shows those about the whole list.
        var own = mine.Where(e => e.Field == id || !RowError().IsMatch(e.Field[id.Length..])).ToList();
        var error = string.Concat(own.Select(e => FormHtml.ErrorMessage(e.Message)));
        string Value(string key) => form[key].ToString();
        switch (variable.Type)
        {
            case VariableType.Choice:
                html.Append($"<fieldset class=\"nhsuk-fieldset\" aria-describedby=\"{id}-hint\"><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{E(label)}</legend>{hint}{error}<div class=\"nhsuk-radios\">");
                for (var i = 0; i < variable.Options.Length; i++)
                {
                    var option = variable.Options[i];
                    var optionId = i == 0 ? id : $"{id}-{i}";
                    html.Append($"<div class=\"nhsuk-radios__item\"><input class=\"nhsuk-radios__input\" id=\"{optionId}\" name=\"v.{variable.Name}\" type=\"radio\" value=\"{E(option)}\"{(Value($"v.{variable.Name}") == option ? " checked" : string.Empty)}><label class=\"nhsuk-label nhsuk-radios__label\" for=\"{optionId}\">{E(words.OptionLabel(option))}</label></div>");
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
                html.Append($"<label class=\"nhsuk-label nhsuk-label--s\" for=\"{id}\">{E(label)}</label>{hint}<div class=\"nhsuk-hint\">One per line.</div>{error}<textarea class=\"nhsuk-textarea{(own.Count > 0 ? " nhsuk-textarea--error" : string.Empty)}\" id=\"{id}\" name=\"v.{variable.Name}\" rows=\"4\" aria-describedby=\"{id}-hint\">{E(Value($"v.{variable.Name}"))}</textarea>");
                break;
            case var type when VariableTypes.RecordFields(type).Count > 0:
                html.Append(Rows(variable, form, mine, model, roles, id, label, hint, error));
                break;
            case VariableType.Text when words.Party && Parties(form) is { Count: > 0 } parties:
                html.Append($"<label class=\"nhsuk-label nhsuk-label--s\" for=\"{id}\">{E(label)}</label>{hint}{error}").Append(PartySelect(id, $"v.{variable.Name}", Value($"v.{variable.Name}"), parties, own.Count > 0, $"{id}-hint"));
                break;
            default:
                var extra = variable.Type == VariableType.Percentage ? "<div class=\"nhsuk-hint\">A percentage, for example 12.5.</div>" : string.Empty;
                html.Append($"<label class=\"nhsuk-label nhsuk-label--s\" for=\"{id}\">{E(label)}</label>{hint}{extra}{error}")
                    .Append(Input(id, $"v.{variable.Name}", Value($"v.{variable.Name}"), variable.Type, words.Unit, own.Count > 0, $"{id}-hint"));
                break;
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>A text box as the design system has it for the type: money with the "£" prefix and whole numbers with
    /// their unit as a suffix, each inside an input wrapper.</summary>
    private static string Input(string id, string name, string value, VariableType type, string? unit, bool invalid, string? describedBy)
    {
        var numeric = type is VariableType.Integer or VariableType.Money or VariableType.Percentage;
        var width = type switch { VariableType.Integer => " nhsuk-input--width-4", VariableType.Money => " nhsuk-input--width-10", VariableType.Percentage => " nhsuk-input--width-4", _ => string.Empty };
        var input = $"<input class=\"nhsuk-input{width}{(invalid ? " nhsuk-input--error" : string.Empty)}\" id=\"{id}\" name=\"{E(name)}\" type=\"text\" value=\"{E(value)}\"{(describedBy is null ? string.Empty : $" aria-describedby=\"{describedBy}\"")}{(numeric ? " inputmode=\"decimal\"" : string.Empty)}>";
        return type switch
        {
            VariableType.Money => $"<div class=\"nhsuk-input-wrapper\"><div class=\"nhsuk-input__prefix\" aria-hidden=\"true\">£</div>{input}</div>",
            VariableType.Percentage => $"<div class=\"nhsuk-input-wrapper\">{input}<div class=\"nhsuk-input__suffix\" aria-hidden=\"true\">%</div></div>",
            VariableType.Integer when unit is not null => $"<div class=\"nhsuk-input-wrapper\">{input}<div class=\"nhsuk-input__suffix\" aria-hidden=\"true\">{E(unit)}</div></div>",
            _ => input,
        };
    }

    /// <summary>The names of the parties typed so far, in order.</summary>
    public static IReadOnlyList<string> Parties(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var names = new List<string>();
        for (var i = 0; form.ContainsKey($"v.parties[{i}].name"); i++)
        {
            if (form[$"v.parties[{i}].name"].ToString().Trim() is { Length: > 0 } name && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>A choice of one of the parties entered; a value typed before that is no party's name stays offered, so
    /// nothing typed is lost, and validation says what is wrong with it.</summary>
    private static string PartySelect(string id, string name, string value, IReadOnlyList<string> parties, bool invalid, string? describedBy)
    {
        var html = new StringBuilder($"<select class=\"nhsuk-select{(invalid ? " nhsuk-select--error" : string.Empty)}\" id=\"{id}\" name=\"{E(name)}\"{(describedBy is null ? string.Empty : $" aria-describedby=\"{describedBy}\"")}><option value=\"\">Choose a party</option>");
        foreach (var party in value.Length > 0 && !parties.Contains(value) ? [.. parties, value] : parties)
        {
            html.Append($"<option value=\"{E(party)}\"{(party == value ? " selected" : string.Empty)}>{E(party)}</option>");
        }

        return html.Append("</select>").ToString();
    }

    private static string Rows(VariableDefinition variable, IFormCollection form, List<(string Field, string Message)> mine, ContractingModel model, IReadOnlySet<string>? roles, string id, string label, string hint, string error)
    {
        var type = variable.Type;
        var rows = type == VariableType.Party ? 1 : FormValues.Rows(form, variable);
        var rowName = RowName(type);
        var editing = form["edit"].ToString();
        var parties = Parties(form);
        var html = new StringBuilder();
        // The group carries the variable's id, so an error about the whole list (none given) links to it.
        html.Append($"<fieldset class=\"nhsuk-fieldset\" id=\"{id}\" aria-describedby=\"{id}-hint\"{(type == VariableType.Party ? string.Empty : $" data-rows=\"{E(variable.Name)}\" data-row-name=\"{E(rowName)}\"")}><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{E(label)}</legend>{hint}{error}");
        for (var row = 0; row < rows; row++)
        {
            var prefix = type == VariableType.Party ? id : $"{id}-{row}";
            var names = VariableTypes.RecordFields(type).Select(f => (Field: f, Name: $"v.{variable.Name}[{row}].{f}")).ToList();
            var complete = type != VariableType.Party && editing != $"{variable.Name}:{row}" && names.All(n => form[n.Name].Any(v => !string.IsNullOrWhiteSpace(v)))
                && !mine.Any(e => e.Field.StartsWith(prefix + "-", StringComparison.Ordinal));
            var title = type == VariableType.Party ? label : $"{rowName} {row + 1}";
            html.Append($"<div class=\"nhsuk-card{(complete ? " nhsuk-card--summary" : string.Empty)}\" data-row{(complete ? " data-row-summary" : string.Empty)}>");
            if (complete)
            {
                html.Append(SummaryCard(variable, form, model, names, row, rowName, title));
                continue;
            }

            html.Append($"<div class=\"nhsuk-card__content\"><h3 class=\"nhsuk-heading-xs\" data-row-label>{E(title)}</h3>");
            foreach (var (field, name) in names)
            {
                var fieldId = $"{prefix}-{field}";
                var fieldErrors = mine.Where(e => e.Field == fieldId).Select(e => e.Message).Distinct(StringComparer.Ordinal).ToList();
                if (field == "roles")
                {
                    html.Append(Roles(variable, model, roles, fieldId, name, form[name], fieldErrors));
                    continue;
                }

                var fieldError = string.Concat(fieldErrors.Select(m => FormHtml.ErrorMessage(m)));
                html.Append($"<div class=\"nhsuk-form-group{(fieldErrors.Count > 0 ? " nhsuk-form-group--error" : string.Empty)}\"><label class=\"nhsuk-label\" for=\"{fieldId}\">{E(model.Labels.Field(field).Label)}</label>{fieldError}");
                if (field == "kind")
                {
                    html.Append($"<select class=\"nhsuk-select\" id=\"{fieldId}\" name=\"{name}\"><option value=\"\">Choose a kind</option>");
                    foreach (var kind in VariableTypes.PartyKinds)
                    {
                        html.Append($"<option value=\"{kind}\"{(form[name].ToString() == kind ? " selected" : string.Empty)}>{E(model.KindTitle(kind))}</option>");
                    }

                    html.Append("</select></div>");
                }
                else if (field == "party" && parties.Count > 0)
                {
                    html.Append(PartySelect(fieldId, name, form[name].ToString(), parties, fieldErrors.Count > 0, null)).Append("</div>");
                }
                else
                {
                    var fieldType = (type, field) switch
                    {
                        (VariableType.Contributions, "amount") => VariableType.Money,
                        (_, "weight" or "percentage") => VariableType.Percentage,
                        _ => VariableType.Text,
                    };
                    html.Append(Input(fieldId, name, form[name].ToString(), fieldType, null, fieldErrors.Count > 0, null)).Append("</div>");
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

        return html.Append("</fieldset>").ToString();
    }

    /// <summary>A complete row as the NHS.UK summary card: its title, Change (shows the row's fields again) and Remove,
    /// and its answers as a summary list; the values go with the form as hidden fields.</summary>
    private static string SummaryCard(VariableDefinition variable, IFormCollection form, ContractingModel model, List<(string Field, string Name)> names, int row, string rowName, string title)
    {
        var first = form[names[0].Name].ToString();
        var html = new StringBuilder("<div class=\"nhsuk-card__heading-container\">");
        html.Append($"<h3 class=\"nhsuk-card__heading nhsuk-heading-xs\"><span data-row-label>{E(title)}</span>: {E(first)}</h3><ul class=\"nhsuk-card__actions\">")
            .Append($"<li class=\"nhsuk-card__action\"><button class=\"contractdocs-link-button\" type=\"submit\" name=\"edit\" value=\"{E(variable.Name)}:{row}\" formaction=\"/contracts/new#v-{E(variable.Name)}-{row}-{names[0].Field}\">Change<span class=\"nhsuk-u-visually-hidden\"> {E(title.ToLowerInvariant())}</span></button></li>")
            .Append($"<li class=\"nhsuk-card__action\"><button class=\"contractdocs-link-button\" type=\"submit\" name=\"remove\" value=\"{E(variable.Name)}:{row}\" data-remove>Remove<span class=\"nhsuk-u-visually-hidden\" data-remove-name> {E(rowName.ToLowerInvariant())} {row + 1}</span></button></li></ul></div>");
        html.Append("<div class=\"nhsuk-card__content\"><dl class=\"nhsuk-summary-list\">");
        foreach (var (field, name) in names)
        {
            var values = form[name];
            html.Append($"<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">{E(model.Labels.Field(field).Label)}</dt><dd class=\"nhsuk-summary-list__value\">")
                .Append(E(field switch
                {
                    "kind" => model.KindTitle(values.ToString()),
                    "roles" => string.Join(", ", values.OfType<string>().Select(model.RoleTitle)),
                    _ => values.ToString(),
                }));
            foreach (var value in values)
            {
                html.Append($"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">");
            }

            html.Append("</dd></div>");
        }

        return html.Append("</dl></div></div>").ToString();
    }

    /// <summary>A party's roles as checkboxes, in legal's words (model.yaml <c>partyRoles</c>): commissioner and
    /// provider always; every role some text of the release has a rule for in this model (lead provider, alliance
    /// participant, Section 75 partner, host of the pooled fund), so that a role does not appear or vanish as choices
    /// change; and any role already ticked. The first box carries the field's id, so an error about the party's roles
    /// links to it.</summary>
    private static string Roles(VariableDefinition variable, ContractingModel model, IReadOnlySet<string>? offered, string fieldId, string name, StringValues chosen, List<string> errors)
    {
        var wanted = variable.Roles.Select(r => r.Role).Concat(variable.Roles.Where(r => r.Within is not null).Select(r => r.Within!)).ToHashSet(StringComparer.Ordinal);
        var roles = model.PartyRoles.Where(r => r.Id is "commissioner" or "provider" || wanted.Contains(r.Id) || offered?.Contains(r.Id) == true || chosen.Contains(r.Id)).ToList();
        var html = new StringBuilder($"<div class=\"nhsuk-form-group{(errors.Count > 0 ? " nhsuk-form-group--error" : string.Empty)}\"><fieldset class=\"nhsuk-fieldset\" aria-describedby=\"{fieldId}-hint\"><legend class=\"nhsuk-fieldset__legend\">{E(model.Labels.Field("roles").Label)}</legend><div class=\"nhsuk-hint\" id=\"{fieldId}-hint\">Select every role this party has in the contract.</div>");
        html.Append(string.Concat(errors.Select(m => FormHtml.ErrorMessage(m)))).Append("<div class=\"nhsuk-checkboxes nhsuk-checkboxes--small\">");
        for (var i = 0; i < roles.Count; i++)
        {
            var role = roles[i];
            var boxId = i == 0 ? fieldId : $"{fieldId}-{role.Id}";
            html.Append($"<div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" id=\"{boxId}\" name=\"{name}\" type=\"checkbox\" value=\"{E(role.Id)}\" aria-describedby=\"{boxId}-hint\"{(chosen.Contains(role.Id) ? " checked" : string.Empty)}><label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"{boxId}\">{E(role.Title)}</label><div class=\"nhsuk-hint nhsuk-checkboxes__hint\" id=\"{boxId}-hint\">{E(role.Hint)}</div></div>");
        }

        return html.Append("</div></fieldset></div>").ToString();
    }

    /// <summary>The party roles some clause or schedule pinned by <paramref name="release"/> gives a rule for in
    /// <paramref name="model"/>: the roles a contract of that model can need.</summary>
    public static IReadOnlySet<string> RolesFor(ClauseLibrary library, LibraryRelease? release, string model)
    {
        ArgumentNullException.ThrowIfNull(library);
        if (release is null)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var rules = library.Pinned(release).Where(c => c.AppliesTo(model)).SelectMany(c => c.Variables).SelectMany(v => v.Roles).ToList();
        return rules.Select(r => r.Role).Concat(rules.Where(r => r.Within is not null).Select(r => r.Within!)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>What one row of a list is called, by its type.</summary>
    public static string RowName(VariableType type) => type switch
    {
        VariableType.Parties or VariableType.Party => "Party",
        VariableType.People => "Person",
        VariableType.Outcomes => "Outcome",
        VariableType.PaymentAtRisk => "Year",
        VariableType.Contributions => "Contribution",
        VariableType.QualityRequirements => "Requirement",
        VariableType.Subcontractors => "Sub-contractor",
        VariableType.DataFlows => "Data flow",
        _ => "Row",
    };

    /// <summary>"-2-name": the rest of a row field's id after the variable's.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^-[0-9]+-[a-z]+")]
    private static partial System.Text.RegularExpressions.Regex RowError();
}
