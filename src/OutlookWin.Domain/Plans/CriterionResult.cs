namespace OutlookWin.Domain.Plans;

/// <summary>How a measured value compares with its target, in the metric's own direction.</summary>
public enum TargetComparison
{
    /// <summary>No measured value, or values that cannot be compared.</summary>
    Unknown,
    Missed,
    Met,
    Exceeded,
}

/// <summary>Compares measured results with targets, respecting each metric's direction.</summary>
public static class CriterionResult
{
    public static TargetComparison Compare(Criterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        if (criterion.Measured is null)
        {
            return TargetComparison.Unknown;
        }

        if (criterion.Target.Flag is { } wanted)
        {
            return criterion.Measured.Flag is { } got
                ? (got == wanted ? TargetComparison.Met : TargetComparison.Missed)
                : TargetComparison.Unknown;
        }

        if (criterion.Target.Number is not { } target || criterion.Measured.Number is not { } measured)
        {
            return TargetComparison.Unknown;
        }

        var better = criterion.Direction == MetricDirection.HigherIsBetter ? measured - target : target - measured;
        return better switch
        {
            > 0 => TargetComparison.Exceeded,
            0 => TargetComparison.Met,
            _ => TargetComparison.Missed,
        };
    }
}
