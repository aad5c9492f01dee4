using System.Globalization;
using System.Text;
using System.Text.Json;
using ContractDocs.Library;
using ContractDocs.Selection;
using static ContractDocs.Functions.Pages.FormHtml;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>
/// The pages of the commissioner's journey, one per step: release and model; what the contract covers (with the plan
/// beside it); the values the plan needs; check your answers; done. Each page carries every other step's fields as
/// hidden inputs, so going back and forth, or an error, never loses what was typed.
/// </summary>
public static class CommissionerSteps
{
    private static readonly (string Text, string Href) YourContracts = ("Your contracts", "/contracts");

    public static PageResult Start(ClauseLibrary library, IFormCollection? form, IReadOnlyList<(string Field, string Message)> errors)
    {
        var html = new StringBuilder(ErrorSummary(errors));
        html.Append("<form method=\"post\" action=\"/contracts/new\" novalidate>" + Html.AntiforgeryField);
        if (form is not null)
        {
            html.Append(Hidden(form, key => key is "release" or "model"));
        }

        html.Append(Radios("release", "Which clause library release?", "The newest is chosen for you; an older release keeps building the contracts it built before.",
            library.Releases.Reverse().Select(r => (r.Id, $"Release {r.Id}", r.Notes)), form?["release"].ToString() is { Length: > 0 } release ? release : library.Latest?.Id,
            errors.FirstOrDefault(e => e.Field == "release").Message));
        html.Append(Radios("model", "Which contracting model?", "The model decides which specifications apply.",
            library.Model.Models.Select(m => (m.Id, m.Title, m.Summary)), form?["model"].ToString(), errors.FirstOrDefault(e => e.Field == "model").Message));
        html.Append("<button class=\"nhsuk-button\" type=\"submit\" name=\"action\" value=\"choose\">Continue</button></form>");
        return Page("Start a new contract", html.ToString(), YourContracts);
    }

    /// <summary>Where the choices come from: the library's words on the works the model rests on, and their citations.</summary>
    private static string Sources(ContractDocs.Model.ModelSources sources)
    {
        if (sources.Works.IsEmpty)
        {
            return string.Empty;
        }

        var html = new StringBuilder("<details class=\"nhsuk-details\" id=\"model-sources\"><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">Where these choices come from</span></summary><div class=\"nhsuk-details__text\">");
        html.Append("<p>").Append(E(sources.Intro)).Append("</p><ul>");
        foreach (var work in sources.Works)
        {
            html.Append("<li>").Append(E(work.Citation)).Append("</li>");
        }

        return html.Append("</ul></div></details>").ToString();
    }

    /// <summary>Why a criterion and each of its specifications is offered (model.yaml <c>basis</c>), folded away under
    /// the criterion.</summary>
    private static string WhyOffered(ContractDocs.Model.ModelSources sources, ContractDocs.Model.Criterion criterion, IReadOnlyList<ContractDocs.Model.Specification> applying)
    {
        var specifications = applying.Where(s => s.Basis is not null).ToList();
        if (criterion.Basis is null && specifications.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder("<details class=\"nhsuk-details nhsuk-u-margin-top-3\" id=\"why-").Append(E(criterion.Id)).Append("\"><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">Why this is offered</span></summary><div class=\"nhsuk-details__text\">");
        if (criterion.Basis is { } basis)
        {
            html.Append("<p><strong>").Append(E(sources.OriginTitle(basis.Origin))).Append(".</strong> ").Append(E(basis.Text)).Append("</p>");
        }

        if (specifications.Count > 0)
        {
            html.Append("<ul>");
            foreach (var specification in specifications)
            {
                html.Append("<li><strong>").Append(E(specification.Title)).Append(".</strong> ").Append(E(specification.Basis!.Text))
                    .Append(" <span class=\"nhsuk-u-secondary-text-colour\">(").Append(E(sources.OriginTitle(specification.Basis.Origin))).Append(")</span></li>");
            }

            html.Append("</ul>");
        }

        return html.Append("</div></details>").ToString();
    }

    public static PageResult Choices(ClauseLibrary library, IFormCollection form, ResolveResult resolved, IReadOnlyList<SelectionProblem> problems)
    {
        var model = form["model"].ToString();
        var chosen = form["spec"].OfType<string>().ToHashSet(StringComparer.Ordinal);
        var firstApplying = library.Model.Elements.SelectMany(e => e.Criteria).SelectMany(c => c.Specifications).FirstOrDefault(s => s.AppliesTo(model));
        string FieldOf(SelectionProblem problem) =>
            "spec-" + (problem.Ids.FirstOrDefault(chosen.Contains)
                ?? problem.Ids.Select(id => resolved.Plan?.Clauses.FirstOrDefault(c => c.Clause.Id == id)?.Specification).FirstOrDefault(s => s is not null && chosen.Contains(s))
                ?? chosen.FirstOrDefault() ?? firstApplying?.Id ?? string.Empty).Replace('.', '-');
        var errors = problems.Select(p => (Field: FieldOf(p), Message: ChoiceWords.Message(p, library))).ToList();
        var modelTitle = library.Model.FindModel(model)?.Title;

        var html = new StringBuilder(ErrorSummary(errors));
        html.Append("<div class=\"nhsuk-grid-row contractdocs-with-plan\"><div class=\"nhsuk-grid-column-two-thirds\">");
        html.Append("<p class=\"nhsuk-body\">").Append(E($"Release {form["release"]}, {modelTitle} model.")).Append(" Open each part to choose what the contract should cover; the plan beside the list shows what your choices bring in.</p>");
        html.Append(Sources(library.Model.Sources));
        html.Append("<form method=\"post\" action=\"/contracts/new\" novalidate data-plan-form>" + Html.AntiforgeryField).Append(Hidden(form, key => key == "spec"));
        foreach (var element in library.Model.Elements)
        {
            html.Append("<h2 class=\"nhsuk-heading-m nhsuk-u-margin-bottom-3\">").Append(E(element.Title)).Append("</h2>");
            if (element.Basis is { } elementBasis)
            {
                html.Append("<details class=\"nhsuk-details nhsuk-u-margin-bottom-3 contractdocs-about\"><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">").Append("Why these choices are offered")
                    .Append("</span></summary><div class=\"nhsuk-details__text\"><p class=\"nhsuk-body-s\">").Append(E(elementBasis.Text)).Append("</p></div></details>");
            }

            foreach (var criterion in element.Criteria)
            {
                html.Append(Criterion(library, criterion, model, modelTitle, chosen, errors));
            }
        }

        html.Append("<div class=\"nhsuk-button-group\"><button class=\"nhsuk-button\" type=\"submit\" name=\"action\" value=\"values\">Continue</button>")
            .Append("<button class=\"nhsuk-button nhsuk-button--secondary nhsuk-u-frontend-supported-hidden\" type=\"submit\" name=\"action\" value=\"plan\">Update the plan</button>")
            .Append("<button class=\"nhsuk-button nhsuk-button--secondary\" type=\"submit\" name=\"action\" value=\"start\">Change release or model</button></div></form></div>");
        html.Append("<div class=\"nhsuk-grid-column-one-third\">").Append(PlanPanel.Render(library, resolved)).Append("</div></div>");
        return Page("Choose what the contract covers", html.ToString(), YourContracts);
    }

    /// <summary>One criterion as the design system's expander (details): its title; opened, its help, its
    /// specifications as checkboxes and why each is offered. Open from the start when something in it is chosen or wrong,
    /// so the page is a short list of the criteria, not every specification at once.</summary>
    private static string Criterion(ClauseLibrary library, ContractDocs.Model.Criterion criterion, string model, string? modelTitle, HashSet<string> chosen, List<(string Field, string Message)> errors)
    {
        var ids = criterion.Specifications.Select(s => "spec-" + s.Id.Replace('.', '-')).ToHashSet(StringComparer.Ordinal);
        var mine = errors.Where(e => ids.Contains(e.Field)).Select(e => e.Message).Distinct(StringComparer.Ordinal).ToList();
        var applying = criterion.Specifications.Where(s => s.AppliesTo(model)).ToList();
        var count = applying.Count(s => chosen.Contains(s.Id));
        var open = mine.Count > 0 || count > 0;
        var html = new StringBuilder("<details class=\"nhsuk-details nhsuk-u-margin-bottom-3\" id=\"criterion-").Append(E(criterion.Id)).Append('"').Append(open ? " open" : string.Empty).Append('>')
            .Append("<summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">").Append(E(criterion.Title)).Append("</span></summary><div class=\"nhsuk-details__text\">");
        html.Append("<div class=\"nhsuk-form-group").Append(mine.Count > 0 ? " nhsuk-form-group--error" : string.Empty).Append("\"><fieldset class=\"nhsuk-fieldset\" aria-describedby=\"").Append(E(criterion.Id)).Append("-hint\">")
            .Append("<legend class=\"nhsuk-fieldset__legend nhsuk-u-visually-hidden\">").Append(E(criterion.Title)).Append("</legend>")
            .Append("<div class=\"nhsuk-hint\" id=\"").Append(E(criterion.Id)).Append("-hint\">").Append(E(criterion.Help)).Append("</div>");
        foreach (var message in mine)
        {
            html.Append(ErrorMessage(message));
        }

        // Specifications the model does not use are not offered; a line under the boxes says which and why.
        if (applying.Count > 0)
        {
            html.Append("<div class=\"nhsuk-checkboxes\">");
            foreach (var specification in applying)
            {
                var id = "spec-" + specification.Id.Replace('.', '-');
                html.Append("<div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" id=\"").Append(id).Append("\" name=\"spec\" type=\"checkbox\" value=\"").Append(E(specification.Id)).Append('"')
                    .Append(chosen.Contains(specification.Id) ? " checked" : string.Empty).Append(" aria-describedby=\"").Append(id).Append("-hint\">")
                    .Append("<label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"").Append(id).Append("\">").Append(E(specification.Title)).Append("</label>")
                    .Append("<div class=\"nhsuk-hint nhsuk-checkboxes__hint\" id=\"").Append(id).Append("-hint\">").Append(E(specification.Help)).Append("</div></div>");
            }

            html.Append("</div>");
        }

        html.Append(WhyOffered(library.Model.Sources, criterion, applying));
        var other = criterion.Specifications.Where(s => !s.AppliesTo(model)).Select(s => s.Title).ToList();
        if (other.Count > 0)
        {
            html.Append("<p class=\"nhsuk-body-s nhsuk-u-margin-top-3\">").Append(E($"Not used in the {modelTitle?.ToLowerInvariant()} model: {string.Join("; ", other)}.")).Append("</p>");
        }

        return html.Append("</fieldset></div></div></details>").ToString();
    }

    public static PageResult Values(ClauseLibrary library, IFormCollection form, ResolveResult resolved, IReadOnlyList<SelectionProblem> problems)
    {
        var plan = resolved.Plan!;
        var variables = plan.Variables.ToList();
        var errors = problems.Select(p => FieldMessages.For(p, variables, library.Model, form)).Distinct().ToList();
        var shown = plan.Variables.Select(v => "v." + v.Name).ToList();
        var html = new StringBuilder(ErrorSummary(errors));
        html.Append("<p class=\"nhsuk-body\">").Append(E($"{PlanPanel.Count(plan.Clauses.Count(c => c.Clause.Kind == ContractDocs.Library.ClauseKind.Clause), plan.Clauses.Count(c => c.Clause.Kind == ContractDocs.Library.ClauseKind.Schedule))} will be included. The details below are the ones those clauses and schedules use.")).Append("</p>");
        html.Append(PlanPanel.Render(library, resolved, []));
        html.Append("<form method=\"post\" action=\"/contracts/new\" novalidate data-rows-form>" + Html.AntiforgeryField)
            .Append(Hidden(form, key => shown.Any(name => key == name || key.StartsWith(name + "[", StringComparison.Ordinal) || key.StartsWith(name + ".", StringComparison.Ordinal))));
        var roles = VariableFields.RolesFor(library, plan.Release, plan.Model);
        var sections = DetailSections.Of(library, plan);
        for (var i = 0; i < sections.Count; i++)
        {
            html.Append(Section(sections[i], open: i == 0, form, errors, library, roles));
        }

        html.Append("<div class=\"nhsuk-button-group\"><button class=\"nhsuk-button\" type=\"submit\" name=\"action\" value=\"check\">Continue</button>")
            .Append("<button class=\"nhsuk-button nhsuk-button--secondary\" type=\"submit\" name=\"action\" value=\"choose\">Change what the contract covers</button></div></form>");
        return Page("Fill in the contract's details", html.ToString(), YourContracts);
    }

    /// <summary>One section of the details page as the design system's expander: its title and how many details it
    /// holds. Open when it is the first, when one of its values is wrong or missing, or when something in it has been
    /// entered; closed, its fields are still in the form and still sent.</summary>
    private static string Section(DetailSections.Section section, bool open, IFormCollection form, List<(string Field, string Message)> errors, ClauseLibrary library, IReadOnlySet<string> roles)
    {
        bool Mine(string key, char dot) => section.Variables.Any(v => key == v.Name || key.StartsWith(v.Name + "[", StringComparison.Ordinal) || key.StartsWith(v.Name + dot, StringComparison.Ordinal));
        open = open
            || errors.Any(e => e.Field.StartsWith("v-", StringComparison.Ordinal) && Mine(e.Field[2..], '-'))
            || form.Any(f => f.Key.StartsWith("v.", StringComparison.Ordinal) && Mine(f.Key[2..], '.') && f.Value.Any(v => !string.IsNullOrWhiteSpace(v)));
        var count = section.Variables.Length == 1 ? "1 detail" : $"{section.Variables.Length} details";
        var html = new StringBuilder("<details class=\"nhsuk-details nhsuk-expander\" id=\"section-").Append(E(section.Id)).Append('"').Append(open ? " open" : string.Empty).Append('>')
            .Append("<summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">").Append(E($"{section.Title} ({count})")).Append("</span></summary><div class=\"nhsuk-details__text\">");
        foreach (var variable in section.Variables)
        {
            html.Append(VariableFields.Render(variable, form, errors, library.Model, roles));
        }

        return html.Append("</div></details>").ToString();
    }

    public static PageResult Check(ClauseLibrary library, IFormCollection form, AssemblyPlan plan)
    {
        var values = FormValues.Values(form, plan.Variables);
        var model = library.Model;
        var html = new StringBuilder("<h2 class=\"nhsuk-heading-m\">What the contract covers</h2><dl class=\"nhsuk-summary-list\">");
        void Row(string key, string valueHtml, string action, string hidden) => html.Append("<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">").Append(E(key)).Append("</dt><dd class=\"nhsuk-summary-list__value\">").Append(valueHtml)
            .Append("</dd><dd class=\"nhsuk-summary-list__actions\"><button class=\"contractdocs-link-button\" type=\"submit\" form=\"answers-form\" name=\"action\" value=\"").Append(action).Append("\">Change<span class=\"nhsuk-u-visually-hidden\"> ").Append(E(hidden)).Append("</span></button></dd></div>");
        Row("Clause library release", E($"Release {plan.Release.Id}"), "start", "the release");
        Row("Contract model", E(model.FindModel(plan.Model)?.Title ?? plan.Model), "start", "the contract model");
        var chosen = plan.Specifications.Where(s => s.Reason.Kind == InclusionKind.Chosen).Select(s => model.FindSpecification(s.Id)?.Title ?? s.Id).ToList();
        Row("Your choices", "<ul class=\"nhsuk-list nhsuk-list--bullet\">" + string.Concat(chosen.Select(t => $"<li>{E(t)}</li>")) + "</ul>", "choose", "what the contract covers");
        Row("Clauses and schedules", E($"{PlanPanel.Count(plan.Clauses.Count(c => c.Clause.Kind == ContractDocs.Library.ClauseKind.Clause), plan.Clauses.Count(c => c.Clause.Kind == ContractDocs.Library.ClauseKind.Schedule))}"), "choose", "what the contract covers");
        html.Append("</dl><h2 class=\"nhsuk-heading-m\">The contract's details</h2>").Append(Answers.SummaryList(plan.Variables, values, model, "answers-form"));
        html.Append("<form method=\"post\" action=\"/contracts/new\" id=\"answers-form\" novalidate>" + Html.AntiforgeryField).Append(Hidden(form, _ => false));
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"idempotency\" value=\"{Guid.NewGuid():N}\">");
        html.Append("<h2 class=\"nhsuk-heading-m\">Now generate the contract</h2><p class=\"nhsuk-body\">The Word document is made from these answers and saved with your contracts.</p>");
        html.Append("<div class=\"nhsuk-button-group\"><button class=\"nhsuk-button\" type=\"submit\" name=\"action\" value=\"generate\">Generate the contract</button>");
        html.Append("<button class=\"nhsuk-button nhsuk-button--secondary\" type=\"submit\" name=\"action\" value=\"change\">Change the details</button>");
        html.Append("<button class=\"nhsuk-button nhsuk-button--secondary\" type=\"submit\" name=\"action\" value=\"choose\">Change what the contract covers</button></div></form>");
        return Page("Check your answers", html.ToString(), YourContracts);
    }

    public static PageResult Done(Endpoints.Answers.DraftedContract created)
    {
        ArgumentNullException.ThrowIfNull(created);
        var clauses = created.Clauses.Select(c => (IReadOnlyList<string>)[E(c.Title), E(c.Id + "@" + c.Version)]);
        var html = "<div class=\"nhsuk-inset-text\"><p>Your contract is ready and is listed in your contracts. " + Link("Download the Word document", created.ReadLink) + "</p></div>"
            + "<dl class=\"nhsuk-summary-list\">"
            + $"<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">Contract id</dt><dd class=\"nhsuk-summary-list__value\" id=\"contract-id\">{E(created.ContractId)}</dd></div>"
            + $"<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">Release and model</dt><dd class=\"nhsuk-summary-list__value\">{E(created.Release)}, {E(created.Model)}</dd></div>"
            + $"<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">Selection fingerprint (SHA-256)</dt><dd class=\"nhsuk-summary-list__value\" id=\"selection-sha256\"><code>{E(created.SelectionSha256)}</code></dd></div></dl>"
            + Table("Clauses in the contract", ["Clause", "Version"], clauses) + Link("Your contracts", "/contracts");
        return Page("Contract generated", html, YourContracts);
    }
}
