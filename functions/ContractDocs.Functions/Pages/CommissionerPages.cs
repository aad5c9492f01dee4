using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Endpoints;
using ContractDocs.Library;
using ContractDocs.Selection;
using Microsoft.Extensions.Primitives;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>
/// The commissioner's form, one plain form post per step (release and model; criteria and specifications; the values
/// the plan needs; check your answers; generate). Every step carries what was typed forward in the form, so nothing is
/// lost on an error; errors show in a summary at the top and at the field. Works without JavaScript.
/// </summary>
public static class CommissionerPages
{
    private static readonly string[] Carried = ["release", "model"];
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapCommissionerPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/contracts").RequireAuthorization(Roles.Drafting).ExcludeFromDescription().DisableAntiforgery();
        group.MapGet("/", async (ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken) =>
        {
            var rows = new List<IReadOnlyList<string>>();
            await foreach (var record in engine.Archive.ListAsync(cancellationToken))
            {
                if (ContractEndpoints.MayRead(user, record))
                {
                    var draft = record.Documents.First(d => d.Kind == "draft");
                    rows.Add([E(record.Title), E(record.Release), E(record.Model), E(record.Status), Link("Download", $"/api/contracts/{record.Id}/documents/{draft.Id}")]);
                }
            }

            var list = rows.Count == 0 ? "<p class=\"nhsuk-body\">You have no contracts yet.</p>" : Table("Your contracts", ["Title", "Release", "Model", "Status", "Document"], rows);
            return Page("Your contracts", "<a class=\"nhsuk-button\" href=\"/contracts/new\">Start a new contract</a>" + list);
        });
        group.MapGet("/new", (Engine engine) => Start(engine, null, null));
        group.MapPost("/new", async (HttpRequest request, ClaimsPrincipal user, Engine engine, ContractDrafting drafting, CancellationToken cancellationToken) =>
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var action = form["add"].Count > 0 ? "add" : form["action"].ToString();
            var release = form["release"].ToString();
            var model = form["model"].ToString();
            if (engine.Library.FindRelease(release) is null || engine.Library.Model.FindModel(model) is null)
            {
                return Start(engine, form, "Choose a release and a contract model.");
            }

            var resolved = Resolve(engine, form, values: action is "check" or "generate");
            var choiceProblems = resolved.Problems.Where(p => p.Code is not (ProblemCodes.MissingVariable or ProblemCodes.InvalidVariable)).ToList();
            switch (action)
            {
                case "choose":
                    return Choices(engine, form, []);
                case "values" or "add" when choiceProblems.Count > 0 || form["spec"].Count == 0:
                    return Choices(engine, form, choiceProblems.Count > 0 ? choiceProblems : [new SelectionProblem("no-choice", "Choose at least one specification.", "$.specifications")]);
                case "values" or "add" or "change":
                    return ValuesPage(engine, form, resolved.Plan!, []);
                case "check" when !resolved.Succeeded:
                    return ValuesPage(engine, form, resolved.Plan!, resolved.Problems);
                case "check":
                    return Check(engine, form, resolved.Plan!);
                case "generate" when resolved.Succeeded:
                    var selection = Selection(form, resolved.Plan!);
                    var result = await drafting.GenerateAsync(JsonSerializer.SerializeToUtf8Bytes(selection), user.Identity!.Name!, form["idempotency"].ToString() is { Length: > 0 } key ? key : null, cancellationToken);
                    return result is IStatusCodeHttpResult { StatusCode: 201 } and IValueHttpResult { Value: { } created }
                        ? Done(JsonSerializer.SerializeToElement(created, Web))
                        : result;
                default:
                    return ValuesPage(engine, form, resolved.Plan!, resolved.Problems);
            }
        });
        return routes;
    }

    private static ResolveResult Resolve(Engine engine, IFormCollection form, bool values)
    {
        var bare = new ContractSelection { Release = form["release"]!, Model = form["model"]!, Specifications = [.. form["spec"].OfType<string>()] };
        var first = engine.Resolver.Resolve(bare);
        if (!values || first.Plan is null)
        {
            return first;
        }

        var json = Selection(form, first.Plan);
        return engine.Resolver.Resolve(SelectionReader.Read(JsonSerializer.SerializeToUtf8Bytes(json)).Selection ?? bare);
    }

    private static JsonObject Selection(IFormCollection form, AssemblyPlan plan) => new()
    {
        ["release"] = plan.Release.Id,
        ["model"] = plan.Model,
        ["specifications"] = new JsonArray([.. form["spec"].OfType<string>().Select(s => (JsonNode)s)]),
        ["variables"] = FormValues.Values(form, plan.Variables),
    };

    private static IResult Start(Engine engine, IFormCollection? form, string? error)
    {
        var library = engine.Library;
        var html = new StringBuilder(ErrorSummary(error is null ? [] : [("release", error)]));
        html.Append("<form method=\"post\" action=\"/contracts/new\" novalidate>");
        html.Append(Radios("release", "Which clause library release?", "The newest is chosen for you; an older release keeps building the same contracts.",
            library.Releases.Reverse().Select(r => (r.Id, $"Release {r.Id}", r.Notes)), form?["release"].ToString() ?? library.Latest?.Id));
        html.Append(Radios("model", "Which contracting model?", null, library.Model.Models.Select(m => (m.Id, m.Title, m.Summary)), form?["model"].ToString()));
        html.Append("<button class=\"nhsuk-button\" type=\"submit\" name=\"action\" value=\"choose\">Continue</button></form>");
        return Page("Start a new contract", html.ToString(), ("Your contracts", "/contracts"));
    }

    private static IResult Choices(Engine engine, IFormCollection form, IReadOnlyList<SelectionProblem> problems)
    {
        var model = form["model"].ToString();
        var chosen = form["spec"].OfType<string>().ToHashSet(StringComparer.Ordinal);
        var html = new StringBuilder(ErrorSummary([.. problems.Select(p => ("choices", p.Message))]));
        html.Append("<form method=\"post\" action=\"/contracts/new\" novalidate>").Append(Hidden(form, Carried));
        foreach (var element in engine.Library.Model.Elements)
        {
            html.Append("<h2>").Append(E(element.Title)).Append("</h2>");
            foreach (var criterion in element.Criteria)
            {
                html.Append("<div class=\"nhsuk-form-group\"><fieldset class=\"nhsuk-fieldset\" aria-describedby=\"").Append(E(criterion.Id)).Append("-hint\">")
                    .Append("<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">").Append(E($"{criterion.Id} {criterion.Title}")).Append("</legend>")
                    .Append("<div class=\"nhsuk-hint\" id=\"").Append(E(criterion.Id)).Append("-hint\">").Append(E(criterion.Help)).Append("</div><div class=\"nhsuk-checkboxes\">");
                foreach (var specification in criterion.Specifications)
                {
                    var id = "spec-" + specification.Id.Replace('.', '-');
                    var applies = specification.AppliesTo(model);
                    html.Append("<div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" id=\"").Append(id).Append("\" name=\"spec\" type=\"checkbox\" value=\"").Append(E(specification.Id)).Append('"')
                        .Append(chosen.Contains(specification.Id) && applies ? " checked" : string.Empty).Append(applies ? string.Empty : " disabled").Append(" aria-describedby=\"").Append(id).Append("-hint\">")
                        .Append("<label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"").Append(id).Append("\">").Append(E(specification.Title)).Append("</label>")
                        .Append("<div class=\"nhsuk-hint nhsuk-checkboxes__hint\" id=\"").Append(id).Append("-hint\">")
                        .Append(E(applies ? specification.Help : $"Not used in the {engine.Library.Model.FindModel(model)?.Title} model.")).Append("</div></div>");
                }

                html.Append("</div></fieldset></div>");
            }
        }

        html.Append("<button class=\"nhsuk-button\" type=\"submit\" name=\"action\" value=\"values\">Continue</button></form>");
        return Page("Choose what the contract covers", html.ToString(), ("Your contracts", "/contracts"));
    }

    private static IResult ValuesPage(Engine engine, IFormCollection form, AssemblyPlan plan, IReadOnlyList<SelectionProblem> problems)
    {
        var errors = problems.Select(p => (FormValues.FieldId(p.Path), p.Message)).ToList();
        var html = new StringBuilder(ErrorSummary(errors));
        html.Append("<p class=\"nhsuk-body\">").Append(E($"{plan.Clauses.Length} clauses will be included.")).Append("</p>");
        html.Append("<details class=\"nhsuk-details\"><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">The clauses and why each is in</span></summary><div class=\"nhsuk-details__text\"><ul>");
        foreach (var clause in plan.Clauses)
        {
            html.Append("<li>").Append(E($"{clause.Clause.Title} ({clause.Clause.Key}): {clause.Reason}")).Append("</li>");
        }

        html.Append("</ul></div></details><form method=\"post\" action=\"/contracts/new\" novalidate>").Append(Hidden(form, [.. Carried, "spec"]));
        foreach (var variable in plan.Variables)
        {
            html.Append(VariableFields.Render(variable, form, errors));
        }

        html.Append("<button class=\"nhsuk-button\" type=\"submit\" name=\"action\" value=\"check\">Continue</button></form>");
        return Page("Fill in the contract's details", html.ToString(), ("Your contracts", "/contracts"));
    }

    private static IResult Check(Engine engine, IFormCollection form, AssemblyPlan plan)
    {
        var values = FormValues.Values(form, plan.Variables);
        var html = new StringBuilder("<dl class=\"nhsuk-summary-list\">");
        void Row(string key, string value) => html.Append("<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">").Append(E(key)).Append("</dt><dd class=\"nhsuk-summary-list__value\">").Append(E(value)).Append("</dd></div>");
        Row("Release", plan.Release.Id);
        Row("Contract model", engine.Library.Model.FindModel(plan.Model)?.Title ?? plan.Model);
        Row("Clauses", plan.Clauses.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (name, value) in values)
        {
            Row(plan.Variables.FirstOrDefault(v => v.Name == name)?.Description.Split(':')[0] is { Length: > 0 and < 80 } label ? $"{name} ({label})" : name, value?.ToJsonString().Trim('"') ?? string.Empty);
        }

        html.Append("</dl><form method=\"post\" action=\"/contracts/new\" novalidate>").Append(Hidden(form, null));
        html.Append($"<input type=\"hidden\" name=\"idempotency\" value=\"{Guid.NewGuid():N}\">");
        html.Append("<button class=\"nhsuk-button\" type=\"submit\" name=\"action\" value=\"generate\">Generate the contract</button> ");
        html.Append("<button class=\"nhsuk-button nhsuk-button--secondary\" type=\"submit\" name=\"action\" value=\"change\">Change the details</button></form>");
        return Page("Check your answers", html.ToString(), ("Your contracts", "/contracts"));
    }

    private static IResult Done(JsonElement created)
    {
        var clauses = created.GetProperty("clauses").EnumerateArray().Select(c => (IReadOnlyList<string>)[E(c.GetProperty("title").GetString()), E(c.GetProperty("id").GetString() + "@" + c.GetProperty("version").GetString())]);
        var html = "<div class=\"nhsuk-inset-text\"><p>Your contract is ready. " + Link("Download the Word document", created.GetProperty("readLink").GetString()!) + "</p></div>"
            + Table("Clauses in the contract", ["Clause", "Version"], clauses) + Link("Your contracts", "/contracts");
        return Page("Contract generated", html, ("Your contracts", "/contracts"));
    }

    private static string Radios(string name, string legend, string? hint, IEnumerable<(string Value, string Label, string Hint)> options, string? selected)
    {
        var html = new StringBuilder($"<div class=\"nhsuk-form-group\"><fieldset class=\"nhsuk-fieldset\"><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--m\">{E(legend)}</legend>");
        if (hint is not null)
        {
            html.Append("<div class=\"nhsuk-hint\">").Append(E(hint)).Append("</div>");
        }

        html.Append("<div class=\"nhsuk-radios\" id=\"").Append(name).Append("\">");
        var i = 0;
        foreach (var (value, label, optionHint) in options)
        {
            var id = $"{name}-{i++}";
            html.Append($"<div class=\"nhsuk-radios__item\"><input class=\"nhsuk-radios__input\" id=\"{id}\" name=\"{name}\" type=\"radio\" value=\"{E(value)}\" aria-describedby=\"{id}-hint\"{(value == selected ? " checked" : string.Empty)}>")
                .Append($"<label class=\"nhsuk-label nhsuk-radios__label\" for=\"{id}\">{E(label)}</label><div class=\"nhsuk-hint nhsuk-radios__hint\" id=\"{id}-hint\">{E(optionHint)}</div></div>");
        }

        return html.Append("</div></fieldset></div>").ToString();
    }

    /// <summary>Everything typed so far, as hidden fields, except the names the page shows itself.</summary>
    private static string Hidden(IFormCollection form, string[]? only)
    {
        var html = new StringBuilder();
        foreach (var (key, values) in form)
        {
            if (key is "action" or "add" or "idempotency" || (only is not null && !only.Contains(key)))
            {
                continue;
            }

            foreach (var value in (StringValues)values)
            {
                html.Append($"<input type=\"hidden\" name=\"{E(key)}\" value=\"{E(value)}\">");
            }
        }

        return html.ToString();
    }

    public static string ErrorSummary(IReadOnlyList<(string Field, string Message)> errors)
    {
        if (errors.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder("<div class=\"nhsuk-error-summary\" aria-labelledby=\"error-summary-title\" role=\"alert\" tabindex=\"-1\"><h2 class=\"nhsuk-error-summary__title\" id=\"error-summary-title\">There is a problem</h2><div class=\"nhsuk-error-summary__body\"><ul class=\"nhsuk-list nhsuk-error-summary__list\">");
        foreach (var (field, message) in errors)
        {
            html.Append($"<li><a href=\"#{E(field)}\">{E(message)}</a></li>");
        }

        return html.Append("</ul></div></div>").ToString();
    }
}
