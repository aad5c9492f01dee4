using ContractDocs.Templating;

namespace ContractDocs.Rendering.Schedules;

/// <summary>The schedules every contract may carry, in order. A schedule appears when its values are given.</summary>
public static class StandardSchedules
{
    public static IReadOnlyList<ContractSchedule> All { get; } =
    [
        new("The Parties", d => d.Has("parties"), (w, d) => TableWriter.Write(
            w,
            ["Party", "Kind", "Identifier", "Address"],
            d.Rows("parties").Select(p => (IReadOnlyList<string>)[ScheduleText.Of(p, "name"), ScheduleText.KindName(ScheduleText.Of(p, "kind")), ScheduleText.Of(p, "identifier"), ScheduleText.Of(p, "address")]))),
        new("Outcomes Framework", d => d.Has("outcomes"), (w, d) => TableWriter.Write(
            w,
            ["Indicator", "Baseline", "Target", "Weight", "Data source", "Frequency"],
            d.Rows("outcomes").Select(o => (IReadOnlyList<string>)[ScheduleText.Of(o, "indicator"), ScheduleText.Of(o, "baseline"), ScheduleText.Of(o, "target"), ScheduleText.Percent(o.GetValueOrDefault("weight")), ScheduleText.Of(o, "source"), ScheduleText.Of(o, "frequency")]))),
        new("Payment at Risk", d => d.Has("paymentAtRisk"), PaymentAtRisk),
        new("Risk and Gain Share", d => d.Has("riskShareCommissioner") || d.Has("riskShareProvider"), RiskShare),
        new("Provenance", _ => true, Provenance),
    ];

    private static void PaymentAtRisk(WordWriter writer, ScheduleData data)
    {
        var budget = data.Values.GetValueOrDefault("annualBudget") as decimal?;
        TableWriter.Write(
            writer,
            budget is null ? ["Contract Year", "Percentage at risk"] : ["Contract Year", "Percentage at risk", "Amount at risk"],
            data.Rows("paymentAtRisk").Select(r =>
            {
                var percentage = r.GetValueOrDefault("percentage") as decimal? ?? 0;
                IReadOnlyList<string> cells = budget is { } b
                    ? [ScheduleText.Of(r, "year"), Formats.Percent(percentage), Formats.Money(decimal.Round(b * percentage / 100, 2))]
                    : [ScheduleText.Of(r, "year"), Formats.Percent(percentage)];
                return cells;
            }));
    }

    private static void RiskShare(WordWriter writer, ScheduleData data)
    {
        var rows = new List<IReadOnlyList<string>>();
        void Add(string label, string variable)
        {
            if (data.Values.GetValueOrDefault(variable) is decimal value)
            {
                rows.Add([label, Formats.Percent(value)]);
            }
        }

        Add("Commissioners' share of any gain or loss", "riskShareCommissioner");
        Add("Provider's share of any gain or loss", "riskShareProvider");
        Add("Cap on gain (percentage of the budget)", "riskCap");
        Add("Collar on loss (percentage of the budget)", "riskCollar");
        TableWriter.Write(writer, ["Term", "Value"], rows);
    }

    private static void Provenance(WordWriter writer, ScheduleData data)
    {
        var plan = data.Plan;
        Paragraphs.Styled(writer, Styles.BodyText, $"This contract was assembled by {data.Generator} from clause library release {plan.Release.Id} for the {plan.Model} model. Selection SHA-256: {plan.SelectionSha256}.");
        TableWriter.Write(
            writer,
            ["Clause", "Version", "SHA-256 of the clause source"],
            plan.Clauses.Select(c => (IReadOnlyList<string>)[c.Clause.Id, c.Clause.Version.ToString(), c.Clause.Sha256]));
    }
}
