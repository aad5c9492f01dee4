using System.Text.RegularExpressions;

namespace ContractDocs.Storage;

/// <summary>A container and a name within it. Names are '/'-separated segments of safe characters only, so an
/// address can never escape its container in a folder or a URL.</summary>
public sealed partial record DocumentAddress
{
    public DocumentAddress(string container, string name)
    {
        if (!ContainerPattern().IsMatch(container ?? string.Empty))
        {
            throw new ArgumentException($"'{container}' is not a container name (3-63 lower-case letters, digits and hyphens).", nameof(container));
        }

        if (name is null || name.Length is 0 or > 512 || !NamePattern().IsMatch(name) || name.Split('/').Any(s => s is "." or ".."))
        {
            throw new ArgumentException($"'{name}' is not a safe document name.", nameof(name));
        }

        Container = container!;
        Name = name;
    }

    public string Container { get; }

    public string Name { get; }

    public override string ToString() => $"{Container}/{Name}";

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$")]
    private static partial Regex ContainerPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_.@-]+(/[A-Za-z0-9_.@-]+)*$")]
    private static partial Regex NamePattern();
}
