using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Declarations;

/// <summary>
/// Drafts the Formal Technical Win Declaration email from a Mutual Success Plan: the full
/// declaration when every mandatory criterion is proven, the conditional one when the rest are
/// blocked by a known fix with a date, and a refusal otherwise (<see cref="PlanAssessment"/> decides).
/// The output depends only on the plan, the date passed in and the options: never on the clock or
/// the machine culture.
/// </summary>
public sealed class DeclarationDrafter
{
    /// <summary>Plain-text line width, inside the 78 characters mail clients expect.</summary>
    private const int TextWidth = 72;

    private readonly DeclarationOptions options;

    public DeclarationDrafter()
        : this(new DeclarationOptions())
    {
    }

    public DeclarationDrafter(DeclarationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    /// <summary>Drafts the declaration for <paramref name="plan"/> as of <paramref name="today"/>.</summary>
    /// <param name="plan">The plan with its readout results recorded.</param>
    /// <param name="today">The drafting day, in the SE's time zone; used for dates and warnings only.</param>
    public DraftOutcome Draft(SuccessPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var assessment = PlanAssessment.Of(plan, today);
        var warnings = Warnings(plan, today);
        if (assessment.Variant is not { } variant)
        {
            return new DeclarationRefusal(assessment.Reasons, warnings);
        }

        if (EmailSignature.NameFor(plan, options.SignerName) is null)
        {
            return new DeclarationRefusal([EmailSignature.MissingMessage], warnings, EmailSignature.Field);
        }

        var letter = new DeclarationLetter(plan, today, SignOff(plan));
        var body = variant == DeclarationVariant.Full ? letter.Full() : letter.Conditional();
        var to = new List<Person> { plan.LeadEngineer };
        var cc = new List<Person>();
        if (!to.Any(p => SamePerson(p, plan.AccountExecutive)) && !SamePerson(plan.SalesEngineer, plan.AccountExecutive))
        {
            cc.Add(plan.AccountExecutive);
        }

        return new DeclarationDraft(variant, Subject(plan, variant), body.ToHtml(), body.ToText(TextWidth), to, cc, warnings);
    }

    private static string Subject(SuccessPlan plan, DeclarationVariant variant)
    {
        var deal = Prose.Clean(plan.DealName);
        if (deal.Length == 0)
        {
            var prospect = Prose.Clean(plan.Prospect);
            deal = prospect.Length > 0 ? prospect + " Proof of Value" : "Proof of Value";
        }

        var mandatory = plan.MandatoryCriteria.ToList();
        if (variant == DeclarationVariant.Full)
        {
            return $"Technical Win: {deal} — success {(mandatory.Count == 1 ? "criterion" : "criteria")} validated";
        }

        var proven = mandatory.Count(c => c.Status == CriterionStatus.Proven);
        var noun = mandatory.Count == 1 ? "criterion" : "criteria";
        return $"Conditional Technical Win: {deal} — {Prose.Number(proven)} of {Prose.Number(mandatory.Count)} {noun} validated";
    }

    /// <summary>
    /// Everything the SE should check before sending on <paramref name="today"/>, each once: the assessment's warnings
    /// and those of the drafting date. The plan and the preview show this same list.
    /// </summary>
    public static IReadOnlyList<PlanWarning> Warnings(SuccessPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var assessment = PlanAssessment.Of(plan, today);
        return [.. assessment.Warnings, .. Warn(plan, today, assessment.Variant)];
    }

    /// <summary>"Kind regards," then the Sales Engineer's name and title, or the signed-in user's name.</summary>
    private List<string> SignOff(SuccessPlan plan)
    {
        var closing = Prose.Clean(options.SignOff);
        List<string> lines = [(closing.Length > 0 ? closing : "Kind regards") + ",", EmailSignature.Require(plan, options.SignerName)];
        var title = Prose.Clean(plan.SalesEngineer?.Title);
        if (Prose.Clean(plan.SalesEngineer?.Name).Length > 0 && title.Length > 0)
        {
            lines.Add(title);
        }

        return lines;
    }

    /// <summary>Same mailbox, or, when neither has an address, the same name.</summary>
    private static bool SamePerson(Person? a, Person? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        var (mailA, mailB) = (Prose.Clean(a.Email), Prose.Clean(b.Email));
        return mailA.Length > 0 || mailB.Length > 0
            ? string.Equals(mailA, mailB, StringComparison.OrdinalIgnoreCase)
            : string.Equals(Prose.Clean(a.Name), Prose.Clean(b.Name), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What the email would get wrong on this date; the SE decides whether to send anyway.</summary>
    private static List<PlanWarning> Warn(SuccessPlan plan, DateOnly today, DeclarationVariant? variant)
    {
        var warnings = new List<PlanWarning>();
        var todayText = Prose.Date(today);
        if (plan.ReadoutDate is not { } readout)
        {
            warnings.Add(new("readoutDate", "No readout date is recorded, so the email does not say when the criteria were validated."));
        }
        else if (readout > today)
        {
            warnings.Add(new("readoutDate", $"The readout date, {Prose.Date(readout)}, is in the future (today is {todayText}), but the email reports the readout as done."));
        }

        if (plan.PovLengthDays < 1)
        {
            warnings.Add(new("povEnd", "The POV ends before it starts, so the email does not mention its length."));
        }
        else if (plan.PovEnd > today)
        {
            warnings.Add(new("povEnd", $"The POV end date, {Prose.Date(plan.PovEnd)}, is in the future (today is {todayText}), but the email thanks the team for a finished POV."));
        }

        if (Prose.Greeting(plan.LeadEngineer?.Name).Length == 0)
        {
            warnings.Add(new("leadEngineer.name", "The lead engineer has no name, so the email cannot address them by first name."));
        }

        // A fix due before today is no warning: PlanAssessment refuses the conditional declaration until the date is corrected.
        if (variant == DeclarationVariant.Conditional && !plan.MandatoryCriteria.Any(c => c.Status == CriterionStatus.Proven))
        {
            warnings.Add(new("criteria", "No mandatory criterion is proven: this conditional win rests on optional criteria alone."));
        }

        return warnings;
    }
}
