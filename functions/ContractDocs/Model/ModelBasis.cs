using System.Collections.Immutable;

namespace ContractDocs.Model;

/// <summary>Where an element, criterion or specification comes from (model.yaml <c>basis:</c>): an origin, one of
/// <see cref="ModelSources.Origins"/> (a core element of the published model, adapted from it, or added from current
/// law and guidance), and the library's sentence saying from which part, or which law, and why.</summary>
public sealed record ModelBasis(string Origin, string Text);

/// <summary>The works the contracting model rests on and the words for each origin (model.yaml <c>sources:</c>), shown
/// to commissioners with each choice and in the library's README.</summary>
public sealed record ModelSources(string Intro, ImmutableArray<SourceWork> Works, ImmutableArray<PartyLabel> Origins)
{
    public static ModelSources None { get; } = new(string.Empty, [], []);

    /// <summary>An origin's words ("Adapted from the published model"), or the id when model.yaml has none.</summary>
    public string OriginTitle(string origin) => Origins.FirstOrDefault(o => o.Id == origin)?.Title ?? origin;
}

/// <summary>One work cited: an id for the library to refer to and its full citation.</summary>
public sealed record SourceWork(string Id, string Citation);
