using System.Text;
using Microsoft.Extensions.Primitives;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>The NHS.UK form patterns the pages share: the error summary, radios with hints, and the hidden fields that
/// carry what was typed on other steps so that nothing is lost going back and forth.</summary>
public static class FormHtml
{
    /// <summary>Names that say what a post is for, never carried into the next step.</summary>
    private static readonly string[] Actions = ["action", "add", "remove", "edit", "idempotency", FormPosts.TokenField];

    /// <summary>The error summary (NHS.UK pattern): each message links to the field at fault.</summary>
    /// <param name="title">What happened, when "There is a problem" says too little ("The document was not filed").</param>
    public static string ErrorSummary(IReadOnlyList<(string Field, string Message)> errors, string title = "There is a problem")
    {
        if (errors.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder($"<div class=\"nhsuk-error-summary\" aria-labelledby=\"error-summary-title\" role=\"alert\" tabindex=\"-1\"><h2 class=\"nhsuk-error-summary__title\" id=\"error-summary-title\">{E(title)}</h2><div class=\"nhsuk-error-summary__body\"><ul class=\"nhsuk-list nhsuk-error-summary__list\">");
        foreach (var (field, message) in errors)
        {
            html.Append($"<li><a href=\"#{E(field)}\">{E(message)}</a></li>");
        }

        return html.Append("</ul></div></div>").ToString();
    }

    /// <summary>An inline error message, as the NHS.UK frontend marks it up.</summary>
    public static string ErrorMessage(string message, string? id = null) =>
        $"<span class=\"nhsuk-error-message\"{(id is null ? string.Empty : $" id=\"{E(id)}\"")}><span class=\"nhsuk-u-visually-hidden\">Error:</span> {E(message)}</span>";

    public static string Radios(string name, string legend, string? hint, IEnumerable<(string Value, string Label, string Hint)> options, string? selected, string? error = null)
    {
        var html = new StringBuilder($"<div class=\"nhsuk-form-group{(error is null ? string.Empty : " nhsuk-form-group--error")}\"><fieldset class=\"nhsuk-fieldset\"><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--m\">{E(legend)}</legend>");
        if (hint is not null)
        {
            html.Append("<div class=\"nhsuk-hint\">").Append(E(hint)).Append("</div>");
        }

        if (error is not null)
        {
            html.Append(ErrorMessage(error));
        }

        html.Append("<div class=\"nhsuk-radios\">");
        var i = 0;
        foreach (var (value, label, optionHint) in options)
        {
            // The first option carries the group's id, so the error summary's link lands on the question.
            var id = i++ == 0 ? name : $"{name}-{i - 1}";
            html.Append($"<div class=\"nhsuk-radios__item\"><input class=\"nhsuk-radios__input\" id=\"{id}\" name=\"{name}\" type=\"radio\" value=\"{E(value)}\" aria-describedby=\"{id}-hint\"{(value == selected ? " checked" : string.Empty)}>")
                .Append($"<label class=\"nhsuk-label nhsuk-radios__label\" for=\"{id}\">{E(label)}</label><div class=\"nhsuk-hint nhsuk-radios__hint\" id=\"{id}-hint\">{E(optionHint)}</div></div>");
        }

        return html.Append("</div></fieldset></div>").ToString();
    }

    /// <summary>Everything typed so far as hidden fields, except the fields the page shows itself.</summary>
    public static string Hidden(IEnumerable<KeyValuePair<string, StringValues>> form, Func<string, bool> shownOnPage)
    {
        var html = new StringBuilder();
        foreach (var (key, values) in form)
        {
            if (Actions.Contains(key) || shownOnPage(key))
            {
                continue;
            }

            foreach (var value in values)
            {
                html.Append($"<input type=\"hidden\" name=\"{E(key)}\" value=\"{E(value)}\">");
            }
        }

        return html.ToString();
    }
}
