namespace OutlookWin.Domain.Plans;

/// <summary>Which Formal Technical Win Declaration a plan supports.</summary>
public enum DeclarationVariant
{
    /// <summary>Every mandatory criterion is proven.</summary>
    Full,

    /// <summary>Some criteria proven; every unproven mandatory criterion is blocked by a known fix with a due date.</summary>
    Conditional,
}

/// <summary>Why a plan does or does not support a declaration, and what the SE should look at.</summary>
public sealed record PlanAssessment(
    DeclarationVariant? Variant,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<PlanWarning> Warnings)
{
    public bool CanDeclare => Variant is not null;

    /// <summary>Decides the variant. The measured value never decides anything by itself; the status does.</summary>
    /// <param name="plan">The plan with its readout results.</param>
    /// <param name="today">
    /// The SE's day, when the plan is to be declared now: a fix due before it cannot carry a conditional win (the email
    /// would promise a date already gone), so it is a reason until the date is corrected. Null reads the plan as it was
    /// declared, whatever the date (a reply is read against the declaration it answers).
    /// </param>
    public static PlanAssessment Of(SuccessPlan plan, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var warnings = Warn(plan);
        var mandatory = plan.MandatoryCriteria.ToList();
        if (mandatory.Count == 0)
        {
            return new(null, ["The plan has no mandatory success criterion, so there is nothing to declare."], warnings);
        }

        var reasons = new List<string>();
        foreach (var (criterion, index) in plan.Criteria.Select((c, i) => (c, i)))
        {
            if (!criterion.Mandatory)
            {
                continue;
            }

            switch (criterion.Status)
            {
                case CriterionStatus.Pending:
                    reasons.Add($"Criterion {index + 1} \u201c{criterion.Title}\u201d is still pending: record its readout result first.");
                    break;
                case CriterionStatus.NotProven:
                    reasons.Add($"Criterion {index + 1} \u201c{criterion.Title}\u201d was not proven, and nothing known will fix it: this is not a Technical Win yet.");
                    break;
                case CriterionStatus.Blocked when criterion.Blocker is null:
                    reasons.Add($"Criterion {index + 1} \u201c{criterion.Title}\u201d is blocked without a named fix and due date.");
                    break;
                case CriterionStatus.Blocked when today is { } day && criterion.Blocker!.FixDue < day:
                    reasons.Add(
                        $"The fix for criterion {index + 1} \u201c{criterion.Title}\u201d was due on {FixDate(criterion.Blocker.FixDue)}, before today: " +
                        "correct its due date before declaring a Conditional Technical Win.");
                    break;
                default:
                    break;
            }
        }

        if (reasons.Count > 0)
        {
            return new(null, reasons, warnings);
        }

        if (mandatory.All(c => c.Status == CriterionStatus.Proven))
        {
            return new(DeclarationVariant.Full, [], warnings);
        }

        if (!plan.Criteria.Any(c => c.Status == CriterionStatus.Proven))
        {
            return new(null, ["No criterion is proven yet: a conditional win needs at least one proven result."], warnings);
        }

        return new(DeclarationVariant.Conditional, [], warnings);
    }

    private static string FixDate(DateOnly date) => Declarations.FigureWording.Date(date);

    private static List<PlanWarning> Warn(SuccessPlan plan)
    {
        var warnings = new List<PlanWarning>();
        for (var i = 0; i < plan.Criteria.Count; i++)
        {
            var c = plan.Criteria[i];
            if (c.Status == CriterionStatus.Proven && CriterionResult.Compare(c) == TargetComparison.Missed)
            {
                warnings.Add(new PlanWarning(
                    $"criteria[{i}].measured",
                    $"Criterion {i + 1} \u201c{c.Title}\u201d is marked proven but its measured value ({c.Measured}) misses the target ({c.Target})."));
            }

            if (c.Status == CriterionStatus.Proven && c.Measured is null)
            {
                warnings.Add(new PlanWarning(
                    $"criteria[{i}].measured",
                    $"Criterion {i + 1} \u201c{c.Title}\u201d is marked proven but has no measured value to quote."));
            }
        }

        return warnings;
    }
}

/// <summary>Something the SE should check; never blocks a save.</summary>
public sealed record PlanWarning(string Field, string Message);
