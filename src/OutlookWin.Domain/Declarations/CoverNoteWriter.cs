using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Domain.Declarations;

/// <summary>What the prospect's written answer said, as far as the cover note needs it.</summary>
/// <param name="Verdict">Confirmed or conditional.</param>
/// <param name="Replier">Who wrote the reply.</param>
/// <param name="ReplyDate">When it arrived (the SE's calendar day).</param>
/// <param name="Conditions">Conditions quoted from the reply, if any.</param>
/// <param name="ConfirmedCriteria">Indexes of the criteria the reply itself confirmed by name; they lead the note.</param>
public sealed record ConfirmationFacts(
    ReplyVerdict Verdict,
    Person Replier,
    DateOnly ReplyDate,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<int>? ConfirmedCriteria = null);

/// <summary>The note above a forwarded confirmation, as HTML and plain text.</summary>
public sealed record CoverNote(string Html, string Text);

/// <summary>
/// Writes the cover note with which the SE forwards the prospect's written confirmation to the economic buyer:
/// who confirmed, when (relative to today), the strongest result first, and — for a conditional win — the
/// stipulation in plain words. "Your lead engineer Dana Kim confirmed yesterday that we exceeded the MTTR reduction
/// target by 3 percentage points. Are we ready to review the contract?"
/// </summary>
public static class CoverNoteWriter
{
    public static CoverNote Write(SuccessPlan plan, ConfirmationFacts facts, DateOnly today, string? signerName = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(facts);
        var signer = EmailSignature.Require(plan, signerName);
        var conditional = facts.Verdict == ReplyVerdict.Conditional;
        var who = Who(plan, facts.Replier);
        var when = When(facts.ReplyDate, today);
        // What the prospect confirmed in their own words first, then the result furthest ahead of its target.
        var named = facts.ConfirmedCriteria ?? [];
        var proven = plan.Criteria
            .Select((c, i) => (Criterion: c, Index: i))
            .Where(x => x.Criterion.Status == CriterionStatus.Proven)
            .OrderByDescending(x => named.Contains(x.Index))
            .ThenByDescending(x => Strength(x.Criterion))
            .Select(x => x.Criterion)
            .ToList();
        var mandatory = plan.MandatoryCriteria.ToList();

        var body = new EmailBody();
        var greeting = Prose.Greeting(plan.EconomicBuyer.Name);
        body.Paragraph(greeting.Length == 0 ? "Hello," : $"Hi {greeting},");

        var strongest = proven.Count > 0 ? Result(proven[0]) : null;
        string lead;
        if (!conditional)
        {
            lead = strongest is null
                ? $"{who} confirmed {when} that the {Prose.Clean(plan.Prospect)} team considers the technical evaluation a success."
                : $"{who} confirmed {when} that {strongest}.";
            body.Paragraph(lead);
            var others = mandatory.Count(c => c.Status == CriterionStatus.Proven) - (proven.Count > 0 && proven[0].Mandatory ? 1 : 0);
            if (others > 0)
            {
                body.Paragraph(mandatory.All(c => c.Status == CriterionStatus.Proven)
                    ? $"All {Prose.Count(mandatory.Count)} mandatory success criteria of our Mutual Success Plan were met; the figures are in the thread below, with their written confirmation."
                    : $"{Prose.Capitalise(Prose.Count(others))} more mandatory {(others == 1 ? "criterion was" : "criteria were")} met; the figures are in the thread below, with their written confirmation.");
            }
            else
            {
                body.Paragraph("Their written confirmation is below.");
            }

            body.Paragraph(new Run("Are we ready to review the contract?", Strong: true));
        }
        else
        {
            lead = strongest is null
                ? $"{who} agreed {when} to a Conditional Technical Win."
                : $"{who} agreed {when} to a Conditional Technical Win: {strongest}.";
            body.Paragraph(lead);
            var blocked = mandatory.Where(c => c.Status == CriterionStatus.Blocked && c.Blocker is not null).ToList();
            foreach (var c in blocked)
            {
                var fix = Prose.WithArticle(Prose.Clean(c.Blocker!.Description));
                body.Paragraph($"“{Prose.Clean(c.Title)}” waits on {fix}, due {Prose.Date(c.Blocker.FixDue)}. " +
                    $"As agreed, commercial and legal review can start now; the contract is not signed until {fix} is deployed and validated.");
            }

            if (facts.Conditions.Count > 0)
            {
                body.Paragraph($"In their words: “{Prose.Clean(facts.Conditions[0])}”");
            }

            body.Paragraph("Their written agreement is below.");
            body.Paragraph(new Run("Shall we start the commercial review?", Strong: true));
        }

        body.Lines(["Kind regards,", signer]);
        // The text is what the SE edits before forwarding: paragraphs, not lines wrapped for a terminal.
        return new CoverNote(body.ToHtml(), body.ToText(int.MaxValue / 2));
    }

    /// <summary>"Your lead engineer Dana Kim", "Sam Ortiz of the Contoso team", or the name alone.</summary>
    private static string Who(SuccessPlan plan, Person replier)
    {
        var name = Prose.Clean(replier.Name);
        if (string.Equals(replier.Email, plan.LeadEngineer.Email, StringComparison.OrdinalIgnoreCase))
        {
            return $"Your lead engineer {Prose.Clean(plan.LeadEngineer.Name)}";
        }

        if (name.Length == 0)
        {
            name = replier.Email;
        }

        return string.Equals(Domain(replier.Email), Domain(plan.LeadEngineer.Email), StringComparison.OrdinalIgnoreCase)
            ? $"{name} of the {Prose.Clean(plan.Prospect)} team"
            : name;
    }

    /// <summary>"today", "yesterday", "on Monday" within the week, else "on 24 November".</summary>
    public static string When(DateOnly date, DateOnly today)
    {
        var days = today.DayNumber - date.DayNumber;
        return days switch
        {
            0 => "today",
            1 => "yesterday",
            > 1 and < 7 => "on " + date.DayOfWeek,
            _ => "on " + Prose.Date(date, withYear: date.Year != today.Year),
        };
    }

    /// <summary>"we exceeded the MTTR reduction target by 3 percentage points", in the metric's direction.</summary>
    private static string Result(Criterion c)
    {
        var metric = Prose.Clean(c.Metric.Length > 0 ? c.Metric : c.Title);
        if (c.Target.IsFlag)
        {
            return $"the “{Prose.Clean(c.Title)}” criterion was met";
        }

        if (c.Target.Number is not { } target || c.Measured?.Number is not { } measured)
        {
            return $"the “{Prose.Clean(c.Title)}” criterion was met";
        }

        var unit = MetricUnit.Of(c.Unit);
        var gap = unit.Difference(Math.Abs(measured - target));
        return CriterionResult.Compare(c) switch
        {
            TargetComparison.Exceeded when c.Direction == MetricDirection.HigherIsBetter => $"we exceeded the {metric} target by {gap}",
            TargetComparison.Exceeded => $"we beat the {metric} target by {gap}",
            TargetComparison.Met => $"we met the {metric} target exactly",
            _ => $"the “{Prose.Clean(c.Title)}” criterion was accepted",
        };
    }

    /// <summary>How far ahead a result is, relative to its target; yes/no results rank after measured ones.</summary>
    private static decimal Strength(Criterion c)
    {
        if (c.Target.Number is not { } target || c.Measured?.Number is not { } measured)
        {
            return c.Mandatory ? -1m : -2m;
        }

        var better = c.Direction == MetricDirection.HigherIsBetter ? measured - target : target - measured;
        return target == 0 ? better : better / Math.Abs(target);
    }

    private static string Domain(string email) => email[(email.LastIndexOf('@') + 1)..];
}
