using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Declarations;

/// <summary>Why a follow-up is needed.</summary>
public enum FollowUpKind
{
    /// <summary>No answer within the agreed business days.</summary>
    Stale,

    /// <summary>An answer that is not a written confirmation (👍, "looks good", a question).</summary>
    Ambiguous,

    /// <summary>A conditional win whose blocking criterion has since been proven: ask to confirm it.</summary>
    Reconfirm,
}

/// <summary>A drafted follow-up email.</summary>
public sealed record FollowUpDraft(FollowUpKind Kind, string Subject, string Html, string Text, Person To, IReadOnlyList<Person> Cc);

/// <summary>
/// Writes the polite, specific nudges that keep a deal out of the zombie phase: each asks for a one-line written
/// confirmation of the named criteria, because a thumbs-up or silence is not a Technical Win.
/// </summary>
public static class FollowUpWriter
{
    /// <param name="plan">The plan as it is now (for a reconfirmation, with the fixed criterion proven).</param>
    /// <param name="kind">Which follow-up.</param>
    /// <param name="declarationSubject">The declaration's subject; the follow-up answers in its thread.</param>
    /// <param name="sentOn">When the declaration was sent.</param>
    /// <param name="reconfirmIndexes">For <see cref="FollowUpKind.Reconfirm"/>: the criteria now proven that were blocked.</param>
    /// <param name="signerName">Signs the email when the plan names no Sales Engineer; with neither, <see cref="UnsignedEmailException"/>.</param>
    public static FollowUpDraft Write(
        SuccessPlan plan, FollowUpKind kind, string declarationSubject, DateOnly sentOn, IReadOnlyList<int>? reconfirmIndexes = null, string? signerName = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var lead = Prose.Greeting(plan.LeadEngineer.Name);
        var mandatory = plan.MandatoryCriteria.ToList();
        var titles = Join(mandatory.Select(c => $"“{Prose.Clean(c.Title)}”").ToList());
        var ae = Prose.Clean(plan.AccountExecutive.Name);
        var buyer = Prose.Clean(plan.EconomicBuyer.Name);
        var buyerTitle = Prose.Clean(plan.EconomicBuyer.Title);
        var buyerNamed = buyerTitle.Length == 0 ? buyer : $"{buyer}, {buyerTitle}";

        var signer = EmailSignature.Require(plan, signerName);
        // The follow-up asks for what its declaration asked for: a conditional one never asks to confirm a blocked criterion.
        var conditional = kind != FollowUpKind.Reconfirm && PlanAssessment.Of(plan).Variant == DeclarationVariant.Conditional;
        var body = new EmailBody();
        body.Paragraph(lead.Length == 0 ? "Hello," : $"Hi {lead},");
        switch (kind)
        {
            case FollowUpKind.Stale when conditional:
                body.Paragraph($"Following up on my note of {Prose.Date(sentOn)} after the Technical Readout of the {Prose.Clean(plan.DealName)}.");
                body.Paragraph(new Run($"Could you reply with a one-line written confirmation that the {Prose.Clean(plan.Prospect)} team agrees to the Conditional " +
                    $"Technical Win — {ConditionalTerms(plan)}?", Strong: true),
                    new Run($" With that in writing, {ae} can begin the commercial and legal review with {buyerNamed}."));
                body.Paragraph("“Agreed” is all we need. If anything is still open on your side, tell me what it is and I will take care of it.");
                break;
            case FollowUpKind.Stale:
                body.Paragraph($"Following up on my note of {Prose.Date(sentOn)} after the Technical Readout of the {Prose.Clean(plan.DealName)}.");
                body.Paragraph(new Run($"Could you reply with a one-line written confirmation that the {Prose.Count(mandatory.Count)} mandatory success " +
                    $"{(mandatory.Count == 1 ? "criterion" : "criteria")} — {titles} — {(mandatory.Count == 1 ? "was" : "were")} met?", Strong: true),
                    new Run($" With that in writing, {ae} can begin the commercial review with {buyerNamed}."));
                body.Paragraph("“Confirmed” is all we need. If anything is still open on your side, tell me what it is and I will take care of it.");
                break;
            case FollowUpKind.Ambiguous when conditional:
                body.Paragraph("Thank you for the quick reply.");
                body.Paragraph(new Run("So that we have it in writing for the commercial and legal review, could you reply with a sentence confirming that " +
                    $"the {Prose.Clean(plan.Prospect)} team agrees to the Conditional Technical Win — {ConditionalTerms(plan)}?", Strong: true));
                body.Paragraph("For example: “Agreed — the proven criteria are confirmed, and we accept that the contract is not signed until the fix is validated.”");
                break;
            case FollowUpKind.Ambiguous:
                body.Paragraph("Thank you for the quick reply.");
                body.Paragraph(new Run("So that we have it in writing for the commercial review, could you reply with a sentence confirming that " +
                    $"the {Prose.Clean(plan.Prospect)} team considers the technical evaluation a success — that {titles} {(mandatory.Count == 1 ? "was" : "were")} met?", Strong: true));
                body.Paragraph("For example: “Confirmed — the technical evaluation was a success.”");
                break;
            default:
                var fixedOnes = (reconfirmIndexes ?? []).Where(i => i >= 0 && i < plan.Criteria.Count).Select(i => plan.Criteria[i]).ToList();
                foreach (var c in fixedOnes)
                {
                    var fix = c.Blocker is null ? "the fix" : Prose.WithArticle(Prose.Clean(c.Blocker.Description));
                    body.Paragraph($"Good news: {fix} is deployed and validated. {Prose.Capitalise(FigureWording.Describe(c))}.");
                }

                var named = Join(fixedOnes.Select(c => $"“{Prose.Clean(c.Title)}”").ToList());
                body.Paragraph(new Run($"As agreed in our Conditional Technical Win, could you confirm in writing that {named} {(fixedOnes.Count == 1 ? "is" : "are")} now validated, " +
                    "so that the technical evaluation is a full success and the contract can move to signature?", Strong: true));
                body.Paragraph("A one-line reply such as “Confirmed” is all we need.");
                break;
        }

        body.Lines(["Kind regards,", signer]);
        var subject = "RE: " + Prose.Clean(declarationSubject);
        var cc = string.Equals(plan.AccountExecutive.Email, plan.LeadEngineer.Email, StringComparison.OrdinalIgnoreCase)
            ? Array.Empty<Person>()
            : [plan.AccountExecutive];
        return new FollowUpDraft(kind, subject, body.ToHtml(), body.ToText(72), plan.LeadEngineer, cc);
    }

    /// <summary>
    /// "that “Reduce MTTR” and “Page on-call fast” were met, and that the contract is not signed until the legacy parser
    /// patch is deployed and validated against “Legacy syslog ingestion”": the proven criteria and the stipulation.
    /// </summary>
    private static string ConditionalTerms(SuccessPlan plan)
    {
        var mandatory = plan.MandatoryCriteria.ToList();
        var proven = mandatory.Where(c => c.Status == CriterionStatus.Proven).Select(c => $"“{Prose.Clean(c.Title)}”").ToList();
        var blocked = mandatory.Where(c => c.Status == CriterionStatus.Blocked).ToList();
        var met = proven.Count == 0 ? string.Empty : $"that {Join(proven)} {(proven.Count == 1 ? "was" : "were")} met, and ";
        var stipulation = blocked.Count == 1
            ? $"{(blocked[0].Blocker is { } b ? Prose.WithArticle(Prose.Clean(b.Description)) : "the fix")} is deployed and validated against “{Prose.Clean(blocked[0].Title)}”"
            : $"each fix is deployed and validated against its criterion ({Join(blocked.Select(c => $"“{Prose.Clean(c.Title)}”").ToList())})";
        return $"{met}that the contract is not signed until {stipulation}";
    }

    private static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };
}
