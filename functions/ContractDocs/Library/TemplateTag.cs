using System.Collections.Immutable;

namespace ContractDocs.Library;

public enum TemplateTagKind
{
    /// <summary><c>{{name}}</c> or <c>{{helper arg ...}}</c>.</summary>
    Expression,

    /// <summary><c>{{#helper arg ...}}</c>.</summary>
    BlockOpen,

    /// <summary><c>{{/helper}}</c>.</summary>
    BlockClose,

    /// <summary><c>{{else}}</c>.</summary>
    Else,

    /// <summary><c>{{! ...}}</c> or <c>{{!-- ... --}}</c>.</summary>
    Comment,

    /// <summary><c>{{{ ... }}}</c> or <c>{{&amp; ...}}</c>: unescaped output, refused by the linter.</summary>
    Unescaped,

    /// <summary><c>{{&gt; partial}}</c>: refused by the linter.</summary>
    Partial,
}

/// <summary>An argument of a tag: a quoted literal, a number, a path such as <c>annualBudget</c> or <c>../parties</c>, or
/// a subexpression <c>(helper args…)</c>, whose helper name is <see cref="Value"/> and arguments <see cref="Arguments"/>.</summary>
public sealed record TemplateArgument(string Value, bool IsLiteral, ImmutableArray<TemplateArgument> Arguments = default)
{
    public bool IsSubexpression => !Arguments.IsDefault;
}

/// <summary>One Handlebars tag found in a template, with its 1-based line within the template text.</summary>
public sealed record TemplateTag(
    int Line,
    TemplateTagKind Kind,
    string Name,
    ImmutableArray<TemplateArgument> Arguments,
    string Source);
