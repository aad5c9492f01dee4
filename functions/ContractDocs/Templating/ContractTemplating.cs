using System.Collections.Concurrent;
using HandlebarsDotNet;

namespace ContractDocs.Templating;

/// <summary>
/// The Handlebars set-up every contract uses, built once per process: strict (a missing value is an error, never
/// ""), helpers for money, dates, percentages, ordinals, lists, cross-references and defined terms, and compiled
/// templates cached. Clause Markdown and Word XML need different escaping, so the same configuration is built with
/// two encoders; no other environment exists. Thread-safe.
/// </summary>
public sealed class ContractTemplating
{
    private readonly IHandlebars _markdown;
    private readonly IHandlebars _xml;
    private readonly ConcurrentDictionary<string, ClauseTemplate> _clauses = new(StringComparer.Ordinal);

    private readonly bool _resolveLiteralTags;

    public ContractTemplating()
        : this(resolveLiteralTags: true)
    {
    }

    /// <summary>With <paramref name="resolveLiteralTags"/> false every tag goes to Handlebars as written: how the
    /// tests prove that resolving them beforehand changes no document.</summary>
    internal ContractTemplating(bool resolveLiteralTags)
    {
        _resolveLiteralTags = resolveLiteralTags;
        _markdown = Create(new MarkdownEncoder());
        _xml = Create(new XmlEncoder());
    }

    /// <summary>Renders clause Markdown with values escaped for Markdown. <paramref name="cacheKey"/> identifies the
    /// source (e.g. clause id@version and hash) so it is compiled once.</summary>
    /// <exception cref="TemplateValueException">A value is missing or of the wrong kind.</exception>
    public string RenderMarkdown(string cacheKey, string source, object values)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.Contains("{{", StringComparison.Ordinal))
        {
            // Nothing to render: the source is the output, and no copy is made.
            return source;
        }

        var template = _clauses.GetOrAdd(cacheKey, _ => Compile(source));
        if (template.Text is { } text)
        {
            return text;
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Run(template.Write!, writer, values, cacheKey);
        return writer.ToString();
    }

    /// <summary>Renders clause Markdown as <see cref="RenderMarkdown"/> does, with plain values left as holes
    /// (<see cref="ClauseShape"/>). <paramref name="expected"/> is the shape the caller last had for this source:
    /// when the shape is the same, that string is returned and no copy is made.</summary>
    /// <exception cref="TemplateValueException">A value is missing or of the wrong kind.</exception>
    public ClauseShape RenderShape(string cacheKey, string source, object values, string? expected)
    {
        ArgumentNullException.ThrowIfNull(source);
        var template = source.Contains("{{", StringComparison.Ordinal) ? _clauses.GetOrAdd(cacheKey, _ => Compile(source)) : new ClauseTemplate(source, null);
        if (template.Text is { } text)
        {
            return new ClauseShape(text, [], ReferenceEquals(text, expected), !text.Contains(Markers.Hole));
        }

        var writer = new ShapeWriter(expected);
        Run(template.Write!, writer, values, cacheKey);
        return writer.Finish();
    }

    /// <summary>Resolves the literal-only tags (<see cref="LiteralTags"/>) and compiles what is left; a clause with
    /// nothing left to fill is its resolved text, and Handlebars never sees it.</summary>
    private ClauseTemplate Compile(string source)
    {
        var resolved = _resolveLiteralTags ? LiteralTags.Resolve(source) : source;
        return resolved.Contains("{{", StringComparison.Ordinal)
            ? new ClauseTemplate(null, _markdown.Compile(new StringReader(resolved)))
            : new ClauseTemplate(resolved, null);
    }

    /// <summary>Compiles a Word XML template whose values are escaped for XML. The caller keeps the result.</summary>
    public Func<object, string> CompileXml(string source, string name)
    {
        var template = _xml.Compile(source);
        return values => Run(template, values, name);
    }

    private static string Run(HandlebarsTemplate<object, object> template, object values, string name)
    {
        try
        {
            return template(values);
        }
        catch (Exception e) when (Translated(e, name) is { } translated)
        {
            throw translated;
        }
    }

    private static void Run(HandlebarsTemplate<TextWriter, object, object> template, TextWriter writer, object values, string name)
    {
        try
        {
            template(writer, values);
        }
        catch (Exception e) when (Translated(e, name) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>A missing value or a helper's refusal, as the error the caller reports; null for anything else.</summary>
    private static TemplateValueException? Translated(Exception e, string name) => e switch
    {
        HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException missing => new TemplateValueException($"'{name}' needs a value for '{missing.MissingKey}', which was not given.", missing),
        HandlebarsRuntimeException { InnerException: TemplateValueException inner } => new TemplateValueException($"'{name}': {inner.Message}", inner),
        _ => null,
    };

    private static IHandlebars Create(ITextEncoder encoder)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            TextEncoder = encoder,
            ThrowOnUnresolvedBindingExpression = true,
            NoEscape = false,
        });
        ContractHelpers.Register(handlebars);
        // A shared environment compiles its configuration (helpers, encoder, features) once; an ordinary one does it
        // again for every template it compiles, which was a quarter of the time of compiling a clause.
        return handlebars.CreateSharedEnvironment();
    }

    /// <summary>A compiled clause: its text when nothing is left to fill, else the template that writes it.</summary>
    private sealed record ClauseTemplate(string? Text, HandlebarsTemplate<TextWriter, object, object>? Write);
}
