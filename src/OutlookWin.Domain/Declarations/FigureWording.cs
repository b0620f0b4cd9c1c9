using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Declarations;

/// <summary>
/// Says a criterion's result in plain words, the way an engineer would read it out:
/// "MTTR reduction: 43%, against a 40% target — exceeded by 3 percentage points".
/// Invariant English whatever the machine culture; shared by the declaration and the cover note
/// that forwards the confirmation to the economic buyer.
/// </summary>
public static class FigureWording
{
    /// <summary>The criterion's measured value against its target, with how far it is ahead or behind.</summary>
    public static string Describe(Criterion criterion) => Describe(criterion, null);

    /// <summary>As <see cref="Describe(Criterion)"/>, headed by <paramref name="label"/> instead of the metric when given.</summary>
    internal static string Describe(Criterion criterion, string? label)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        var metric = Prose.Clean(label);
        if (metric.Length == 0)
        {
            metric = Prose.Clean(criterion.Metric);
        }

        if (metric.Length == 0)
        {
            metric = Prose.Clean(criterion.Title);
        }

        var unit = MetricUnit.Of(criterion.Unit);
        var target = criterion.Target;
        var measured = criterion.Measured;

        if (target.Flag is { } wanted)
        {
            return measured switch
            {
                null => $"{metric}: not measured, where {YesNo(wanted)} is required",
                { Flag: { } got } when got == wanted => $"{metric}: {YesNo(got)}, as required",
                _ => $"{metric}: {Value(measured, unit)}, where {YesNo(wanted)} was required",
            };
        }

        var against = "against " + TargetPhrase(target, unit, criterion.Direction);
        if (measured is null)
        {
            return $"{metric}: not measured, {against}";
        }

        var head = $"{metric}: {Value(measured, unit)}, {against}";
        if (target.Number is not { } t || measured.Number is not { } m)
        {
            return head;
        }

        var gap = unit.Difference(Math.Abs(m - t));
        var higher = criterion.Direction == MetricDirection.HigherIsBetter;
        return CriterionResult.Compare(criterion) switch
        {
            TargetComparison.Met => head + " — met the target exactly",
            TargetComparison.Exceeded => head + (higher ? $" — exceeded by {gap}" : $" — {gap} under the target"),
            TargetComparison.Missed => head + (higher ? $" — {gap} short of the target" : $" — {gap} over the target"),
            _ => head,
        };
    }

    /// <summary>A number with its unit: "43%", "1 second", "12.5 seconds", "3", "1,200 events/s".</summary>
    public static string Quantity(decimal value, string unit) => MetricUnit.Of(unit).Quantity(value);

    /// <summary>"10 December 2026": day, English month name, year; never the machine culture.</summary>
    public static string Date(DateOnly date) => Prose.Date(date);

    private static string TargetPhrase(MetricValue target, MetricUnit unit, MetricDirection direction)
    {
        if (target.Number is not { } t)
        {
            return "a target of " + Value(target, unit);
        }

        if (direction == MetricDirection.LowerIsBetter)
        {
            return $"a target of {unit.Quantity(t)} or {(unit.IsCountable ? "fewer" : "less")}";
        }

        // "a 40% target" reads naturally; "a 30 seconds target" does not.
        return unit.IsPercent ? $"a {unit.Quantity(t)} target" : $"a target of {unit.Quantity(t)}";
    }

    private static string Value(MetricValue value, MetricUnit unit) =>
        value.Flag is { } f ? YesNo(f) : unit.Quantity(value.Number ?? 0m);

    private static string YesNo(bool flag) => flag ? "yes" : "no";
}
