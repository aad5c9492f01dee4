using ContractDocs.Selection;

namespace ContractDocs.Rendering.Schedules;

/// <summary>A schedule built from the plan and its values: a title, whether this contract has it, and its content
/// (written after the schedule heading).</summary>
public sealed record ContractSchedule(
    string Title,
    Func<ScheduleData, bool> Applies,
    Action<WordWriter, ScheduleData> Write);

/// <summary>What a schedule is built from.</summary>
public sealed record ScheduleData(AssemblyPlan Plan, IReadOnlyDictionary<string, object?> Values, string Generator)
{
    public IEnumerable<IReadOnlyDictionary<string, object?>> Rows(string variable) =>
        Values.GetValueOrDefault(variable) is IEnumerable<object?> items
            ? items.OfType<IReadOnlyDictionary<string, object?>>()
            : [];

    public bool Has(string variable) => Values.GetValueOrDefault(variable) is not null;
}
