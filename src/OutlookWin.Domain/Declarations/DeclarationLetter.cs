using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Declarations;

/// <summary>
/// The words of the declaration email, for one plan on one day. Full and conditional share the
/// opening and the sign-off; they differ in what they report and what they ask for.
/// </summary>
internal sealed class DeclarationLetter
{
    private readonly SuccessPlan plan;
    private readonly DateOnly today;
    private readonly IReadOnlyList<string> signOff;
    private readonly List<Criterion> mandatory;
    private readonly List<Criterion> provenMandatory;
    private readonly List<Criterion> provenOptional;

    public DeclarationLetter(SuccessPlan plan, DateOnly today, IReadOnlyList<string> signOff)
    {
        this.plan = plan;
        this.today = today;
        this.signOff = signOff;
        mandatory = [.. plan.MandatoryCriteria];
        provenMandatory = [.. mandatory.Where(c => c.Status == CriterionStatus.Proven)];
        provenOptional = [.. plan.Criteria.Where(c => !c.Mandatory && c.Status == CriterionStatus.Proven)];
    }

    private string Team => Prospect.Length > 0 ? $"the {Prospect} team" : "your team";

    private string Prospect => Prose.Clean(plan.Prospect);

    private string AccountExecutive => NameOr(plan.AccountExecutive, "our account executive");

    private string EconomicBuyer
    {
        get
        {
            var name = NameOr(plan.EconomicBuyer, "your economic buyer");
            var title = Prose.Clean(plan.EconomicBuyer?.Title);
            return title.Length > 0 ? $"{name}, {title}" : name;
        }
    }

    /// <summary>"Dana, could you" or "Could you": the ask names the lead engineer when we know their name.</summary>
    private string AskOpening
    {
        get
        {
            var name = Prose.Greeting(plan.LeadEngineer?.Name);
            return name.Length > 0 ? name + ", could you" : "Could you";
        }
    }

    public EmailBody Full()
    {
        var body = Opening();
        var count = mandatory.Count;
        var validated = count switch
        {
            1 => "the mandatory success criterion of our Mutual Success Plan was validated:",
            2 => "both mandatory success criteria of our Mutual Success Plan were validated:",
            _ => $"all {Prose.Count(count)} mandatory success criteria of our Mutual Success Plan were validated:",
        };
        body.Paragraph($"{ReadoutOpening()}, {validated}")
            .Bullets(provenMandatory.Select(Figure));
        AlsoShown(body);

        return body
            .Paragraph(
                new Run($"{AskOpening} reply to confirm in writing that {Team} considers the technical evaluation a success?", Strong: true),
                new Run($" With that confirmation, {AccountExecutive} will begin the commercial review with {EconomicBuyer}."))
            .Paragraph("A one-line reply such as \u201cConfirmed\u201d is all we need.")
            .Lines(signOff);
    }

    public EmailBody Conditional()
    {
        var body = Opening();
        var pending = mandatory.Where(c => c.Status != CriterionStatus.Proven).ToList();

        if (provenMandatory.Count > 0)
        {
            var verb = provenMandatory.Count == 1 ? "was" : "were";
            body.Paragraph(
                    $"{ReadoutOpening()}, {Prose.Count(provenMandatory.Count)} of the {Prose.Count(mandatory.Count)} " +
                    $"mandatory success criteria of our Mutual Success Plan {verb} validated:")
                .Bullets(provenMandatory.Select(Figure));
            AlsoShown(body);
        }
        else
        {
            // The assessment allows a conditional win on optional results alone; say so plainly.
            body.Paragraph($"{ReadoutOpening()}, these results from our Mutual Success Plan were validated:")
                .Bullets(provenOptional.Select(Figure));
        }

        body.Paragraph(pending.Count == 1
                ? "One mandatory criterion is still pending, with a known fix and a due date:"
                : $"{Capital(Prose.Count(pending.Count))} mandatory criteria are still pending, each with a known fix and a due date:")
            .Bullets(pending.Select(Pending));

        var stipulation = pending.Count == 1
            ? $"{Fix(pending[0])} is deployed and validated against the \u201c{Name(pending[0])}\u201d criterion."
            : "each fix above is deployed and validated against its criterion.";

        return body
            .Paragraph(
                $"We propose a Conditional Technical Win. {AccountExecutive} would begin the commercial and legal review " +
                $"right away with {EconomicBuyer}, on the stipulation that the contract is not signed until {stipulation}")
            .Paragraph(
                new Run($"{AskOpening} reply to confirm in writing that {Team} agrees to this Conditional Technical Win?", Strong: true),
                new Run(" A one-line reply such as \u201cAgreed\u201d is all we need."))
            .Lines(signOff);
    }

    /// <summary>"Reduce MTTR (MTTR reduction): 43%, against a 40% target — …": every criterion by its title and its metric.</summary>
    private static string Figure(Criterion criterion) => Prose.Capitalise(FigureWording.Describe(criterion, Label(criterion)));

    /// <summary>The title, with the metric in brackets when it says something the title does not.</summary>
    private static string Label(Criterion criterion)
    {
        var title = Prose.Clean(criterion.Title);
        var metric = Prose.Clean(criterion.Metric);
        if (title.Length == 0 || metric.Length == 0 || string.Equals(title, metric, StringComparison.OrdinalIgnoreCase))
        {
            return title.Length > 0 ? title : metric;
        }

        return $"{title} ({metric})";
    }

    private static string Name(Criterion criterion)
    {
        var title = Prose.Clean(criterion.Title);
        return title.Length > 0 ? title : Prose.Clean(criterion.Metric);
    }

    private static string Fix(Criterion criterion)
    {
        var fix = Prose.Clean(criterion.Blocker?.Description);
        return fix.Length > 0 ? Prose.WithArticle(fix) : "the fix";
    }

    /// <summary>"Legacy syslog ingestion (legacy format parsed): waiting on the legacy parser patch, due 10 December 2026".</summary>
    private static string Pending(Criterion criterion)
    {
        var due = criterion.Blocker is { } b ? ", due " + Prose.Date(b.FixDue) : string.Empty;
        return $"{Prose.Capitalise(Label(criterion))}: waiting on {Fix(criterion)}{due}";
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string NameOr(Person? person, string fallback)
    {
        var name = Prose.Clean(person?.Name);
        return name.Length > 0 ? name : fallback;
    }

    private EmailBody Opening()
    {
        var name = Prose.Greeting(plan.LeadEngineer?.Name);
        var whole = Prospect.Length > 0 ? $"the whole {Prospect} team" : "your whole team";
        return new EmailBody()
            .Paragraph(name.Length > 0 ? $"Hi {name}," : "Hello,")
            .Paragraph($"Thank you, and {whole}, for your partnership {Period()}.");
    }

    private void AlsoShown(EmailBody body)
    {
        if (provenOptional.Count > 0)
        {
            body.Paragraph("Beyond the mandatory criteria, the readout also showed:")
                .Bullets(provenOptional.Select(Figure));
        }
    }

    /// <summary>"over the last 15 days" right after the POV; "over the 15 days of this Proof of Value" later on.</summary>
    private string Period()
    {
        var days = plan.PovLengthDays;
        if (days < 1)
        {
            return "during this Proof of Value";
        }

        var sinceEnd = today.DayNumber - plan.PovEnd.DayNumber;
        var justEnded = sinceEnd is >= 0 and <= 3;
        return (justEnded, days) switch
        {
            (true, 1) => "over the last day",
            (true, _) => $"over the last {Prose.Number(days)} days",
            (false, 1) => "during this one-day Proof of Value",
            (false, _) => $"over the {Prose.Number(days)} days of this Proof of Value",
        };
    }

    /// <summary>"At the Technical Readout on 24 November"; the year only when it is not this year.</summary>
    private string ReadoutOpening() => plan.ReadoutDate is { } readout
        ? "At the Technical Readout on " + Prose.Date(readout, withYear: readout.Year != today.Year)
        : "At the Technical Readout";
}
