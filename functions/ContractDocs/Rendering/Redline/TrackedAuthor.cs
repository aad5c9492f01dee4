namespace ContractDocs.Rendering.Redline;

/// <summary>Who a redline's tracked changes are by and when: the later release (e.g. "Clause library 2026.2") on the
/// day it was published. Word shows both in each change's balloon.</summary>
public sealed record TrackedAuthor
{
    public TrackedAuthor(string name, DateTimeOffset date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Date = date;
    }

    public string Name { get; }

    public DateTimeOffset Date { get; }
}
