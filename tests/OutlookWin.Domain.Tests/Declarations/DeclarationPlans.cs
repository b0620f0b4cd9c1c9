using System.Globalization;
using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Tests.Declarations;

/// <summary>The Contoso plan on readout day, fully proven or as recorded (conditional).</summary>
internal static class DeclarationPlans
{
    /// <summary>The readout day: the email goes out right after the meeting.</summary>
    public static readonly DateOnly ReadoutDay = new(2026, 11, 24);

    /// <summary>Contoso as recorded: two proven, the legacy format blocked by a patch due 10 December.</summary>
    public static SuccessPlan Conditional() => SamplePlans.Contoso();

    /// <summary>Contoso once the legacy parser patch shipped and the third criterion was proven too.</summary>
    public static SuccessPlan Full()
    {
        var plan = SamplePlans.Contoso();
        return plan with
        {
            Criteria =
            [
                plan.Criteria[0],
                plan.Criteria[1],
                plan.Criteria[2] with { Measured = MetricValue.Of(true), Status = CriterionStatus.Proven, Blocker = null },
            ],
        };
    }

    /// <summary>The signed-in user the drafts are signed by when the plan names no Sales Engineer.</summary>
    public static readonly DeclarationOptions SignedIn = new() { SignerName = "Alex Morgan" };

    public static DeclarationDraft DraftOf(SuccessPlan plan, DateOnly? today = null, DeclarationOptions? options = null) =>
        Assert.IsType<DeclarationDraft>(new DeclarationDrafter(options ?? SignedIn).Draft(plan, today ?? ReadoutDay));

    public static Criterion Numeric(decimal target, decimal measured, string unit = "percent", MetricDirection direction = MetricDirection.HigherIsBetter, string metric = "MTTR reduction") =>
        new("Criterion", metric, unit, direction, MetricValue.Of(target), MetricValue.Of(measured), CriterionStatus.Proven, true);
}

/// <summary>Runs a test under another culture and always puts the old one back.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture;
    private readonly CultureInfo uiCulture;

    public CultureScope(string name)
    {
        culture = CultureInfo.CurrentCulture;
        uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
