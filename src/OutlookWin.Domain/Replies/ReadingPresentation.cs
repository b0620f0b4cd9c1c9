using System.Text.RegularExpressions;
using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Replies;

/// <summary>
/// How a reading is shown to a person, once the verdict is decided (nothing here changes it): quotes without the
/// greeting, each sentence with the one or two signals that decide, and criteria read the way the person meant them —
/// the proven ones confirmed as a group, the blocked one conditioned by the stipulation.
/// </summary>
internal static class ReadingPresentation
{
    /// <summary>Signals shown per sentence at most.</summary>
    private const int SignalsPerSentence = 2;

    // "Hi Ana,", "Dear Dr. Kim,", "Hallo Sam,", "Bonjour Alex," at the start of a quote: the greeting, not the words that decide.
    private static readonly Regex Greeting = new(
        @"^\s*(hi|hello|hey|dear|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|salut|cher|ch[eè]re|hola|estimad[oa]|ol[aá]|caro|cara|beste|goedemorgen|good (morning|afternoon|evening)|morning)\b[^,:;!.?\n]{0,40}[,:!]\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "the proven criteria", "all other criteria", "the remaining two", "everything else": the criteria named as a group.
    private static readonly Regex Group = new(
        @"\b(the )?(proven|validated|other|remaining|rest of the|first two|two proven) (criteria|items|results|ones)\b|\ball (the )?(other |remaining |proven |validated |mandatory )?criteria\b|\beverything else\b|\bthe rest\b|\bthe other (two|three|ones)\b|\bboth (proven )?criteria\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>A quoted sentence without the greeting that opens the reply.</summary>
    public static string Quote(string text)
    {
        var stripped = Greeting.Replace(text, string.Empty, 1);
        return stripped.Trim().Length == 0 ? text : stripped;
    }

    /// <summary>
    /// The reading as shown: each quoted sentence once per signal, at most the two signals that decide its verdict, and
    /// without the greeting. Applied last, to a decided reading.
    /// </summary>
    public static ReplyReading Tidy(ReplyReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var evidence = reading.Evidence
            .GroupBy(e => e.Text, StringComparer.Ordinal)
            .SelectMany(g => g.Select(e => e.Signal).Distinct().OrderBy(s => Rank(s, reading.Verdict)).ThenBy(s => (int)s)
                .Take(SignalsPerSentence).Select(s => new ReplyEvidence(Quote(g.Key), s)))
            .ToList();
        return reading with
        {
            Evidence = evidence,
            Conditions = [.. reading.Conditions.Select(Quote)],
            Objections = [.. reading.Objections.Select(Quote)],
            Criteria = [.. reading.Criteria.Select(c => c with { Evidence = [.. c.Evidence.Select(Quote).Distinct(StringComparer.Ordinal)] })],
        };
    }

    /// <summary>
    /// The per-criterion reading, adjusted to what a person reads: a blocked criterion of a conditional declaration that
    /// the reply accepts with its stipulation is conditioned (never confirmed while the fix is not said to be done); proven
    /// criteria the reply confirms as a group ("the proven criteria", "all other criteria") are confirmed.
    /// </summary>
    public static List<CriterionReading> Criteria(
        SuccessPlan plan,
        List<CriterionReading> readings,
        IReadOnlyList<SentenceAnalysis> positives,
        IReadOnlyList<SentenceAnalysis> conditions,
        ReplyVerdict verdict,
        Plans.DeclarationVariant? answering)
    {
        var agreed = verdict is ReplyVerdict.Confirmed or ReplyVerdict.Conditional;
        var group = agreed
            ? positives.FirstOrDefault(p => !p.IsNegative && !p.Signals.Contains(ReplySignal.Condition) && Group.IsMatch(p.Folded))
            : null;
        var result = new List<CriterionReading>(readings.Count);
        foreach (var r in readings)
        {
            var criterion = plan.Criteria[r.Index];
            var reading = r;
            if (verdict == ReplyVerdict.Conditional && answering == Plans.DeclarationVariant.Conditional
                && criterion.Status == CriterionStatus.Blocked && r.Reading is CriterionReadingKind.Confirmed or CriterionReadingKind.NotMentioned)
            {
                // The reply accepted the stipulation: this criterion waits for its fix.
                var fixWords = criterion.Blocker is null ? [] : TextFold.Tokens(TextFold.Fold(criterion.Blocker.Description)).Where(t => t.Length > 3).ToList();
                var about = conditions.Where(s => r.Evidence.Contains(s.Text) || fixWords.Any(w => s.Tokens.Contains(w))).Select(s => s.Text).ToList();
                var deciding = about.Count > 0 ? about : conditions.Select(s => s.Text).Take(1).ToList();
                if (deciding.Count > 0)
                {
                    reading = r with { Reading = CriterionReadingKind.Conditional, Evidence = deciding };
                }
            }
            else if (group is not null && criterion.Status == CriterionStatus.Proven && r.Reading == CriterionReadingKind.NotMentioned)
            {
                reading = r with { Reading = CriterionReadingKind.Confirmed, Evidence = [group.Text] };
            }

            result.Add(reading with { Evidence = [.. reading.Evidence.Select(Quote).Distinct(StringComparer.Ordinal)] });
        }

        return result;
    }

    /// <summary>Lower ranks first: what decides this verdict, then what supports it, then the rest.</summary>
    private static int Rank(ReplySignal signal, ReplyVerdict verdict) => verdict switch
    {
        ReplyVerdict.Confirmed => signal switch
        {
            ReplySignal.Confirmation or ReplySignal.ShortYes => 0,
            ReplySignal.Proceed or ReplySignal.NoObjection => 1,
            _ => 5,
        },
        ReplyVerdict.Conditional => signal switch
        {
            ReplySignal.Condition => 0,
            ReplySignal.Confirmation or ReplySignal.Proceed or ReplySignal.ShortYes or ReplySignal.NoObjection => 1,
            ReplySignal.Dispute or ReplySignal.NotYet or ReplySignal.Hedge => 2,
            _ => 5,
        },
        ReplyVerdict.Declined => signal switch
        {
            ReplySignal.Refusal or ReplySignal.Dispute or ReplySignal.NotYet => 0,
            ReplySignal.NegatedConfirmation => 1,
            _ => 5,
        },
        ReplyVerdict.AutoReply => signal switch
        {
            ReplySignal.AutoReplyHeader or ReplySignal.AutoReplySubject or ReplySignal.OutOfOffice => 0,
            _ => 5,
        },
        _ => signal switch
        {
            ReplySignal.Reaction or ReplySignal.EmojiOnly or ReplySignal.Empty => 0,
            ReplySignal.SoftPositive or ReplySignal.Question or ReplySignal.Delegation or ReplySignal.Deferred or ReplySignal.Hedge => 1,
            _ => 5,
        },
    };
}
