using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContractDocs.Library;
using ContractDocs.Model;
using ContractDocs.Selection;

namespace ContractDocs.Benchmarks;

/// <summary>
/// The shared performance workload (../shared/bench/standard-contract): contract.hbs.md split into its clauses at
/// each "## N. Title" heading, grouped by its four "# Part" headings, with vars.json as the values; repeated
/// <c>copies</c> times for the large-contract run.
/// </summary>
public static partial class StandardContract
{
    private static readonly string[] Models = ["accountable-care", "alliance", "lead-provider", "outcomes-based"];

    public static string Folder { get; } = FindFolder();

    public static (ClauseLibrary Library, AssemblyPlan Plan) Build(int copies)
    {
        var text = File.ReadAllText(Path.Combine(Folder, "contract.hbs.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var names = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "vars.json"))).RootElement.EnumerateObject().Select(p => p.Name).ToList();
        var parts = new List<(string Title, List<(string Title, string Body)> Clauses)>();
        foreach (Match part in PartHeading().Matches(text))
        {
            var end = part.NextMatch() is { Success: true } next ? next.Index : text.Length;
            var section = text[part.Index..end];
            var clauses = ClauseHeading().Matches(section).Select(m =>
            {
                var clauseEnd = m.NextMatch() is { Success: true } following ? following.Index : section.Length;
                return (m.Groups["title"].Value.Trim(), section[(m.Index + m.Length)..clauseEnd].Trim() + "\n");
            }).ToList();
            parts.Add((part.Groups["title"].Value.Trim(), clauses));
        }

        var elements = parts.Select((p, i) => new Element($"part{i + 1}", p.Title, string.Empty, [new Criterion($"P{i + 1}", $"part{i + 1}", p.Title, "-", [.. Models], [], [new Specification($"P{i + 1}.clauses", $"P{i + 1}", p.Title, "-", [.. Models])])])).ToImmutableArray();
        var variables = names.Select(n => new VariableDefinition(n, VariableType.Text, true, n))
            .Concat([
                new VariableDefinition("contractTitle", VariableType.Text, true, "title"),
                new VariableDefinition("contractReference", VariableType.Text, true, "reference"),
                new VariableDefinition("parties", VariableType.Parties, true, "parties"),
                new VariableDefinition("commencementDate", VariableType.Date, true, "date"),
                new VariableDefinition("termYears", VariableType.Integer, true, "years"),
            ]).ToImmutableArray();
        var model = new ContractingModel([.. Models.Select(m => new ContractModel(m, m, m))], variables, elements);
        var versions = new List<ClauseVersion>();
        for (var copy = 0; copy < copies; copy++)
        {
            for (var p = 0; p < parts.Count; p++)
            {
                foreach (var (title, body) in parts[p].Clauses)
                {
                    var id = $"c{versions.Count + 1:0000}";
                    versions.Add(new ClauseVersion
                    {
                        Id = id,
                        Version = new SemanticVersion(1, 0, 0),
                        Title = title,
                        Status = ClauseStatus.Approved,
                        Implements = [$"P{p + 1}.clauses"],
                        Models = [.. Models],
                        Body = body,
                        Path = $"clauses/{id}/1.0.0.md",
                        Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id + "\n" + body))),
                    });
                }
            }
        }

        var release = new LibraryRelease
        {
            Id = "2026.1",
            Pins = versions.ToImmutableSortedDictionary(v => v.Id, v => v.Version, StringComparer.Ordinal),
            Path = "releases/2026.1.yaml",
        };
        // The layout: model.yaml's default (Preliminary, one Part per element, the rest), as a release that pins none.
        var library = new ClauseLibrary(Folder, model, [.. versions], [release], [], DefaultLayout());
        var values = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "vars.json"))).RootElement.EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        values["contractTitle"] = Json("\"Community Health Services Agreement\"");
        values["contractReference"] = Json("\"NHS-CCP-2025-0147\"");
        values["parties"] = Json("[{\"name\":\"Northwind Health Services Pty Ltd\",\"kind\":\"nhs-trust\"},{\"name\":\"Contoso Community Partners Limited\",\"kind\":\"independent-provider\"}]");
        values["commencementDate"] = Json("\"2025-07-01\"");
        values["termYears"] = Json("3");
        var selection = new ContractSelection
        {
            Release = "2026.1",
            Model = "alliance",
            Specifications = [.. elements.Select(e => e.Criteria[0].Specifications[0].Id)],
            Variables = values.ToImmutableSortedDictionary(StringComparer.Ordinal),
        };
        var result = new Resolver(library).Resolve(selection);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Problems));
        }

        return (library, result.Plan!);
    }

    /// <summary>The plan with each of vars.json's values changed (" N" appended), as another contract of the same
    /// shape would have: other parties, sums, dates and references.</summary>
    public static AssemblyPlan WithOtherValues(AssemblyPlan plan, int n)
    {
        var names = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "vars.json"))).RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return plan with
        {
            Values = plan.Values.ToImmutableSortedDictionary(
                p => p.Key,
                p => names.Contains(p.Key) ? JsonSerializer.SerializeToElement($"{p.Value.GetString()} {n}") : p.Value,
                StringComparer.Ordinal),
        };
    }

    private static LayoutDefinition DefaultLayout()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContractDocs.sln")))
            {
                return LibraryLoader.Load(Path.Combine(folder.FullName, "clause-library")).Library.DefaultLayout
                    ?? throw new InvalidOperationException("clause-library/model.yaml has no defaultLayout.");
            }
        }

        throw new DirectoryNotFoundException("The repository root (ContractDocs.sln) is not above the benchmark.");
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static string FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "bench", "standard-contract");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("../shared/bench/standard-contract not found above the benchmark.");
    }

    [GeneratedRegex(@"(?m)^# (?<title>.+)$")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"(?m)^## \d+\. (?<title>.+)$")]
    private static partial Regex ClauseHeading();
}
