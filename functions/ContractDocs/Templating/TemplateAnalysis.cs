using System.Collections.Immutable;

namespace ContractDocs.Templating;

/// <summary>A problem in a template's tags, at a 1-based line of the template text.</summary>
public sealed record TemplateProblem(int Line, string Code, string Message);

/// <summary>
/// What a template uses: top-level variables, cross-references (<c>clause-id</c> or <c>clause-id#anchor</c>), defined
/// terms and anchors, and any tag the library refuses (unescaped output, partials, unknown helpers, unbalanced blocks).
/// </summary>
public sealed record TemplateAnalysis(
    ImmutableArray<(string Name, int Line, bool Guarded)> Variables,
    ImmutableArray<(string ClauseId, int Line)> References,
    ImmutableArray<(string Term, int Line)> Terms,
    ImmutableArray<TemplateProblem> Problems)
{
    /// <summary>The anchors the template sets with <c>{{anchor "name"}}</c>, for <c>{{ref "clause-id#name"}}</c>.</summary>
    public ImmutableArray<(string Name, int Line)> Anchors { get; init; } = [];

    /// <summary>For each of <see cref="References"/>, the contract models in which it is printed: a reference inside
    /// <c>{{#eq contract.model "alliance"}}</c> is printed in an alliance only, and one in its <c>{{else}}</c> in every
    /// other model.</summary>
    public ImmutableArray<ModelCondition> ReferenceConditions { get; init; } = [];

    /// <summary>For each of <see cref="Terms"/>, the models in which it is printed.</summary>
    public ImmutableArray<ModelCondition> TermConditions { get; init; } = [];

    /// <summary>For each of <see cref="Anchors"/>, the models in which it is set.</summary>
    public ImmutableArray<ModelCondition> AnchorConditions { get; init; } = [];

    /// <summary>The references printed in a contract of <paramref name="model"/>.</summary>
    public IEnumerable<(string ClauseId, int Line)> ReferencesFor(string model) => For(References, ReferenceConditions, model);

    /// <summary>The defined terms printed in a contract of <paramref name="model"/>.</summary>
    public IEnumerable<(string Term, int Line)> TermsFor(string model) => For(Terms, TermConditions, model);

    /// <summary>The anchors set in a contract of <paramref name="model"/>.</summary>
    public IEnumerable<(string Name, int Line)> AnchorsFor(string model) => For(Anchors, AnchorConditions, model);

    private static IEnumerable<T> For<T>(ImmutableArray<T> items, ImmutableArray<ModelCondition> conditions, string model) =>
        conditions.Length != items.Length ? items : items.Where((_, i) => conditions[i].AppliesTo(model));

    /// <summary>The clause or schedule a reference names (before any <c>#anchor</c>).</summary>
    public static string TargetOf(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? reference : reference[..hash];
    }

    /// <summary>The anchor a reference names, or null when it names a whole clause or schedule.</summary>
    public static string? AnchorOf(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? null : reference[(hash + 1)..];
    }

    public static TemplateAnalysis Of(string text)
    {
        var variables = ImmutableArray.CreateBuilder<(string, int, bool)>();
        var references = ImmutableArray.CreateBuilder<(string, int)>();
        var terms = ImmutableArray.CreateBuilder<(string, int)>();
        var anchors = ImmutableArray.CreateBuilder<(string, int)>();
        var problems = ImmutableArray.CreateBuilder<TemplateProblem>();
        var referenceConditions = ImmutableArray.CreateBuilder<ModelCondition>();
        var termConditions = ImmutableArray.CreateBuilder<ModelCondition>();
        var anchorConditions = ImmutableArray.CreateBuilder<ModelCondition>();
        var blocks = new Stack<(string Name, int Line, string? Subject)>();
        // Parallel to blocks: the model an {{#eq contract.model "…"}} block tests, and whether its {{else}} has begun.
        var modelTests = new Stack<(string? Model, bool Else)>();

        ModelCondition Condition()
        {
            var condition = ModelCondition.Always;
            foreach (var (model, inElse) in modelTests)
            {
                if (model is not null)
                {
                    condition = inElse ? condition.Except(model) : condition.Only(model);
                }
            }

            return condition;
        }

        void UsePath(string path, int line, bool test = false)
        {
            var eachDepth = blocks.Count(b => b.Name == "each");
            var ups = 0;
            while (path.StartsWith("../", StringComparison.Ordinal))
            {
                ups++;
                path = path[3..];
            }

            if (path.StartsWith('@') || path == "this" || path.StartsWith("this.", StringComparison.Ordinal) || ups < eachDepth)
            {
                return;
            }

            var name = path.Split('.')[0];
            var guarded = test || blocks.Any(b => b.Name is "if" or "unless" or "each" && b.Subject is { } subject && Root(subject) == name);
            variables.Add((name, line, guarded));
        }

        foreach (var tag in TemplateScanner.Scan(text))
        {
            switch (tag.Kind)
            {
                case TemplateTagKind.Unescaped:
                    problems.Add(new TemplateProblem(tag.Line, "unescaped-output", $"'{tag.Source}' prints a value unescaped; use double braces."));
                    continue;
                case TemplateTagKind.Partial:
                    problems.Add(new TemplateProblem(tag.Line, "partial-not-allowed", $"'{tag.Source}' includes a partial; partials are not allowed in the library."));
                    continue;
                case TemplateTagKind.Comment:
                    continue;
                case TemplateTagKind.Else:
                    if (modelTests.Count > 0)
                    {
                        var (model, _) = modelTests.Pop();
                        modelTests.Push((model, true));
                    }

                    continue;
                case TemplateTagKind.BlockClose:
                    if (blocks.Count == 0 || blocks.Peek().Name != tag.Name)
                    {
                        problems.Add(new TemplateProblem(tag.Line, "unbalanced-block", $"'{tag.Source}' closes a block that is not open."));
                    }
                    else
                    {
                        blocks.Pop();
                        modelTests.Pop();
                    }

                    continue;
            }

            if (tag.Name.Length == 0)
            {
                problems.Add(new TemplateProblem(tag.Line, "invalid-tag", $"'{Shorten(tag.Source)}' is not a complete tag."));
                continue;
            }

            if (tag.Kind == TemplateTagKind.BlockOpen)
            {
                if (!HelperNames.Blocks.Contains(tag.Name))
                {
                    problems.Add(new TemplateProblem(tag.Line, "unknown-helper", $"Unknown block helper '#{tag.Name}'. Allowed: {string.Join(", ", HelperNames.Blocks)}."));
                }

                foreach (var argument in tag.Arguments.Where(a => !a.IsLiteral))
                {
                    UsePath(argument.Value, tag.Line, test: tag.Name is "if" or "unless" or "each");
                }

                var subject = tag.Arguments.FirstOrDefault(a => !a.IsLiteral)?.Value;
                blocks.Push((tag.Name, tag.Line, subject));
                modelTests.Push((tag.Name == HelperNames.Eq && subject == "contract.model" && tag.Arguments.Length == 2 && tag.Arguments.FirstOrDefault(a => a.IsLiteral && !a.IsSubexpression) is { } tested ? tested.Value : null, false));
                continue;
            }

            if (tag.Arguments.IsEmpty && !HelperNames.Inline.Contains(tag.Name))
            {
                UsePath(tag.Name, tag.Line);
                continue;
            }

            if (!HelperNames.Inline.Contains(tag.Name))
            {
                problems.Add(new TemplateProblem(tag.Line, "unknown-helper", $"Unknown helper '{tag.Name}'. Allowed: {string.Join(", ", HelperNames.Inline)}."));
                continue;
            }

            if (tag.Name is HelperNames.Ref or HelperNames.Term or HelperNames.Anchor)
            {
                if (tag.Arguments is not [{ IsLiteral: true, IsSubexpression: false } literal])
                {
                    problems.Add(new TemplateProblem(tag.Line, "invalid-tag", $"'{tag.Source}' takes one quoted argument."));
                }
                else if (tag.Name == HelperNames.Ref)
                {
                    references.Add((literal.Value, tag.Line));
                    referenceConditions.Add(Condition());
                }
                else if (tag.Name == HelperNames.Anchor)
                {
                    anchors.Add((literal.Value, tag.Line));
                    anchorConditions.Add(Condition());
                }
                else
                {
                    terms.Add((literal.Value, tag.Line));
                    termConditions.Add(Condition());
                }

                continue;
            }

            UseArguments(tag.Arguments, tag.Line);
        }

        void UseArguments(ImmutableArray<TemplateArgument> arguments, int line)
        {
            foreach (var argument in arguments.Where(a => !a.IsLiteral))
            {
                if (!argument.IsSubexpression)
                {
                    UsePath(argument.Value, line);
                }
                else if (!HelperNames.Values.Contains(argument.Value))
                {
                    problems.Add(new TemplateProblem(line, "unknown-helper", $"Unknown helper '({argument.Value} …)'. In parentheses: {string.Join(", ", HelperNames.Values)}."));
                }
                else
                {
                    UseArguments(argument.Arguments, line);
                }
            }
        }

        foreach (var (name, line, _) in blocks)
        {
            problems.Add(new TemplateProblem(line, "unbalanced-block", $"Block '#{name}' is never closed."));
        }

        return new TemplateAnalysis(variables.ToImmutable(), references.ToImmutable(), terms.ToImmutable(), problems.ToImmutable())
        {
            Anchors = anchors.ToImmutable(),
            ReferenceConditions = referenceConditions.ToImmutable(),
            TermConditions = termConditions.ToImmutable(),
            AnchorConditions = anchorConditions.ToImmutable(),
        };
    }

    /// <summary>The variable a path starts from: "../upliftPercentage" and "upliftPercentage.x" are upliftPercentage.</summary>
    private static string Root(string path)
    {
        while (path.StartsWith("../", StringComparison.Ordinal))
        {
            path = path[3..];
        }

        return path.Split('.')[0];
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
