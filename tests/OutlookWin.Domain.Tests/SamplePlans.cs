using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Tests;

/// <summary>The Contoso plan from the product brief, in domain form.</summary>
internal static class SamplePlans
{
    public static SuccessPlan Contoso() => new(
        Prospect: "Contoso",
        DealName: "Contoso observability POV",
        PovStart: new DateOnly(2026, 11, 10),
        PovEnd: new DateOnly(2026, 11, 24),
        ReadoutDate: new DateOnly(2026, 11, 24),
        AccountExecutive: new Person("Jordan Lee", "jordan@fabrikam.example"),
        LeadEngineer: new Person("Dana Kim", "dana@contoso.example"),
        EconomicBuyer: new Person("Priya Shah", "priya@contoso.example", "VP of Engineering"),
        Criteria:
        [
            new Criterion("Reduce MTTR", "MTTR reduction", "percent", MetricDirection.HigherIsBetter,
                MetricValue.Of(40m), MetricValue.Of(43m), CriterionStatus.Proven, true),
            new Criterion("Page on-call fast", "time to page on-call", "seconds", MetricDirection.LowerIsBetter,
                MetricValue.Of(30m), MetricValue.Of(12m), CriterionStatus.Proven, true),
            new Criterion("Legacy syslog ingestion", "legacy format parsed", "boolean", MetricDirection.HigherIsBetter,
                MetricValue.Of(true), MetricValue.Of(false), CriterionStatus.Blocked, true,
                new Blocker("legacy parser patch", new DateOnly(2026, 12, 10))),
        ]);

    /// <summary>The same plan once every criterion is proven: the one a full declaration is drafted from.</summary>
    public static SuccessPlan ContosoFull()
    {
        var plan = Contoso();
        return plan with
        {
            Criteria = [.. plan.Criteria.Select(c => c.Status == CriterionStatus.Blocked
                ? c with { Status = CriterionStatus.Proven, Measured = MetricValue.Of(true), Blocker = null }
                : c)],
        };
    }
}
