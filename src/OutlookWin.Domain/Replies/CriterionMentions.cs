using System.Globalization;
using System.Text.RegularExpressions;
using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Replies;

/// <summary>
/// Finds where a reply names a criterion of the plan — by number ("criterion 2", "#2", "the second
/// criterion"), by a word of its title or metric that no other criterion shares ("MTTR", "syslog"),
/// or by its measured figure ("43%") — and reads each criterion from those sentences.
/// </summary>
internal sealed class CriterionMentions
{
    private static readonly HashSet<string> CriterionWords = new(StringComparer.Ordinal)
    {
        "criterion", "criteria", "criterium", "kriterium", "kriterien", "critere", "criteres", "criterio", "criterios", "item", "items", "punkt",
        "point", "points", "requirement", "requirements", "ziel", "objectif", "objetivo", "doel", "#",
    };

    private static readonly HashSet<string> AllWords = new(StringComparer.Ordinal)
    {
        "all", "alle", "tous", "toutes", "todos", "todas", "every", "each", "three", "drei", "trois", "tres", "tres", "drie", "both", "beide",
    };

    private static readonly string[][] Ordinals =
    [
        ["first", "1st", "erste", "ersten", "erstes", "premier", "premiere", "primer", "primero", "primera", "primeiro", "eerste"],
        ["second", "2nd", "zweite", "zweiten", "deuxieme", "second", "seconde", "segundo", "segunda", "tweede"],
        ["third", "3rd", "dritte", "dritten", "troisieme", "tercer", "tercero", "tercera", "terceiro", "derde"],
        ["fourth", "4th", "vierte", "quatrieme", "cuarto", "quarto", "vierde"],
        ["fifth", "5th", "funfte", "cinquieme", "quinto", "vijfde"],
    ];

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "time", "reduce", "reduction", "increase", "rate", "percent", "target", "fast", "faster", "less", "more", "than", "with", "from", "into",
        "over", "under", "per", "boolean", "seconds", "minutes", "hours", "days", "number", "count", "total", "average", "level", "support",
        "call", "calls",
    };

    private readonly Criterion _criterion;
    private readonly List<SentenceAnalysis> _sentences = [];

    private CriterionMentions(int index, Criterion criterion)
    {
        Index = index;
        _criterion = criterion;
    }

    public int Index { get; }

    public bool Mandatory => _criterion.Mandatory;

    /// <summary>The sentences that name this criterion.</summary>
    public IReadOnlyList<SentenceAnalysis> Sentences => _sentences;

    public List<string> Disputes { get; } = [];

    /// <summary>Sentences that give this criterion a figure of its own that meets the target ("2 h 40 min from rack to first events").</summary>
    public List<SentenceAnalysis> MeetingTarget { get; } = [];

    /// <summary>Sentences whose every figure in this criterion's unit meets its target ("we measured 53,500 events/s").</summary>
    public List<SentenceAnalysis> AllFiguresMeetTarget { get; } = [];

    /// <summary>Sentences that correct this criterion's figure to one that still meets its target ("14 s, not 12 s").</summary>
    public List<string> Corrections { get; } = [];

    public static List<CriterionMentions> Read(SuccessPlan plan, List<SentenceAnalysis> sentences)
    {
        var keywords = plan.Criteria.Select(KeywordsOf).ToList();
        var result = plan.Criteria.Select((c, i) => new CriterionMentions(i, c)).ToList();
        foreach (var s in sentences)
        {
            var numbered = NumberedCriteria(s.Tokens, plan.Criteria.Count);
            for (var i = 0; i < plan.Criteria.Count; i++)
            {
                var others = keywords.Where((_, j) => j != i).SelectMany(k => k).ToHashSet();
                var mine = keywords[i].Where(k => !others.Contains(k));
                var byWord = mine.Any(k => s.Tokens.Contains(k) || (TextFold.HasCjk(k) && s.Folded.Contains(k, StringComparison.Ordinal)));
                var byFigure = MentionsFigure(s.Tokens, plan.Criteria[i]);
                // A figure in a unit no other criterion has ("2 h 40 min" where only onboarding is in hours) names its criterion.
                var ownUnit = plan.Criteria.Count(c => string.Equals(c.Unit, plan.Criteria[i].Unit, StringComparison.OrdinalIgnoreCase)) == 1;
                if ((numbered.Contains(i) || byWord || byFigure || ownUnit) && StatesFigureMeetingTarget(s, plan.Criteria[i]))
                {
                    result[i].MeetingTarget.Add(s);
                    if (EveryFigureMeetsTarget(s, plan.Criteria[i]))
                    {
                        result[i].AllFiguresMeetTarget.Add(s);
                    }
                }

                if (numbered.Contains(i) || byWord || byFigure)
                {
                    result[i]._sentences.Add(s);

                    if (ContradictsFigure(s, plan.Criteria[i], out var stillMeetsTarget))
                    {
                        var list = stillMeetsTarget ? result[i].Corrections : result[i].Disputes;
                        if (!list.Contains(s.Text))
                        {
                            list.Add(s.Text);
                        }
                    }
                }
            }
        }

        return result;
    }

    public CriterionReading Reading(ReplyVerdict verdict)
    {
        var kind = CriterionReadingKind.NotMentioned;
        foreach (var s in _sentences)
        {
            CriterionReadingKind here;
            if (s.Signals.Contains(ReplySignal.Condition) && (s.IsPositive || s.IsNegative))
            {
                here = CriterionReadingKind.Conditional;
            }
            else if (Corrections.Contains(s.Text) && !Disputes.Contains(s.Text) && !s.Signals.Overlaps([ReplySignal.NegatedConfirmation, ReplySignal.Refusal, ReplySignal.NotYet]))
            {
                // A figure corrected to one that still meets the target: the criterion stands.
                here = verdict is ReplyVerdict.Confirmed or ReplyVerdict.Conditional ? CriterionReadingKind.Confirmed : CriterionReadingKind.NotMentioned;
            }
            else if (s.IsNegative || Disputes.Contains(s.Text))
            {
                here = CriterionReadingKind.Disputed;
            }
            else if (s.Signals.Contains(ReplySignal.Condition) || s.Signals.Contains(ReplySignal.Hedge))
            {
                here = CriterionReadingKind.Conditional;
            }
            else if (s.IsPositive || (verdict is ReplyVerdict.Confirmed or ReplyVerdict.Conditional && s.Signals.Contains(ReplySignal.SoftPositive)) || verdict == ReplyVerdict.Confirmed)
            {
                // A reply declined for a dispute elsewhere may still grant this criterion in its own words ("Paging at
                // 12 seconds is confirmed"): the criterion says so, the verdict says the whole is refused.
                here = verdict is ReplyVerdict.Confirmed or ReplyVerdict.Conditional || (verdict == ReplyVerdict.Declined && s.Signals.Contains(ReplySignal.Confirmation))
                    ? CriterionReadingKind.Confirmed
                    : CriterionReadingKind.NotMentioned;
            }
            else
            {
                here = CriterionReadingKind.NotMentioned;
            }

            kind = Worse(kind, here);
        }

        return new CriterionReading(Index, _criterion.Title, kind, _sentences.Select(s => s.Text).Distinct().ToList());
    }

    private static CriterionReadingKind Worse(CriterionReadingKind a, CriterionReadingKind b)
    {
        static int Rank(CriterionReadingKind k) => k switch
        {
            CriterionReadingKind.Disputed => 3,
            CriterionReadingKind.Conditional => 2,
            CriterionReadingKind.Confirmed => 1,
            _ => 0,
        };
        return Rank(a) >= Rank(b) ? a : b;
    }

    private static HashSet<string> KeywordsOf(Criterion c)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in new[] { c.Title, c.Metric })
        {
            var folded = TextFold.Fold(source);
            foreach (var t in TextFold.Tokens(folded))
            {
                var acronym = source.Contains(t.ToUpperInvariant(), StringComparison.Ordinal) && t.Length >= 3;
                if ((t.Length >= 4 || acronym) && !GenericWords.Contains(t) && !SentenceAnalysis.IsNumber(t))
                {
                    words.Add(t);
                }
            }
        }

        return words;
    }

    private static HashSet<int> NumberedCriteria(List<string> tokens, int count)
    {
        var found = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (CriterionWords.Contains(t) || t.StartsWith("criteri", StringComparison.Ordinal) || t.StartsWith("kriteri", StringComparison.Ordinal))
            {
                // "criteria 1, 2 and 3", "criterion #2"
                for (var j = i + 1; j < Math.Min(tokens.Count, i + 8); j++)
                {
                    if (int.TryParse(tokens[j], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= count)
                    {
                        found.Add(n - 1);
                    }
                    else if (tokens[j] is not ("," or "#" or "and" or "und" or "et" or "y" or "e" or "en" or "&" or "or" or "no" or "nr" or "n" or "numero" or "number"))
                    {
                        break;
                    }
                }

                // "all three criteria", "the first criterion", "both criteria"
                for (var j = Math.Max(0, i - 3); j < i; j++)
                {
                    if (AllWords.Contains(tokens[j]))
                    {
                        for (var k = 0; k < count; k++)
                        {
                            found.Add(k);
                        }
                    }

                    for (var o = 0; o < Ordinals.Length && o < count; o++)
                    {
                        if (Ordinals[o].Contains(tokens[j]))
                        {
                            found.Add(o);
                        }
                    }
                }
            }
        }

        return found;
    }

    private static bool MentionsFigure(List<string> tokens, Criterion c)
    {
        if (c.Measured?.Number is not { } measured)
        {
            return false;
        }

        var measuredSeen = false;
        var unitSeen = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!TryNumber(tokens[i], out var n))
            {
                continue;
            }

            var withUnit = UnitFollows(tokens, i, c.Unit);
            if (n == measured && withUnit)
            {
                return true;
            }

            // "14 seconds, not 12": the measured figure without its unit beside another figure with it.
            measuredSeen |= n == measured;
            unitSeen |= withUnit;
        }

        return measuredSeen && unitSeen;
    }

    /// <summary>A figure in the criterion's unit that is neither the measured value nor the target, stated with a negation or a measurement verb.</summary>
    /// <summary>
    /// The sentence gives this criterion another figure than the one measured, and disputes it; <paramref name="stillMeetsTarget"/>
    /// when every other figure still meets the target (a correction that leaves the criterion met).
    /// </summary>
    private static bool ContradictsFigure(SentenceAnalysis s, Criterion c, out bool stillMeetsTarget)
    {
        stillMeetsTarget = false;
        if (c.Measured?.Number is not { } measured || s.IsQuestion)
        {
            return false;
        }

        var others = new List<decimal>();
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (TryNumber(s.Tokens[i], out var n) && n != measured && n != c.Target.Number && UnitFollows(s.Tokens, i, c.Unit))
            {
                others.Add(n);
            }
        }

        if (others.Count == 0 || !(s.Signals.Contains(ReplySignal.Dispute) || s.Has(Cue.Negator) || s.Has(Cue.Dispute)))
        {
            return false;
        }

        stillMeetsTarget = c.Target.Number is { } target
            && others.All(n => c.Direction == MetricDirection.LowerIsBetter ? n <= target : n >= target);
        return true;
    }

    /// <summary>A figure with the criterion's unit (in any language) that meets its target, other than a measured figure that does not.</summary>
    private static bool StatesFigureMeetingTarget(SentenceAnalysis s, Criterion c)
    {
        if (c.Target.Number is not { } target || s.IsQuestion)
        {
            return false;
        }

        bool Meets(decimal n) => c.Direction == MetricDirection.LowerIsBetter ? n <= target : n >= target;
        var failingMeasured = c.Measured?.Number is { } m && !Meets(m) ? m : (decimal?)null;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (TryNumber(s.Tokens[i], out var n) && n != failingMeasured && n != target && Meets(n)
                && (UnitFollows(s.Tokens, i, c.Unit) || UnitWordFollows(s.Tokens, i, c.Unit)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every figure in the criterion's unit meets its target (no failing one beside a passing one).</summary>
    private static bool EveryFigureMeetsTarget(SentenceAnalysis s, Criterion c)
    {
        if (c.Target.Number is not { } target)
        {
            return false;
        }

        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (TryNumber(s.Tokens[i], out var n) && n != target && (UnitFollows(s.Tokens, i, c.Unit) || UnitWordFollows(s.Tokens, i, c.Unit))
                && !(c.Direction == MetricDirection.LowerIsBetter ? n <= target : n >= target))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Hours and events per second as replies write them in each language ("2 uur", "53.500 eventi/s", "58,000 eps").</summary>
    private static bool UnitWordFollows(List<string> tokens, int i, string unit)
    {
        var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
        return unit.ToLowerInvariant() switch
        {
            "hours" => next is "h" or "hr" or "hrs" or "hour" or "hours" or "uur" or "stunden" or "std" or "heures" or "heure" or "horas" or "hora" or "ore" or "ora",
            "events per second" => next is "eps" or "ev" or "evenementen" or "ereignisse" or "evenements" or "eventos" or "eventi" || next.StartsWith("event", StringComparison.Ordinal),
            _ => false,
        };
    }

    private static bool UnitFollows(List<string> tokens, int i, string unit)
    {
        var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
        return unit.ToLowerInvariant() switch
        {
            "percent" or "%" => next is "%" or "percent" or "prozent" or "pourcent" or "por" or "pct",
            "seconds" or "s" => next is "s" or "sec" or "secs" or "second" or "seconds" or "sekunden" or "secondes" or "segundos" or "seconden",
            "minutes" or "min" => next is "min" or "mins" or "minute" or "minutes" or "minuten" or "minutos",
            _ => next.Length > 0 && TextFold.Fold(unit).StartsWith(next, StringComparison.Ordinal),
        };
    }

    /// <summary>
    /// A figure as people write it: "58,400" and "58.400" group thousands (digits in threes after a first group that is not
    /// 0), "1.234,5" and "1,234.5" end with their decimal mark, and a lone comma is a decimal comma ("3,2 %").
    /// </summary>
    internal static bool TryNumber(string token, out decimal value)
    {
        value = 0;
        if (token.Length == 0 || !char.IsDigit(token[0]))
        {
            return false;
        }

        string normal;
        if (GroupedThousands.IsMatch(token))
        {
            normal = token.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        }
        else if (token.Contains(',') && token.Contains('.'))
        {
            var decimalMark = token.LastIndexOfAny([',', '.']);
            normal = token[..decimalMark].Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal) + "." + token[(decimalMark + 1)..];
        }
        else
        {
            normal = token.Replace(',', '.');
        }

        return decimal.TryParse(normal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static readonly Regex GroupedThousands = new(@"^[1-9]\d{0,2}(?:,\d{3})+$|^[1-9]\d{0,2}(?:\.\d{3})+$", RegexOptions.CultureInvariant);
}
