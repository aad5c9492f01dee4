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
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _clauses = new(StringComparer.Ordinal);

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
        return Run(template, values, cacheKey);
    }

    /// <summary>Resolves the literal-only tags (<see cref="LiteralTags"/>) and compiles what is left; a clause with
    /// nothing left to fill is its resolved text, and Handlebars never sees it.</summary>
    private HandlebarsTemplate<object, object> Compile(string source)
    {
        var resolved = _resolveLiteralTags ? LiteralTags.Resolve(source) : source;
        return resolved.Contains("{{", StringComparison.Ordinal) ? _markdown.Compile(resolved) : (_, _) => resolved;
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
        catch (HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException e)
        {
            throw new TemplateValueException($"'{name}' needs a value for '{e.MissingKey}', which was not given.", e);
        }
        catch (HandlebarsRuntimeException e) when (e.InnerException is TemplateValueException inner)
        {
            throw new TemplateValueException($"'{name}': {inner.Message}", inner);
        }
    }

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
}
