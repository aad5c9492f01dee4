using ContractDocs.Library;

namespace ContractDocs.Selection;

/// <summary>The working state of one resolution: chosen specifications and included clauses, in insertion order.
/// Not thread-safe; one per <see cref="Resolver.Resolve"/> call.</summary>
internal sealed class PlanBuilder
{
    private readonly ClauseLibrary _library;
    private readonly LibraryRelease? _release;
    private readonly string _model;
    private readonly List<SelectionProblem> _problems;
    private readonly Dictionary<string, PlannedClause> _clauses = new(StringComparer.Ordinal);
    private readonly List<string> _clauseOrder = [];
    private readonly Queue<ClauseVersion> _pending = new();
    private readonly List<(ClauseVersion Clause, Requirement Requirement)> _anyOf = [];

    private readonly Func<ClauseVersion, Templating.TemplateAnalysis> _analyse;

    public PlanBuilder(ClauseLibrary library, LibraryRelease? release, string model, List<SelectionProblem> problems, Func<ClauseVersion, Templating.TemplateAnalysis> analyse)
    {
        _analyse = analyse;
        _library = library;
        _release = release;
        _model = model;
        _problems = problems;
    }

    public Dictionary<string, InclusionReason> Chosen { get; } = new(StringComparer.Ordinal);

    public IEnumerable<PlannedClause> Clauses => _clauseOrder.Select(id => _clauses[id]);

    public PlannedClause? Find(string clauseId) => _clauses.GetValueOrDefault(clauseId);

    public void ChooseCriteria(IReadOnlyList<string> criteria, bool check)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < criteria.Count; i++)
        {
            var id = criteria[i];
            var path = $"$.criteria[{i}]";
            if (!seen.Add(id))
            {
                _problems.Add(new SelectionProblem(ProblemCodes.DuplicateChoice, $"Criterion {id} is chosen more than once.", path, id));
            }
            else if (_library.Model.FindCriterion(id) is not { } criterion)
            {
                _problems.Add(new SelectionProblem(ProblemCodes.UnknownCriterion, $"There is no criterion '{id}' in the contracting model.", path, id));
            }
            else if (check && !criterion.AppliesTo(_model))
            {
                _problems.Add(new SelectionProblem(ProblemCodes.NotForModel, $"Criterion {id} ({criterion.Title}) does not apply to the {_model} model.", path, id, _model));
            }
            else if (check)
            {
                foreach (var specification in criterion.Defaults.Select(_library.Model.FindSpecification).OfType<Model.Specification>().Where(s => s.AppliesTo(_model)))
                {
                    Chosen.TryAdd(specification.Id, new InclusionReason(InclusionKind.Default, id));
                }
            }
        }
    }

    public void ChooseSpecifications(IReadOnlyList<string> specifications, bool check)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < specifications.Count; i++)
        {
            var id = specifications[i];
            var path = $"$.specifications[{i}]";
            if (!seen.Add(id))
            {
                _problems.Add(new SelectionProblem(ProblemCodes.DuplicateChoice, $"Specification {id} is chosen more than once.", path, id));
            }
            else if (_library.Model.FindSpecification(id) is not { } specification)
            {
                _problems.Add(new SelectionProblem(ProblemCodes.UnknownSpecification, $"There is no specification '{id}' in the contracting model.", path, id));
            }
            else if (check && !specification.AppliesTo(_model))
            {
                _problems.Add(new SelectionProblem(ProblemCodes.NotForModel,
                    $"Specification {id} ({specification.Title}) does not apply to the {_model} model; it applies to {string.Join(", ", specification.Models)}.", path, id, _model));
            }
            else if (check)
            {
                Chosen[id] = InclusionReason.Chosen;
            }
        }
    }

    /// <summary>Adds core clauses and the clauses of every chosen specification, then follows <c>requires</c>
    /// until nothing new comes in.</summary>
    public void Close()
    {
        var release = _release!;
        foreach (var clause in _library.Pinned(release).Where(c => c.Core && c.AppliesTo(_model)))
        {
            AddClause(clause, InclusionReason.CoreClause, specification: null);
        }

        foreach (var (id, reason) in Chosen.ToList())
        {
            AddSpecification(id, reason);
        }

        while (_pending.TryDequeue(out var clause))
        {
            foreach (var requirement in clause.Requires)
            {
                Require(clause, requirement);
            }

            // A schedule comes with the clauses that cite it; a clause it does not have is the resolver's to refuse.
            foreach (var target in _analyse(clause).ReferencesFor(_model).Select(r => Templating.TemplateAnalysis.TargetOf(r.ClauseId)).Distinct(StringComparer.Ordinal))
            {
                if (release.Schedules.Contains(target) && !_clauses.ContainsKey(target) && _library.Find(target, release.Pins[target]) is { Status: ClauseStatus.Approved } schedule && schedule.AppliesTo(_model))
                {
                    AddClause(schedule, new InclusionReason(InclusionKind.Required, clause.Id), specification: null);
                }
            }
        }

        foreach (var (clause, requirement) in _anyOf.Where(p => !p.Requirement.Targets.Any(Chosen.ContainsKey)))
        {
            var names = string.Join(" or ", requirement.Targets.Select(Describe));
            _problems.Add(new SelectionProblem(ProblemCodes.UnmetRequirement,
                $"'{clause.Title}' ({clause.Id}, {Origin(clause.Id)}) needs one of: {names}. Choose one of them.",
                "$.specifications", requirement.Targets.Insert(0, clause.Id)));
        }
    }

    /// <summary>The commissioner's choice that ultimately brought a clause into the plan, in words.</summary>
    public string Origin(string clauseId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = _clauses.GetValueOrDefault(clauseId);
        while (current is not null && seen.Add(current.Clause.Id))
        {
            var reason = current.Specification is { } spec && Chosen.TryGetValue(spec, out var specReason) ? specReason : current.Reason;
            switch (reason.Kind)
            {
                case InclusionKind.Chosen:
                    return $"from your choice '{_library.Model.FindSpecification(current.Specification ?? string.Empty)?.Title}' ({current.Specification})";
                case InclusionKind.Default:
                    return $"the default for criterion '{_library.Model.FindCriterion(reason.By ?? string.Empty)?.Title}' ({reason.By})";
                case InclusionKind.Core:
                    return "a core clause";
                default:
                    current = _clauses.GetValueOrDefault(reason.By ?? string.Empty);
                    break;
            }
        }

        return "required by another clause";
    }

    private void Require(ClauseVersion clause, Requirement requirement)
    {
        switch (requirement.Kind)
        {
            case RequirementKind.AnyOf:
                _anyOf.Add((clause, requirement));
                return;
            case RequirementKind.Specification:
                var target = requirement.Targets[0];
                var specification = _library.Model.FindSpecification(target);
                if (specification is null || !specification.AppliesTo(_model))
                {
                    Unmet(clause, $"specification {target}, which the {_model} model does not offer", target);
                }
                else if (Chosen.TryAdd(target, new InclusionReason(InclusionKind.Required, clause.Id)))
                {
                    AddSpecification(target, Chosen[target]);
                }

                return;
            default:
                var id = requirement.Targets[0];
                var version = _release!.Pins.TryGetValue(id, out var pinned) ? _library.Find(id, pinned) : null;
                if (version is null || version.Status != ClauseStatus.Approved || !version.AppliesTo(_model))
                {
                    Unmet(clause, $"clause '{id}', which release {_release.Id} does not provide for the {_model} model", id);
                }
                else
                {
                    AddClause(version, new InclusionReason(InclusionKind.Required, clause.Id), version.Implements.FirstOrDefault());
                }

                return;
        }
    }

    private void Unmet(ClauseVersion clause, string what, string target) =>
        _problems.Add(new SelectionProblem(ProblemCodes.UnmetRequirement,
            $"'{clause.Title}' ({clause.Id}, {Origin(clause.Id)}) requires {what}. Choose a different option or another contract model.",
            "$.specifications", clause.Id, target));

    private void AddSpecification(string id, InclusionReason reason)
    {
        var release = _release!;
        var candidates = _library.Implementing(release, id).Where(c => c.AppliesTo(_model)).ToList();
        var path = reason.Kind == InclusionKind.Chosen ? "$.specifications" : "$.criteria";
        if (candidates.Count == 0)
        {
            _problems.Add(new SelectionProblem(ProblemCodes.NoClause,
                $"Release {release.Id} has no clause for {Describe(id)} under the {_model} model ({reason}). Choose another release or remove it.", path, id, release.Id));
            return;
        }

        foreach (var clause in candidates)
        {
            if (clause.Status != ClauseStatus.Approved)
            {
                _problems.Add(new SelectionProblem(ProblemCodes.RetiredClause,
                    $"Release {release.Id} pins {clause.Key}, which is {clause.Status.ToString().ToLowerInvariant()}; the release cannot build {id}. Ask the legal team for a corrected release.",
                    path, clause.Id, id, release.Id));
                continue;
            }

            AddClause(clause, reason, id);
        }
    }

    private void AddClause(ClauseVersion clause, InclusionReason reason, string? specification)
    {
        if (_clauses.TryAdd(clause.Id, new PlannedClause(clause, reason, specification)))
        {
            _clauseOrder.Add(clause.Id);
            _pending.Enqueue(clause);
        }
    }

    private string Describe(string specificationId) =>
        _library.Model.FindSpecification(specificationId) is { } s ? $"{s.Id} ({s.Title})" : specificationId;
}
