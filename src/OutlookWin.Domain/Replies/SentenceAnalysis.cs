using System.Globalization;
using System.Text.RegularExpressions;

namespace OutlookWin.Domain.Replies;

/// <summary>What one sentence of a reply says, after negation, hedges, requests and deferrals are read.</summary>
internal sealed class SentenceAnalysis
{
    private static readonly Cue[] MaskingCues = [Cue.PastIntent, Cue.Retraction, Cue.Aside, Cue.Name, Cue.Litotes, Cue.Reassurance, Cue.Unconditional, Cue.Courtesy, Cue.Acknowledgement, Cue.Request, Cue.Deferred, Cue.NoObjection];

    private List<(int From, int To, List<string> Tokens)>? _quoted;

    private static readonly Cue[] PlainCues =
    [
        Cue.Confirm, Cue.Proceed, Cue.ShortYes, Cue.ShortNo, Cue.Condition, Cue.WeakCondition, Cue.Requirement, Cue.Refusal, Cue.NotYet,
        Cue.Dispute, Cue.Hedge, Cue.SoftPositive, Cue.Thanks, Cue.Negator, Cue.Precondition, Cue.Subordinator, Cue.Concession, Cue.Disclaimer, Cue.Logistics, Cue.Evaluation, Cue.FixDone, Cue.OutOfOffice, Cue.Opposition, Cue.Reported, Cue.Handover, Cue.OtherSubject, Cue.Reword, Cue.Restrictive, Cue.Later, Cue.CommercialSide, Cue.Recap,
    ];

    private SentenceAnalysis(string text)
    {
        Text = text;
    }

    public string Text { get; }

    public string Folded { get; private set; } = "";

    public List<string> Tokens { get; private set; } = [];

    public Dictionary<Cue, List<PhraseMatch>> Matches { get; } = [];

    public HashSet<ReplySignal> Signals { get; } = [];

    public bool IsQuestion { get; private set; }

    /// <summary>"We don't agree to a conditional technical win", "nemmeno in forma condizionata": the conditional form itself is refused.</summary>
    public bool RefusesConditionalForm { get; private set; }

    public bool Has(Cue cue) => Matches.TryGetValue(cue, out var m) && m.Count > 0;

    public bool IsPositive => Signals.Overlaps([ReplySignal.Confirmation, ReplySignal.Proceed, ReplySignal.NoObjection, ReplySignal.ShortYes]);

    /// <summary>
    /// The sentence's only dispute is what the writer measured or saw ("sabato abbiamo misurato 53.500 eventi/s"), with no
    /// negation: whether it disputes depends on whether the figure meets the target.
    /// </summary>
    public bool DisputesOnlyByOwnMeasurement =>
        Signals.Contains(ReplySignal.Dispute) && !Has(Cue.Negator) && Matches[Cue.Dispute].Count > 0 && Matches[Cue.Dispute].All(m => OwnMeasurement.IsMatch(m.Phrase));

    public bool IsNegative => Signals.Overlaps([ReplySignal.NegatedConfirmation, ReplySignal.Refusal, ReplySignal.NotYet, ReplySignal.Dispute]);

    /// <summary>Only greetings, thanks, praise or sign-off: says nothing about the decision.</summary>
    public bool IsCourtesyOnly => Signals.IsSubsetOf([ReplySignal.Thanks, ReplySignal.SoftPositive]) || Tokens.Count <= 2 && Signals.Count == 0;

    /// <summary>"14:00", "9.30", "3 pm", "10 Uhr": the sentence names a time of day.</summary>
    public bool HasClockTime { get; private set; }

    // "…we'll hold off for now, ok?", "…vamos segurar, tá?": a statement with a tag, not a question.
    private static readonly Regex TagQuestion = new(
        @",\s*¿?\s*(ok|okay|right|alright|yes|no|ja|oder|nicht wahr|gell|ne|non|hein|d accord|n est ce pas|vale|verdad|si|sí|tá|ta|né|ok\?|hè|toch|he|vero|eh|giusto|certo|cierto|correct|richtig|klopt)\s*[?？]+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>About a meeting, a day, a time or a place.</summary>
    public bool IsAboutLogistics => Has(Cue.Logistics) || HasClockTime;

    private static readonly Regex ClockTime = new(
        @"\b([01]?\d|2[0-3])[:.h][0-5]\d\b|\b(1[0-2]|0?[1-9])\s?(am|pm|a\.m\.|p\.m\.)|\b([01]?\d|2[0-3])\s?uhr\b|\d{1,2}時",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static SentenceAnalysis Analyse(string text, IReadOnlyList<Lexicon> lexicons)
    {
        var s = new SentenceAnalysis(text);
        var folded = TextFold.Fold(text);
        var tokens = TextFold.Tokens(folded);
        s.Folded = folded;
        s.Tokens = tokens;
        var trimmed = text.TrimEnd();
        s.IsQuestion = (trimmed.EndsWith('?') || trimmed.EndsWith('\uff1f')) && !TagQuestion.IsMatch(trimmed);
        s.HasClockTime = ClockTime.IsMatch(text.Length > 1000 ? text[..1000] : text);

        // Delegation is read on the whole sentence: "Priya will confirm" is delegation even though "will confirm" is also a deferral.
        s.Matches[Cue.Delegation] = MatchAll(lexicons, Cue.Delegation, tokens, folded, null);
        s.Matches[Cue.ConditionalWord] = MatchAll(lexicons, Cue.ConditionalWord, tokens, folded, null);

        var masked = new bool[tokens.Count];
        var maskedText = folded.ToCharArray();
        var conditionsMet = ConditionsMet(tokens);
        foreach (var m in conditionsMet)
        {
            for (var i = m.Start; i < m.End; i++)
            {
                masked[i] = true;
            }
        }

        foreach (var cue in MaskingCues)
        {
            var found = MatchAll(lexicons, cue, tokens, new string(maskedText), masked);
            if (cue == Cue.Unconditional)
            {
                found.AddRange(conditionsMet);
            }

            if (cue == Cue.Request)
            {
                // "Sanne, bitte noch nicht bestätigen", "please don't confirm yet": asked not to, which is no request for a yes.
                found.RemoveAll(m => m.Start >= 0 && Enumerable.Range(m.Start, Math.Min(m.End + 2, tokens.Count) - m.Start).Any(i => RequestNegators.Contains(tokens[i])));
            }

            if (cue == Cue.PastIntent)
            {
                found = [.. found.Select(m => ThroughWhatWasMeant(m, lexicons, tokens, folded))];
            }

            s.Matches[cue] = found;
            foreach (var m in found)
            {
                if (m.Start >= 0)
                {
                    for (var i = m.Start; i < m.End; i++)
                    {
                        masked[i] = true;
                    }
                }
                else
                {
                    for (var i = -1 - m.Start; i < -1 - m.End && i < maskedText.Length; i++)
                    {
                        maskedText[i] = ' ';
                    }
                }
            }
        }

        var visible = new string(maskedText);
        foreach (var cue in PlainCues)
        {
            s.Matches[cue] = MatchAll(lexicons, cue, tokens, visible, masked);
        }

        // "+1" is said with its plus: "10 Pacific / 1 Eastern" and a list's "1." are numbers.
        if (!text.Contains("+1", StringComparison.Ordinal) && !text.Contains("\uff0b1", StringComparison.Ordinal))
        {
            s.Matches[Cue.SoftPositive].RemoveAll(m => m.Phrase == "+1");
        }

        // "Ce taux de faux positifs", "falsos positivos": the name of a metric, not a result called false.
        s.Matches[Cue.Dispute].RemoveAll(m => m.Start >= 0 && m.End < tokens.Count && m.End - m.Start == 1
            && tokens[m.End] is "positifs" or "positif" or "positives" or "positive" or "positivos" or "positivi" or "negatifs" or "negatives" or "negativos" or "negativi");

        // "43% y no 40%": "and not" disputes a figure only between figures; "…correctamente y no se ha descartado ninguna línea" disputes nothing.
        s.Matches[Cue.Dispute].RemoveAll(m => m.Start >= 0 && m.Phrase is "y no" or "e nao" or "e non" or "et non" or "en niet"
            && !Enumerable.Range(Math.Max(0, m.Start - 3), Math.Min(3, m.Start)).Any(i => IsNumber(tokens[i]) || tokens[i] == "%"));

        // "All three criteria are met, like we saw on the readout", "come abbiamo misurato anche noi": what the writer saw or
        // measured, brought in with "like" or "as", agrees; it disputes nothing.
        s.Matches[Cue.Dispute].RemoveAll(m => m.Start > 0 && tokens[m.Start - 1] is "like" or "as" or "wie" or "comme" or "como" or "come" or "zoals" or "zo");

        // "Going down the list against what we saw in the readout:": what the writer measured or saw disputes a result only
        // with a figure of its own or a negation ("we measured 31%", "our numbers don't match").
        if (!tokens.Any(IsNumber) && !s.Has(Cue.Negator))
        {
            s.Matches[Cue.Dispute].RemoveAll(m => OwnMeasurement.IsMatch(m.Phrase));
        }

        // "結果のご報告、ならびに…": the "なら" of "ならびに" (and) is no "if".
        s.Matches[Cue.Condition].RemoveAll(m => m.Start < 0 && m.Phrase == "なら" && -1 - m.End <= folded.Length
            && folded.AsSpan(-1 - m.End).StartsWith("びに", StringComparison.Ordinal));

        // "En tant que RSSI, je vous confirme…": "en tant que" is "as" (in the capacity of); only "tant que" is "as long as".
        foreach (var cue in new[] { Cue.Condition, Cue.Later, Cue.Subordinator })
        {
            s.Matches[cue].RemoveAll(m => m.Start > 0 && m.Phrase.StartsWith("tant qu", StringComparison.Ordinal) && tokens[m.Start - 1] == "en");
        }

        // "Update on the pending item", "el resultado de la validación pendiente": the adjective names which item, it holds nothing back.
        foreach (var cue in new[] { Cue.Condition, Cue.NotYet })
        {
            s.Matches[cue].RemoveAll(m => NamesThePendingItem(m, tokens));
        }

        // "The SSO dropped once during week two", "a décroché une fois pendant…": a frequency, not a time to come.
        foreach (var cue in new[] { Cue.Condition, Cue.Later, Cue.Subordinator })
        {
            s.Matches[cue].RemoveAll(m => IsFrequency(m, tokens));
        }

        // "C'était le seul critère en suspens", "That was the last open item": what was pending, named in the past, is
        // pending no more.
        if (!s.Has(Cue.Negator))
        {
            foreach (var cue in new[] { Cue.NotYet, Cue.Refusal })
            {
                s.Matches[cue].RemoveAll(m => m.Start > 0 && tokens.Take(m.Start).TakeLast(5).Any(t => t is "etait" or "was" or "war" or "era" or "fue" or "foi" or "fu"));
            }
        }

        // "Success or not, that is Dana's call": the "not" of "or not" negates nothing.
        s.Matches[Cue.Negator].RemoveAll(m => m.Start > 0 && tokens[m.Start - 1] is "or" or "o" or "ou" or "oder" or "of");

        // "…validé non seulement sur un site pilote mais aussi à Lyon", "not only … but also": the "not" of "not only" adds.
        foreach (var cue in new[] { Cue.Negator, Cue.ShortNo })
        {
            s.Matches[cue].RemoveAll(m => m.Start >= 0 && m.End < tokens.Count && m.End - m.Start == 1
                && tokens[m.End] is "only" or "seulement" or "nur" or "solo" or "solamente" or "so" or "apenas" or "alleen" or "soltanto");
        }

        if (lexicons.Any(l => l.Language == "pt") && !lexicons.Any(l => l.Language == "es"))
        {
            // In Portuguese "no" and "nos" are "in the"; the negation is "não".
            s.Matches[Cue.Negator].RemoveAll(m => m.Phrase is "no" or "nos");
        }

        if ((s.Has(Cue.Precondition) || s.Matches[Cue.Deferred].Any(m => m.Start == 0 && tokens[0] is "before" or "bevor" or "voordat" or "avant" or "antes")) && s.SaysDone())
        {
            // "Before putting my name on it I re-ran the MTTR comparison myself": the step asked for first is done.
            var before = s.Matches[Cue.Precondition].Select(m => m.Start).Append(0).ToHashSet();
            s.Matches[Cue.Requirement].RemoveAll(m => before.Contains(m.Start));
            s.Matches[Cue.Deferred].RemoveAll(m => before.Contains(m.Start));
            s.Matches[Cue.Precondition].Clear();
        }

        s.Read(masked);
        return s;
    }

    private static readonly IReadOnlySet<string> ConditionNouns = Lexicon.InAnyLanguage(WordClass.ConditionNoun);

    private static readonly IReadOnlySet<string> MetWords = Lexicon.InAnyLanguage(WordClass.Fulfilled);

    /// <summary>Words that make the condition's fulfilment something waited for or to come ("once the condition is met", "will be met").</summary>
    private static readonly IReadOnlySet<string> NotYetMet = Lexicon.InAnyLanguage(WordClass.ToCome);

    /// <summary>
    /// "…die Bedingung aus eurer Mail erfüllt", "the condition from your mail is now met", "la condición queda cumplida": the
    /// declaration's condition named as fulfilled, within one clause, with no negation and nothing making it a time to come.
    /// A condition met is no condition held (an <see cref="Cue.Unconditional"/> span, masking its words).
    /// </summary>
    private static List<PhraseMatch> ConditionsMet(List<string> tokens)
    {
        var found = new List<PhraseMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!ConditionNouns.Contains(tokens[i]))
            {
                continue;
            }

            if (NoConditionBefore(tokens, i) is { } from)
            {
                // "senza più condizioni", "zonder verdere voorwaarden", "sem condição pendente", "il n'y a plus de condition".
                var end = i + 1 < tokens.Count && tokens[i + 1] is "pending" or "pendente" or "pendiente" or "pendientes" or "pendentes" or "open" or "offen" or "left" ? i + 2 : i + 1;
                found.Add(new PhraseMatch(from, end, "(no condition)"));
                continue;
            }

            var before = tokens.Skip(Math.Max(0, i - 4)).Take(Math.Min(4, i));
            if (before.Any(t => NotYetMet.Contains(t) || IsNegation(t)))
            {
                continue;
            }

            var inBrackets = false;
            for (var j = i + 1; j < Math.Min(tokens.Count, i + 16); j++)
            {
                var t = tokens[j];
                // "die Bedingung aus eurem Vorschlag (keine Unterschrift vor der Validierung) ist damit erfüllt": what the
                // brackets say describes the condition.
                if (t is "(" or ")")
                {
                    inBrackets = t == "(";
                    continue;
                }

                if (inBrackets)
                {
                    continue;
                }

                if (t is "," or ";" or ":" or "?" || NotYetMet.Contains(t) || IsNegation(t))
                {
                    break;
                }

                // The English "met" only after "is", "been", "now"…: the Dutch "met" is "with".
                if (MetWords.Contains(t) && (t != "met" || tokens[j - 1] is "is" or "are" or "was" or "were" or "been" or "be" or "now" or "fully" or "already" or "all"))
                {
                    found.Add(new PhraseMatch(i, j + 1, "(condition met)"));
                    break;
                }
            }
        }

        return found;
    }

    private static readonly IReadOnlySet<string> NoneWords = Lexicon.InAnyLanguage(WordClass.None);

    private static readonly IReadOnlySet<string> MoreWords = Lexicon.InAnyLanguage(WordClass.More);

    /// <summary>
    /// Where "no (more / further / pending) …" opens before the condition noun at <paramref name="noun"/> ("without further
    /// conditions", "plus de condition"), or null; "not without conditions", "nicht ohne Bedingung" still hold one.
    /// </summary>
    private static int? NoConditionBefore(List<string> tokens, int noun)
    {
        var j = noun - 1;
        while (j >= 0 && noun - j <= 3 && MoreWords.Contains(tokens[j]) && !NoneWords.Contains(tokens[j]))
        {
            j--;
        }

        if (j < 0 || !NoneWords.Contains(tokens[j]) || (tokens[j] == "plus" && (j == 0 || tokens[j - 1] is not ("a" or "y" or "n" or "ne" or "donc" or "alors" or "desormais"))))
        {
            return null;
        }

        var notBefore = Enumerable.Range(Math.Max(0, j - 2), Math.Min(2, j)).Any(k => tokens[k] is "not" or "nicht" or "niet" or "pas" or "non" or "nao" or "never");
        // "If that passes, I'll confirm all three without further conditions": none left is promised for then, not said now.
        // The Dutch "als" is "if" only where a clause opens; "beschouwt de evaluatie als geslaagd" is "as".
        bool ToCome(int k) => tokens[k] == "ll" || (NotYetMet.Contains(tokens[k]) && (tokens[k] != "als" || k == 0 || tokens[k - 1] is "," or ";" or ":"));
        if (notBefore || Enumerable.Range(0, j).Any(ToCome))
        {
            return null;
        }

        // "ya no queda ninguna condición", "there are no more conditions": the words that say none is left belong to it.
        var from = j;
        while (from > 0 && j - from < 3 && NoneLeft.Contains(tokens[from - 1]))
        {
            from--;
        }

        return from;
    }

    private static readonly IReadOnlySet<string> NoneLeft = Lexicon.InAnyLanguage(WordClass.NoneLeft);

    private static readonly IReadOnlySet<string> Negations = Lexicon.InAnyLanguage(WordClass.Negation);

    // The words that turn a request into one not to ("bitte nicht", "please don't", "merci de ne pas"): negators only, not
    // the "yet" and "noch" the negation class also holds.
    private static readonly HashSet<string> RequestNegators = new(StringComparer.Ordinal)
    {
        "not", "don", "dont", "never", "nicht", "kein", "keine", "pas", "ne", "nao", "niet", "geen", "non", "nunca", "mai",
    };

    private static bool IsNegation(string t) => Negations.Contains(t);

    /// <summary>The dispute phrases that name the writer's own measurement ("we measured", "our numbers", "wir haben gemessen").</summary>
    private static readonly Regex OwnMeasurement = new(
        @"measur|\bsaw\b|observ|number|figure|\bdata\b|testing|gemessen|messung|zahlen|mesur|chiffre|medi|cifra|numer|dati|dados|gemeten|meting|cijfer|misur|gesehen|vimos|visto|zagen",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly IReadOnlySet<string> Articles = Lexicon.InAnyLanguage(WordClass.Article);

    /// <summary>
    /// "Update on the pending item", "la validación pendiente", "o item pendente": "pending" as the attribute of a noun after
    /// its article says which item is meant ("pending the fix" and "queda pendiente" still hold back).
    /// </summary>
    private static bool NamesThePendingItem(PhraseMatch m, List<string> tokens)
    {
        if (m.Start <= 0 || m.End - m.Start != 1 || tokens[m.Start] is not ("pending" or "pendiente" or "pendente" or "pendientes" or "pendentes"))
        {
            return false;
        }

        // English puts the adjective after the article ("the pending item"); Spanish and Portuguese after the noun ("la validación pendiente").
        return tokens[m.Start] == "pending"
            ? Articles.Contains(tokens[m.Start - 1]) && m.End < tokens.Count && char.IsLetter(tokens[m.End][0])
            : m.Start >= 2 && char.IsLetter(tokens[m.Start - 1][0])
                // "la validación pendiente", "el último punto pendiente" (an adjective before the noun).
                && (Articles.Contains(tokens[m.Start - 2]) || (m.Start >= 3 && Articles.Contains(tokens[m.Start - 3]) && char.IsLetter(tokens[m.Start - 2][0])));
    }

    /// <summary>The bare "once" of each language: a time to come ("once the patch is in") or a number of times ("failed once").</summary>
    private static readonly IReadOnlySet<string> OnceWords = Lexicon.InAnyLanguage(WordClass.Once);

    /// <summary>What follows a "once" that counts: a span of time, "or twice", "again", or the end of the clause.</summary>
    private static readonly IReadOnlySet<string> AfterACount = Lexicon.InAnyLanguage(WordClass.AfterACount);

    /// <summary>
    /// "It dropped once during week two", "a décroché une fois pendant la deuxième semaine", "falló una vez, el martes": a bare
    /// "once" after which comes a span of time, a count word or the end of the clause counts times; it names no time to come.
    /// </summary>
    private static bool IsFrequency(PhraseMatch m, List<string> tokens)
    {
        if (m.Start < 0 || !OnceWords.Contains(m.Phrase))
        {
            return false;
        }

        return m.End >= tokens.Count || tokens[m.End] is "," or ";" or ":" or ")" || AfterACount.Contains(tokens[m.End]);
    }

    private static readonly HashSet<string> NotPast = new(StringComparer.Ordinal)
    {
        "need", "proceed", "succeed", "exceed", "feed", "seed", "speed", "bleed", "breed", "indeed", "red", "bed", "shed", "wed",
    };

    private static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal)
    {
        "ran", "reran", "re-ran", "did", "redid", "re-did", "saw", "went", "took", "had", "got", "made", "spent", "rebuilt", "built", "sat", "found",
    };

    /// <summary>"I re-ran it", "we have checked", "I went through the logs": the sentence reports something the writer did.</summary>
    private bool SaysDone()
    {
        for (var i = 0; i < Tokens.Count - 1; i++)
        {
            if (Tokens[i] is not ("i" or "we"))
            {
                continue;
            }

            // "I re-ran", "I also re-ran", "we have checked", "I've now checked".
            for (var j = i + 1; j < Math.Min(Tokens.Count, i + 4); j++)
            {
                var t = Tokens[j];
                if (IrregularPast.Contains(t) || (t.Length > 4 && t.EndsWith("ed", StringComparison.Ordinal) && !NotPast.Contains(t) && !NotPast.Contains(t[(t.LastIndexOf('-') + 1)..])))
                {
                    return true;
                }

                if (t is not ("re" or "also" or "have" or "ve" or "now" or "myself" or "personally" or "first" or "just" or "already" or "then"))
                {
                    break;
                }
            }
        }

        return false;
    }

    private static List<PhraseMatch> MatchAll(IReadOnlyList<Lexicon> lexicons, Cue cue, List<string> tokens, string folded, bool[]? masked)
    {
        var all = new List<PhraseMatch>();
        foreach (var lexicon in lexicons)
        {
            if (lexicon[cue] is { } set)
            {
                all.AddRange(set.Match(tokens, folded, masked));
            }
        }

        return all;
    }

    private void Read(bool[] masked)
    {
        var negators = Matches[Cue.Negator];
        // "(probably Liège)": a hedge inside brackets qualifies the aside, not the answer.
        // "Damit ist auch „Fast site onboarding“ validiert": a hedge word inside quotation marks is mentioned (here a criterion's name), not said.
        var hedged = Matches[Cue.Hedge].Any(h => !InBrackets(h) && !IsQuoted(h));

        // "Please confirm that …", "You asked us to confirm …": what follows a request is its content, not an answer.
        var requested = Has(Cue.Request);

        foreach (var cue in new[] { Cue.Confirm, Cue.Proceed })
        {
            foreach (var m in Matches[cue])
            {
                if (!IsQuestion && IsQuoted(m) && IsNegated(m, negators))
                {
                    // 'I can't give you an "Agreed" before then': a quoted word refused in its own clause refuses.
                    Signals.Add(ReplySignal.NegatedConfirmation);
                    continue;
                }

                if (HasClockTime && !Has(Cue.Evaluation) && (cue == Cue.Proceed || Tokens.Count <= 12))
                {
                    // "9 Feb 14:00 JST is OK for us", "Confirmed for Thu 10am PT": a time slot agreed, not the evaluation.
                    continue;
                }

                if (IsQuoted(m) && QuotesAClause(m))
                {
                    // 'In my mail of 14 January I wrote: "If onboarding stays under four hours, I'll sign off."': a promise
                    // quoted whole is mentioned, not made again.
                    continue;
                }

                if (!IsQuestion && IsOnlyLater(m))
                {
                    // "A written confirmation we can only give once the DPIA is done", "we willen pas starten als…":
                    // nothing is given now; it waits for a time to come.
                    Signals.Add(ReplySignal.NotYet);
                    continue;
                }

                if (IsPromised(m))
                {
                    // "…as soon as the package is there, then I'll gladly give you a full sign-off": promised for then.
                    Signals.Add(ReplySignal.Deferred);
                    continue;
                }

                if (IsHeldByWhatFollows(m))
                {
                    // "Sarah様との商談開始につきましても、それまでお待ちいただけますよう": in Japanese the verb at the end decides.
                    continue;
                }

                if (IsSubordinate(m) || IsConceded(m, negators) || IsHeld(m) || IsQuoted(m) || IsInfinitive(m) || IsOfReceipt(m) || IsWhetherOrNot(m) || IsReported(m) || IsEarlierAgreement(m) || IsWhatItWaitsFor(m) || IsOfTheFix(m) || IsOfLogistics(m) || IsOfOtherSubject(m) || IsRequired(m))
                {
                    // "…once the patch is validated", "before we agree to anything": what a time or condition clause
                    // says is not asserted, so it is not an answer.
                    continue;
                }

                if (IsQuestion)
                {
                    // "…the condition of not signing until the patch is validated: is it in the contract?" asks; it does not refuse.
                    Signals.Add(ReplySignal.Question);
                }
                else if (IsNegated(m, negators) || IsOpposed(m))
                {
                    Signals.Add(ReplySignal.NegatedConfirmation);
                }
                else if (requested)
                {
                    Signals.Add(ReplySignal.Request);
                }
                else if (hedged)
                {
                    Signals.Add(ReplySignal.Hedge);
                }
                else if (cue == Cue.Proceed && NamesTheStepOnly.Contains(m.Phrase))
                {
                    // "Pour la revue commerciale, c'est notre service achats": the step named, not started. Refused
                    // ("nous ne lançons pas de revue commerciale") it still refuses, above.
                    continue;
                }
                else
                {
                    Signals.Add(cue == Cue.Confirm ? ReplySignal.Confirmation : ReplySignal.Proceed);
                }
            }
        }

        if (!IsQuestion && Matches[Cue.Deferred].Any(d => d.Start >= 0 && IsNegated(d, negators)))
        {
            // "I'm not able to confirm", "we won't sign off": a deferral under a negation refuses.
            Signals.Add(ReplySignal.NegatedConfirmation);
        }

        if (Has(Cue.NoObjection) && !IsQuestion)
        {
            if (Matches[Cue.NoObjection].Any(m => m.Start > 0 && IsNegated(m, negators)))
            {
                // "The paging numbers don't match what we saw": agreement denied is a dispute.
                Signals.Add(ReplySignal.Dispute);
            }
            else
            {
                Signals.Add(hedged ? ReplySignal.Hedge : ReplySignal.NoObjection);
            }
        }

        var words = Tokens.Count(t => t is not ("," or ";" or ":" or "(" or ")" or "%" or "#"));
        // "Yes.", and "For ingestion and alert noise: yes." (a point named, then its answer, perhaps with its figure after it).
        var answersPoint = Matches[Cue.ShortYes].Any(m => m.Start > 1 && Tokens[m.Start - 1] == ":" && (m.End == Tokens.Count || Tokens[m.End] == ",") && !Has(Cue.Negator));
        if (!IsQuestion && (answersPoint || Matches[Cue.ShortYes].Any(m => (m.Start == 0 && !IsConceded(m, negators) && !IsPronounSi(m)) || (m.Start < 0 && Folded.TrimStart().StartsWith(m.Phrase, StringComparison.Ordinal)))))
        {
            var rest = answersPoint ? 0 : words - Matches[Cue.ShortYes].Max(m => m.Start >= 0 ? m.End - m.Start : 1);
            // "Yes." / "Yes, we do." / "Yes, confirmed." / "Yes, provided the patch lands": short, or carrying its own decision words.
            // "Sí, lo vemos internamente el lunes y te comento": a yes that opens a deferral answers nothing yet.
            var deferring = rest > 0 && (Has(Cue.Deferred) || Matches[Cue.Delegation].Count > 0);
            if (!deferring && (rest <= 4 || Signals.Contains(ReplySignal.Confirmation) || Signals.Contains(ReplySignal.Proceed) || Has(Cue.Condition)))
            {
                Signals.Add(hedged ? ReplySignal.Hedge : ReplySignal.ShortYes);
            }
        }

        if (!IsQuestion && !masked.FirstOrDefault() && Matches[Cue.ShortNo].Any(m => m.Start == 0 || m.Start < 0) && words <= 5)
        {
            Signals.Add(ReplySignal.Refusal);
        }
        else if (!IsQuestion && AfterGreeting() is > 0 and var first && !masked.ElementAtOrDefault(first)
            && Matches[Cue.ShortNo].Any(m => m.Start == first && (words - first <= 5 || negators.Any(n => n.Start > m.End))))
        {
            // "Hallo Frau El Amrani, nein – solange das Kriterium offen ist, starten wir keine Gespräche": the no after the
            // greeting opens the answer as surely as at the start of a line.
            Signals.Add(ReplySignal.Refusal);
        }

        if (!IsQuestion)
        {
            // 'Following up on my "not yet" from last week': a word in quotation marks is mentioned, not said.
            bool Said(Cue cue) => Matches[cue].Any(m => !IsQuoted(m));
            if (Said(Cue.Refusal) || Said(Cue.Opposition) || Has(Cue.Retraction))
            {
                Signals.Add(ReplySignal.Refusal);
            }

            if (Said(Cue.NotYet))
            {
                Signals.Add(ReplySignal.NotYet);
            }

            // "Os valores que medimos batem certo com os vossos": what the writer measured agrees, so "we measured" disputes nothing.
            if ((Said(Cue.Dispute) && !Has(Cue.NoObjection)) || HasFigureDispute(negators))
            {
                Signals.Add(ReplySignal.Dispute);
            }
        }

        // 'I wrote to you on the 19th: "if the parser copes with the old boxes, I have nothing left to object to"': a
        // condition in quotation marks is mentioned, not set.
        if (Matches[Cue.Condition].Any(m => !IsQuoted(m)) && !IsQuestion)
        {
            Signals.Add(ReplySignal.Condition);
        }
        else if (!IsQuestion && Matches[Cue.Requirement].Count(m => !IsQuoted(m)) >= 2)
        {
            // "We still need the patch validated before we can sign."
            Signals.Add(ReplySignal.Condition);
        }
        else if (Matches[Cue.WeakCondition].Any(w => FollowedByReservation(w)))
        {
            Signals.Add(ReplySignal.Condition);
        }
        else if (!IsQuestion && MetOnlyOnceSomethingIsDone())
        {
            // "We'll count this one as met once you've run it against the full fleet": met at a time to come, on a step
            // still to be taken, is a condition.
            Signals.Add(ReplySignal.Condition);
        }

        // "Je ne suis pas sûr de ce qu'implique « conditional »": not knowing what the conditional means refuses nothing.
        if (!IsQuestion && !Unsure.IsMatch(Folded) && Matches[Cue.ConditionalWord].Any(c => (c.Start >= 0 && !IsSubordinate(c) && NegatedBefore(c, negators) && !IsDeniedCondition(c))
            // "条件付きでの合意はいたしかねます": in Japanese the refusal comes after the word it refuses.
            || (c.Start < 0 && Matches[Cue.Refusal].Any(r => r.Start < 0 && -1 - r.Start >= -1 - c.End))))
        {
            // "We'd rather not do the conditional thing", "liever geen voorwaardelijk akkoord": the conditional win is
            // what is refused, so the word names no condition of the writer's.
            Signals.Add(ReplySignal.Refusal);
            Signals.Remove(ReplySignal.Condition);
            RefusesConditionalForm = true;
        }

        if (Signals.Contains(ReplySignal.Condition) && Has(Cue.Unconditional) && !IsNegative
            && Matches[Cue.Condition].All(c => Matches[Cue.ConditionalWord].Any(w => w.Start == c.Start)))
        {
            // "l'«Agreed» condizionale del 27 novembre si può considerare superato": the conditional is named to be set aside.
            Signals.Remove(ReplySignal.Condition);
        }

        if (Has(Cue.Reassurance) && !Has(Cue.Requirement) && negators.All(n => n.Start >= 0 && IsFigureNegator(n)) && !Has(Cue.NotYet) && !Has(Cue.Refusal) && !Has(Cue.Deferred) && !Has(Cue.Precondition))
        {
            // "Our p95 was 520 ms, not 450 — still well inside the 800 ms target, so the result stands": a figure set
            // right that holds nothing back.
            Signals.Remove(ReplySignal.Condition);
            Signals.Remove(ReplySignal.Dispute);
        }

        if (hedged && !Signals.Contains(ReplySignal.Hedge) && (Has(Cue.SoftPositive) || Has(Cue.Confirm) || Has(Cue.Proceed)))
        {
            Signals.Add(ReplySignal.Hedge);
        }

        if (Signals.Contains(ReplySignal.NegatedConfirmation) && !Has(Cue.WeakCondition) && !Has(Cue.Condition)
            && Signals.Overlaps([ReplySignal.Confirmation, ReplySignal.Proceed]))
        {
            // "Security does not authorise, at this point, moving to the commercial review": one sentence that both
            // grants and refuses, with no "but" to divide it, refuses.
            Signals.Remove(ReplySignal.Confirmation);
            Signals.Remove(ReplySignal.Proceed);
        }

        if (Signals.Contains(ReplySignal.NegatedConfirmation) && !Signals.Contains(ReplySignal.Refusal) && OpensWithOtherwise())
        {
            // "Sans cela, le critère ne sera pas considéré comme atteint", "Otherwise we won't count it as met": the no
            // follows only if what was asked is not done, which makes what was asked a condition.
            Signals.Remove(ReplySignal.NegatedConfirmation);
            Signals.Add(ReplySignal.Condition);
        }

        AddIf(Has(Cue.Deferred), ReplySignal.Deferred);
        AddIf(Has(Cue.Delegation), ReplySignal.Delegation);
        AddIf(Has(Cue.Request) && !Signals.Contains(ReplySignal.Confirmation), ReplySignal.Request);
        AddIf(IsQuestion, ReplySignal.Question);
        AddIf(Has(Cue.SoftPositive), ReplySignal.SoftPositive);
        AddIf(Has(Cue.Thanks), ReplySignal.Thanks);
        AddIf(Has(Cue.OutOfOffice), ReplySignal.OutOfOffice);
    }

    private void AddIf(bool condition, ReplySignal signal)
    {
        if (condition)
        {
            Signals.Add(signal);
        }
    }

    /// <summary>"but" or "however" only makes a condition when what follows holds something back.</summary>
    private bool FollowedByReservation(PhraseMatch weak)
    {
        if (weak.Start < 0)
        {
            return Has(Cue.Negator) || Has(Cue.Requirement) || Has(Cue.NotYet) || Has(Cue.Refusal);
        }

        bool After(Cue cue) => Matches[cue].Any(m => m.Start >= weak.End || m.Start < 0);
        return After(Cue.Negator) || After(Cue.Requirement) || After(Cue.NotYet) || After(Cue.Refusal) || After(Cue.Dispute) || After(Cue.Condition);
    }

    /// <summary>A negator earlier in the phrase's own clause: "not the conditional thing", not "the conditional part, not the rest".</summary>
    private bool NegatedBefore(PhraseMatch m, List<PhraseMatch> negators)
    {
        var (clauseStart, _) = Clause(m.Start);
        return negators.Any(n => n.Start >= clauseStart && n.Start < m.Start);
    }

    private static readonly HashSet<string> Then = new(StringComparer.Ordinal) { "then", "dan", "dann", "alors", "entonces", "entao", "luego", "depois" };

    /// <summary>"Afterwards" at the head of a sentence: what it says comes after something still to be done.</summary>
    private static readonly HashSet<string> Afterwards = new(StringComparer.Ordinal) { "afterwards", "daarna", "nadien", "danach", "anschliessend", "ensuite", "despues", "posteriormente", "depois", "dopo", "successivamente" };

    private static readonly HashSet<string> And = new(StringComparer.Ordinal) { "and", "en", "und", "et", "y", "e" };

    /// <summary>
    /// "Let's wait for the patch, validate it, and then do the whole sign-off", "als het pakket er is, dan geef ik een
    /// volledig akkoord": a clause that opens with "then" after another clause says what will happen, not what is.
    /// </summary>
    private bool IsPromised(PhraseMatch m)
    {
        if (m.Start < 0)
        {
            return false;
        }

        // "Daarna bevestig ik graag", "Danach bestätige ich gern": a sentence that opens with "afterwards" speaks of a time to come.
        if (m.Start > 0 && Afterwards.Contains(Tokens[0]) && !SaysDone())
        {
            return true;
        }

        var (clauseStart, _) = Clause(m.Start);
        if (clauseStart == 0)
        {
            return false;
        }

        var first = clauseStart < Tokens.Count && And.Contains(Tokens[clauseStart]) ? clauseStart + 1 : clauseStart;
        if (first < m.Start && Then.Contains(Tokens[first]))
        {
            return true;
        }

        // "Cuando el parche esté validado, con gusto les confirmamos todo", "…: als het pakket er staat, bevestig ik het":
        // after a clause that opens with "when", a present tense promises (Romance languages, Dutch and German say the
        // future so), unless the sentence reports what was done.
        for (var i = 0; i < clauseStart; i++)
        {
            if ((i == 0 || Tokens[i - 1] is "," or ";" or ":") && When.Contains(Tokens[i]))
            {
                return !SaysDone();
            }

            // "Once the parser patch is deployed and validated, I'm happy to confirm the whole thing": in English the
            // present after "once" speaks of a time to come; "once the patch was deployed" reports one.
            if ((i == 0 || Tokens[i - 1] is "," or ";" or ":") && Tokens[i] == "once")
            {
                var clause = Tokens.Skip(i + 1).Take(clauseStart - i - 1).ToList();
                if (clause.Any(t => t is "is" or "are" or "has" or "have" or "gets" or "get") && !clause.Any(t => t is "was" or "were" or "had"))
                {
                    return !SaysDone();
                }
            }
        }

        return false;
    }

    private static readonly HashSet<string> When = new(StringComparer.Ordinal) { "cuando", "quando", "sobald", "zodra", "wanneer", "als", "quand", "lorsque", "appena" };

    /// <summary>A negator in the same clause as the phrase negates it. Clauses end at , ; : and at "but".</summary>
    /// <summary>
    /// What a plan the writer once had covers: from the phrase to the "but" that turns it, else to the sentence's end; in
    /// Japanese, where the plan comes last ("…保留するつもりでしたが"), from the sentence's start to the phrase.
    /// </summary>
    private static PhraseMatch ThroughWhatWasMeant(PhraseMatch m, IReadOnlyList<Lexicon> lexicons, List<string> tokens, string folded)
    {
        if (m.Start < 0)
        {
            return m with { Start = -1 };
        }

        var turns = MatchAll(lexicons, Cue.WeakCondition, tokens, folded, null).Where(w => w.Start >= m.End).Select(w => w.Start).DefaultIfEmpty(tokens.Count).Min();
        return m with { End = turns };
    }

    private bool IsNegated(PhraseMatch m, List<PhraseMatch> negators)
    {
        if (m.Start < 0)
        {
            // Japanese: negation is a verb ending after the phrase, before the clause ends at 、 or 。
            var from = -1 - m.End;
            var stop = Folded.IndexOfAny(['\u3001', '\u3002', ','], Math.Min(from, Folded.Length));
            var end = stop < 0 ? Folded.Length : stop;
            return negators.Any(n => n.Start < 0 && -1 - n.Start >= from && -1 - n.Start < end);
        }

        var (clauseStart, clauseEnd) = Clause(m.Start);
        if (negators.Any(n => n.Start >= 0 && n.Start >= clauseStart && n.Start < clauseEnd && !IsConcord(n, m) && !OwnedByUnconditional(n)))
        {
            return true;
        }

        // "Je crains de ne pouvoir vous apporter, en l'état, la confirmation": a short aside between commas does not end
        // the clause it interrupts.
        var (asideStart, asideEnd) = clauseStart >= 2 && Tokens[clauseStart - 1] == "," ? Clause(clauseStart - 2) : (0, 0);
        if (asideEnd - asideStart is > 0 and <= 3 && asideStart >= 2 && Tokens[asideStart - 1] == ",")
        {
            var (before, _) = Clause(asideStart - 2);
            return negators.Any(n => n.Start >= before && n.Start < asideStart - 1);
        }

        return false;
    }

    /// <summary>"Il n'y a plus rien en suspens", "there's no condition left": the negation is that of the phrase saying nothing is open.</summary>
    private bool OwnedByUnconditional(PhraseMatch negator) =>
        Matches[Cue.Unconditional].Any(u => u.Start >= 0 && negator.Start >= u.Start - 3 && negator.Start < u.End
            && !(Matches[Cue.Confirm].Any(c => c.Start > negator.Start && c.Start < u.Start) || Matches[Cue.Proceed].Any(p => p.Start > negator.Start && p.Start < u.Start)));

    /// <summary>
    /// "Non c'è nulla da eccepire", "no hay nada que objetar", "il n'y a rien à redire": in the languages with negative
    /// concord, the "non" before a phrase that opens with its own negative word is that phrase's negation, not another.
    /// </summary>
    private bool IsConcord(PhraseMatch negator, PhraseMatch m) =>
        negator.End <= m.Start && m.Start - negator.End <= 3 && negator.Phrase is "non" or "no" or "nao" or "ne" or "n"
        && ConcordWords.Contains(Tokens[m.Start]);

    private static readonly IReadOnlySet<string> ConcordWords = Lexicon.InAnyLanguage(WordClass.Concord);

    /// <summary>
    /// "While the MTTR target was met, we can't confirm the evaluation", "Yes, but I can't approve it yet": a positive
    /// before a negated confirmation of the same sentence, behind a concession or a "but", is conceded, not asserted.
    /// </summary>
    private bool IsConceded(PhraseMatch m, List<PhraseMatch> negators)
    {
        if (m.Start < 0)
        {
            return false;
        }

        var negatedLater = Matches[Cue.Confirm].Concat(Matches[Cue.Proceed]).Concat(Matches[Cue.Deferred])
            .Where(n => n.Start > m.Start && !IsSubordinate(n) && !IsOfTheFix(n) && IsNegated(n, negators))
            .Select(n => n.Start)
            .ToList();
        if (negatedLater.Count == 0)
        {
            return false;
        }

        var opensWithConcession = Matches[Cue.Concession].Any(c => c.Start >= 0 && c.Start < m.Start);
        var butBetween = Matches[Cue.WeakCondition].Any(w => w.Start > m.Start && negatedLater.Any(n => w.Start < n));
        return opensWithConcession || butBetween;
    }

    /// <summary>"We don't need the conditional wording": the word is inside a denied condition, which refuses nothing.</summary>
    private bool IsDeniedCondition(PhraseMatch c) =>
        Matches[Cue.Unconditional].Any(u => u.Start >= 0 && u.Start <= c.Start && c.Start < u.End);

    /// <summary>"I object to any confirmation at this stage": the confirmation is what is opposed, in the same clause.</summary>
    private bool IsOpposed(PhraseMatch m)
    {
        if (m.Start < 0)
        {
            return Matches[Cue.Opposition].Any(o => o.Start < 0 && -1 - o.Start < -1 - m.Start);
        }

        var (clauseStart, _) = Clause(m.Start);
        return Matches[Cue.Opposition].Any(o => o.Start >= clauseStart && o.End <= m.Start);
    }

    /// <summary>
    /// 'a one-line "Confirmed"', '« …considère l'évaluation comme un succès » : the sentence Priya asked me to check':
    /// words in quotation marks are mentioned, not said.
    /// </summary>
    private bool IsQuoted(PhraseMatch m)
    {
        // Read once per sentence, and only the first spans: hostile input must cost what it did.
        _quoted ??= [.. QuotedSpans().Take(16).Select(q => (q.From, q.To, TextFold.Tokens(Folded[q.From..q.To])))];
        foreach (var (from, to, quoted) in _quoted)
        {
            if (m.Start < 0)
            {
                if (-1 - m.Start >= from && -1 - m.End <= to)
                {
                    return true;
                }

                continue;
            }

            var said = Tokens.Skip(m.Start).Take(m.End - m.Start).ToList();
            for (var i = 0; i + said.Count <= quoted.Count; i++)
            {
                if (said.Count > 0 && quoted.Skip(i).Take(said.Count).SequenceEqual(said, StringComparer.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The quotation holding the match is a clause of its own (four words or more), not a word or a name.</summary>
    private bool QuotesAClause(PhraseMatch m)
    {
        _quoted ??= [.. QuotedSpans().Take(16).Select(q => (q.From, q.To, TextFold.Tokens(Folded[q.From..q.To])))];
        return m.Start >= 0 && _quoted.Any(q => q.Tokens.Count >= 4 && Tokens.Skip(m.Start).Take(m.End - m.Start).All(t => q.Tokens.Contains(t)));
    }

    /// <summary>The character spans inside paired quotation marks (straight and curly fold to '"') or 「」.</summary>
    private IEnumerable<(int From, int To)> QuotedSpans()
    {
        for (var open = Folded.IndexOf('"', StringComparison.Ordinal); open >= 0;)
        {
            var close = Folded.IndexOf('"', open + 1);
            if (close < 0)
            {
                break;
            }

            yield return (open + 1, close);
            open = Folded.IndexOf('"', close + 1);
        }

        for (var open = Folded.IndexOf('\u300c', StringComparison.Ordinal); open >= 0;)
        {
            var close = Folded.IndexOf('\u300d', open + 1);
            if (close < 0)
            {
                break;
            }

            yield return (open + 1, close);
            open = Folded.IndexOf('\u300c', close + 1);
        }
    }

    private static readonly HashSet<string> Wanting = new(StringComparer.Ordinal)
    {
        "want", "wants", "wanted", "wish", "wishes", "ask", "asks", "asked", "asking", "need", "needs", "hope", "hopes", "plan", "plans",
        "expect", "expects", "going", "like", "love", "prefer", "prefers", "intend", "intends", "tell", "told", "invite", "invited",
    };

    /// <summary>
    /// "She wants to confirm this one herself", "Priya asked me to approve it": an infinitive after a verb of wanting or
    /// asking names an act someone may perform, it does not perform it.
    /// </summary>
    private bool IsInfinitive(PhraseMatch m) =>
        (m.Start > 1 && Tokens[m.Start - 1] == "to"
            && (Wanting.Contains(Tokens[m.Start - 2]) || (m.Start > 2 && Wanting.Contains(Tokens[m.Start - 3]))))
        || IsPurpose(m);

    /// <summary>
    /// "Para poder avanzar necesitaría…", "in order to move forward we need…", "pour avancer, il nous faut…", "um
    /// weiterzumachen": the go-ahead is what a requirement is for, not a go-ahead given.
    /// </summary>
    private bool IsPurpose(PhraseMatch m)
    {
        if (m.Start < 1)
        {
            return false;
        }

        var before = Tokens.Skip(Math.Max(0, m.Start - 3)).Take(Math.Min(3, m.Start)).ToList();
        var purpose = before.Contains("para") || before.Contains("pour") || before.Contains("per") || before.Contains("om") || before.Contains("um")
            || (before.Contains("order") && before.Contains("to")) || (before.Contains("so") && before.Contains("as"));
        // "Afin de préparer la revue commerciale, il souhaiterait convenir d'un rendez-vous": words that say nothing but
        // purpose make the go-ahead the aim of what follows, whatever follows.
        var wider = Tokens.Skip(Math.Max(0, m.Start - 4)).Take(Math.Min(4, m.Start)).ToList();
        var onlyPurpose = wider.Contains("afin") || wider.Contains("teneinde") || (wider.Contains("order") && wider.Contains("to"))
            || (wider.Contains("fin") && (wider.Contains("a") || wider.Contains("al"))) || (wider.Contains("fim") && wider.Contains("a"));
        return (purpose && Has(Cue.Requirement)) || onlyPurpose;
    }

    /// <summary>
    /// "The definition we agreed in the plan", "as agreed", "the targets you agreed to": an agreement made earlier, named
    /// to say what something is, is not this reply's answer.
    /// </summary>
    private bool IsEarlierAgreement(PhraseMatch m)
    {
        if (m.Start >= 1 && PastAgreement.Contains(Tokens[m.Start]))
        {
            // "En el plan de éxito acordamos la del tercer trimestre", "wie im Plan vereinbart", "comme convenu": what was
            // agreed before, named to say what something is.
            var (clauseStart, _) = Clause(m.Start);
            return Tokens[m.Start - 1] is "como" or "wie" or "comme" or "zoals" or "come" or "conforme" or "lo" or "o"
                || Tokens.Skip(clauseStart).Take(m.Start - clauseStart).Any(t => t is "plan" or "plano" or "piano" or "msp" or "kickoff" or "kick" or "readout");
        }

        if (m.Start < 1 || Tokens[m.Start] != "agreed")
        {
            return false;
        }

        var before = Tokens[m.Start - 1];
        if (before is "as" or "had" or "previously" or "originally" or "already" or "once" or "jointly" or "mutually")
        {
            return true;
        }

        // "the definition we agreed …": a subject pronoun after a noun, the relative clause of that noun.
        return before is "we" or "you" or "they" && m.Start >= 2
            && Tokens[m.Start - 2] is not ("and" or "so" or "then" or "both" or "all" or "yes" or "," or ":" or ";" or "-" or "i" or "we" or "hence" or "thus");
    }

    private static readonly HashSet<string> PastAgreement = new(StringComparer.Ordinal)
    {
        "acordamos", "acordado", "acordada", "acordados", "acordadas", "habiamos", "vereinbart", "vereinbarten", "vereinbarte", "convenu", "convenus",
        "convenue", "convenues", "afgesproken", "overeengekomen", "combinado", "combinamos", "combinados", "concordado", "concordamos", "concordato",
        "concordati", "concordata", "stabilito", "stabiliti",
    };

    /// <summary>"…sin el parche desplegado y validado", "the patch deployed and validated": a word that says what the fix went through.</summary>
    private bool IsOfTheFix(PhraseMatch m) =>
        m.Start >= 0 && Matches[Cue.FixDone].Any(f => f.Start >= 0 && f.End <= m.Start && m.Start - f.End <= 1 && (m.Start == f.End || And.Contains(Tokens[f.End])));

    /// <summary>Whether a phrase sits between an opening and a closing bracket.</summary>
    private bool InBrackets(PhraseMatch m)
    {
        if (m.Start < 0)
        {
            return false;
        }

        var open = Tokens.FindLastIndex(m.Start, t => t is "(" or ")");
        if (open < 0 || Tokens[open] != "(")
        {
            return false;
        }

        var close = Tokens.FindIndex(m.End, t => t is "(" or ")");
        return close >= 0 && Tokens[close] == ")";
    }

    /// <summary>"…pas starten als alle drie de criteria gehaald zijn": what comes after "only … when" is what is waited for.</summary>
    private bool IsWhatItWaitsFor(PhraseMatch m) =>
        m.Start >= 0 && OnlyWhenPairs().Any(p => p.Later.End <= m.Start);

    /// <summary>
    /// Each restricting word ("only", "erst", "pas") with the first time to come ("once", "wenn", "als") after it, within
    /// ten words: the "only … when" that both <see cref="IsOnlyLater"/> and <see cref="IsWhatItWaitsFor"/> read.
    /// </summary>
    private IEnumerable<(PhraseMatch Restrictive, PhraseMatch Later)> OnlyWhenPairs()
    {
        foreach (var r in Matches[Cue.Restrictive].Where(r => r.Start >= 0))
        {
            foreach (var later in Matches[Cue.Later].Where(l => l.Start >= r.End && l.Start - r.Start <= 10).OrderBy(l => l.Start).Take(1))
            {
                yield return (r, later);
            }
        }
    }

    /// <summary>
    /// "We can only give a written confirmation once…", "können wir erst geben, wenn…", "we starten pas als…": a confirming
    /// word with a restricting "only" before a time to come ("once", "wenn", "als"), the word being the one nearest the
    /// "only" (so that "OK to start now, and we sign only once the patch is in" keeps its start).
    /// </summary>
    private static readonly IReadOnlySet<string> ContractWords = Lexicon.InAnyLanguage(WordClass.Contract);

    private bool IsOnlyLater(PhraseMatch m)
    {
        if (m.Start < 0)
        {
            return false;
        }

        foreach (var (r, later) in OnlyWhenPairs())
        {
            if (m.Start >= later.Start)
            {
                continue;
            }

            if (m.Start > r.Start)
            {
                return true;
            }

            // "Agreed, contract only after the upgrade is validated": what waits is the contract named after the yes, not the yes.
            if (Enumerable.Range(m.End, Math.Max(0, r.Start - m.End)).Any(i => Tokens[i] is "," or ";" or ":")
                && Enumerable.Range(m.End, Math.Max(0, r.Start - m.End)).Any(i => ContractWords.Contains(Tokens[i])))
            {
                continue;
            }

            // The confirming word before the "only": the nearest one, not far from it.
            var nearest = Matches[Cue.Confirm].Concat(Matches[Cue.Proceed]).Where(c => c.Start >= 0 && c.End <= r.Start).Select(c => (int?)c.Start).Max();
            if (nearest == m.Start && r.Start - m.End <= 6)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Success or not, that is Dana's call": what is weighed against its negation is not asserted.</summary>
    private bool IsWhetherOrNot(PhraseMatch m) =>
        m.Start >= 0 && m.End + 1 < Tokens.Count && Tokens[m.End] is "or" or "o" or "ou" or "oder" or "of"
        && Tokens[m.End + 1] is "not" or "no" or "non" or "nao" or "nicht" or "niet";

    /// <summary>
    /// "Confirmed: Marc is free Tuesday at 14:30 in the Navigli room", "Confirmo mi asistencia a la reunión": what is
    /// confirmed is a meeting, after a colon or as the words right after the confirming one.
    /// </summary>
    private bool IsOfLogistics(PhraseMatch m)
    {
        if (m.Start < 0 || m.End >= Tokens.Count)
        {
            return false;
        }

        if (Tokens[m.End] == ":")
        {
            return Matches[Cue.Logistics].Any(l => l.Start > m.End) && !Matches[Cue.Evaluation].Any(e => e.Start > m.End);
        }

        // Its object: a meeting word within the next three words, with nothing about the evaluation before it.
        return Matches[Cue.Logistics].FirstOrDefault(l => l.Start >= m.End && l.Start <= m.End + 2) is { Phrase: not null } meeting
            && !Matches[Cue.Evaluation].Any(e => e.Start >= m.End && e.Start < meeting.Start);
    }

    /// <summary>A Japanese go-ahead whose sentence ends in a "not yet" or a refusal after it ("それまでお待ち", "契約手続きが凍結").</summary>
    private bool IsHeldByWhatFollows(PhraseMatch m) =>
        m.Start < 0 && Matches[Cue.NotYet].Concat(Matches[Cue.Refusal]).Any(n => n.Start < 0 && -1 - n.Start >= -1 - m.End);

    /// <summary>
    /// "Si j'ai bien compris : deux critères sur trois sont atteints, et …", "Where we were on Nov 25: …": a retelling of the
    /// declaration or the proposal, opened by a label before a colon among the sentence's first words.
    /// </summary>
    public bool IsRecap =>
        Matches[Cue.Recap].Any(m => m.Start >= 0 && m.Start <= 3 && Tokens.Skip(m.End).Take(5).Contains(":"));

    private static readonly HashSet<string> CriterionMetWords = new(StringComparer.Ordinal)
    {
        "met", "achieved", "passed", "fulfilled", "satisfied", "erfullt", "bestanden", "erreicht", "atteint", "atteinte", "rempli",
        "valide", "cumplido", "superado", "alcanzado", "atingido", "cumprido", "gehaald", "behaald", "voldaan", "raggiunto", "soddisfatto", "superato",
    };

    private static readonly HashSet<string> PastBe = new(StringComparer.Ordinal)
    {
        "was", "were", "been", "had", "wurde", "war", "waren", "fut", "etait", "fue", "era", "foi", "werd", "werden", "fu", "stato",
    };

    /// <summary>
    /// "…count this one as met once you've run it", "gilt als erfüllt, sobald …", "lo daremos por cumplido cuando …": a
    /// criterion met at a time to come (a "once", "when" or "as soon as" right after the word), not one that was met then.
    /// </summary>
    private bool MetOnlyOnceSomethingIsDone()
    {
        if (IsNegative || Has(Cue.FixDone))
        {
            return false;
        }

        for (var i = 0; i < Tokens.Count; i++)
        {
            if (CriterionMetWords.Contains(Tokens[i])
                && Matches[Cue.Later].Any(l => l.Start > i && l.Start <= i + 3)
                && !Tokens.Skip(Math.Max(0, i - 4)).Take(Math.Min(4, i)).Any(PastBe.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Could you send us the following:", "次のステップとして、以下をお願いできますでしょうか。": a request that opens a list of
    /// things asked for, and asks nothing first (no "before", no "need", no condition of its own).
    /// </summary>
    public bool OpensARequestList =>
        !IsNegative && (IsQuestion || Has(Cue.Request)) && !Has(Cue.Requirement) && !Has(Cue.Precondition) && !Signals.Contains(ReplySignal.Condition)
        && (Text.TrimEnd().EndsWith(':') || Text.TrimEnd().EndsWith('：') || Text.Contains("以下", StringComparison.Ordinal)
            || Folded.Contains("the following", StringComparison.Ordinal) || Folded.Contains("folgende", StringComparison.Ordinal));

    private static readonly HashSet<string> GreetingWords = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "dear", "hallo", "liebe", "lieber", "sehr", "bonjour", "bonsoir", "cher", "chere", "hola", "estimado", "estimada",
        "ola", "oi", "caro", "cara", "prezado", "prezada", "hoi", "beste", "geachte", "ciao", "buongiorno", "buonasera", "gentile",
    };

    /// <summary>Where the words after an opening greeting ("Hallo Frau El Amrani,") begin; 0 when the sentence opens with none.</summary>
    private int AfterGreeting()
    {
        if (Tokens.Count == 0 || !GreetingWords.Contains(Tokens[0]))
        {
            return 0;
        }

        var comma = Tokens.IndexOf(",");
        return comma is > 0 and <= 5 ? comma + 1 : 0;
    }

    private static readonly string[][] Otherwise =
    [
        ["otherwise"], ["without", "that"], ["without", "this"], ["failing", "that"], ["sans", "cela"], ["sans", "quoi"], ["sinon"],
        ["ohne", "das"], ["ohne", "dies"], ["andernfalls"], ["sonst"], ["sin", "eso"], ["sin", "esto"], ["de", "lo", "contrario"],
        ["sem", "isso"], ["caso", "contrario"], ["zonder", "dat"], ["zo", "niet"], ["senza", "questo"], ["altrimenti"],
    ];

    /// <summary>"Otherwise …", "Sans cela, …", "Zonder dat …": the sentence opens with what happens if the thing asked is not done.</summary>
    private bool OpensWithOtherwise() =>
        Otherwise.Any(o => Tokens.Count > o.Length && Tokens.Take(o.Length).SequenceEqual(o));

    /// <summary>Go-ahead phrases that are only the name of the commercial step, with no verb that starts it.</summary>
    private static readonly HashSet<string> NamesTheStepOnly = new(StringComparer.Ordinal)
    {
        "revue commerciale", "phase commerciale", "revisione commerciale", "fase commerciale", "parte commerciale", "commerciele review",
        "commerciele fase", "commerciele beoordeling", "kommerzielle prufung", "kommerziellen prufung", "kaufmannische prufung",
        "kaufmannischen prufung", "vertragsverhandlung*", "vertragsprufung", "kommerziellen teil", "revision comercial", "revisao comercial",
    };

    /// <summary>A remark the writer says is not about the answer, and that refuses or holds back nothing else.</summary>
    public bool IsDeclaredAside =>
        Has(Cue.Aside) && !IsQuestion && !Signals.Overlaps([ReplySignal.Refusal, ReplySignal.NotYet, ReplySignal.NegatedConfirmation]);

    /// <summary>
    /// "This is a technical sign-off only; anything commercial stays subject to contract": a remark that leaves the purchase
    /// to its own process, and names no fix, no date, no "until", no conditional win and refuses nothing.
    /// </summary>
    public bool IsCommercialCaveat =>
        Has(Cue.CommercialSide) && !Has(Cue.FixDone) && !Has(Cue.ConditionalWord) && !Has(Cue.Precondition) && !Has(Cue.Later)
        && !IsQuestion && !Signals.Overlaps([ReplySignal.NotYet, ReplySignal.Refusal, ReplySignal.Dispute, ReplySignal.NegatedConfirmation])
        // It names the purchase: "a technical sign-off only" alone may scope the answer itself.
        && Matches[Cue.CommercialSide].Any(m => NamesThePurchase(m.Phrase))
        // Its only "condition" is the caveat itself: "… with the condition that the contract has an exit clause" conditions.
        && Matches[Cue.Condition].Concat(Matches[Cue.WeakCondition]).Concat(Matches[Cue.Requirement])
            .All(c => Matches[Cue.CommercialSide].Any(k => Span(c).From >= Span(k).From && Span(c).To <= Span(k).To));

    // Token matches count tokens; Japanese ones carry character offsets, negated (see PhraseSet).
    private static (int From, int To) Span(PhraseMatch m) => m.Start >= 0 ? (m.Start, m.End) : (-1 - m.Start, -1 - m.End);

    private static readonly string[] PurchaseWords = ["商談", "契約", "購入", "発注", "価格", "購買", "調達", "commerc", "contract", "contrat", "vertrag", "kauf", "purchas", "procure", "compra", "aankoop", "inkoop", "acquist", "achat", "terms"];

    private static bool NamesThePurchase(string phrase) => PurchaseWords.Any(w => phrase.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// An evaluation word other than the purchase's ("commercial", "contract", "商談"): "Confirmed: both will attend the
    /// commercial review kick-off on Thursday" speaks of a meeting, not of the evaluation.
    /// </summary>
    public bool SpeaksOfTheEvaluation => Matches[Cue.Evaluation].Any(m => !NamesThePurchase(m.Phrase));

    /// <summary>
    /// "On price we're still far apart", "if sales quote it in a case study, say 'up to 43%'": the sentence speaks of
    /// something other than the evaluation (price, a case study), and its evaluation words, if any, belong to that.
    /// </summary>
    public bool IsAboutOtherSubject =>
        Has(Cue.OtherSubject) && !Has(Cue.FixDone) && !Has(Cue.ConditionalWord)
        && Matches[Cue.Evaluation].All(e => e.Start >= 0 && Matches[Cue.OtherSubject].Any(o => o.Start >= 0 && e.Start >= o.Start && e.End <= o.End));

    /// <summary>"As a collaboration, it was a total success": what the clause calls a success is not the evaluation.</summary>
    private bool IsOfOtherSubject(PhraseMatch m)
    {
        if (m.Start < 0 || !Has(Cue.OtherSubject))
        {
            return false;
        }

        var (clauseStart, clauseEnd) = Clause(m.Start);
        // Evaluation words other than the confirming ones themselves ("éxito" is both) put the evaluation back in.
        return !Matches[Cue.Evaluation].Any(e => e.Start < m.Start || e.Start >= m.End)
            || Matches[Cue.OtherSubject].Any(o => o.Start >= clauseStart && o.Start < clauseEnd);
    }

    /// <summary>
    /// "Si conferma la ricezione", "si prega di…", "si el parche…": an Italian impersonal "si" or a Spanish "if" followed
    /// by its verb or clause, not "Sì." or "Sí, confirmado", which a punctuation mark or the end of the sentence follows.
    /// </summary>
    private bool IsPronounSi(PhraseMatch m) =>
        m.Phrase == "si" && m.End < Tokens.Count && Tokens[m.End].Any(char.IsLetter);

    /// <summary>"The criterion is marked as validated, but…": what the declaration is reported to say is not asserted.</summary>
    private bool IsReported(PhraseMatch m) =>
        m.Start >= 0 && Matches[Cue.Reported].Any(r => r.Start >= 0 && r.End <= m.Start && m.Start - r.End <= 1);

    /// <summary>"I can confirm that we received your mail in good order": what is confirmed is the receipt.</summary>
    private bool IsOfReceipt(PhraseMatch m)
    {
        if (m.Start < 0)
        {
            return Matches[Cue.Acknowledgement].Any(a => a.Start < 0);
        }

        var (clauseStart, clauseEnd) = Clause(m.Start);
        return Matches[Cue.Acknowledgement].Any(a => a.Start >= clauseStart && a.Start < clauseEnd);
    }

    /// <summary>
    /// "Our procedure requires that the final report be attached to the confirmation", "I'd want the parsing re-validated":
    /// a confirming word that is what a need or a demand asks for, in the same clause and with no one of the writer's side
    /// between them to say it ("we need nothing more: we confirm" keeps its "we"), is asked for, not given.
    /// </summary>
    private bool IsRequired(PhraseMatch m)
    {
        if (m.Start < 0 || !Matches[Cue.Confirm].Contains(m))
        {
            return false;
        }

        var (clauseStart, _) = Clause(m.Start);
        bool NoneOfUsBetween(int from) => !Enumerable.Range(from, Math.Max(0, m.Start - from)).Any(IsFirstPerson);
        // "richiede che il report finale, con i dati grezzi, sia allegato alla conferma": a "that" opens a clause that commas
        // do not close.
        bool InItsClause(PhraseMatch r) => r.Start >= clauseStart
            || (OpensAThatClause(r) && !Tokens.Skip(r.End).Take(m.Start - r.End).Any(t => t is ";" or ":"));
        return Matches[Cue.Requirement].Any(r => InItsClause(r) && r.End <= m.Start && !RequirementOfTime.Contains(r.Phrase) && !NamesTheKind(r) && NoneOfUsBetween(r.End))
            || Enumerable.Range(clauseStart, m.Start - clauseStart).Any(i => Demanding.Contains(Tokens[i]) && NoneOfUsBetween(i + 1) && m.Start - i > 2);
    }

    // "first", "still", "before", "noch", "encore": words of time that the requirement cue also holds; they ask for nothing.
    private static readonly HashSet<string> RequirementOfTime = new(StringComparer.Ordinal)
    {
        "first", "before", "still", "erst", "zuerst", "vorher", "noch", "d abord", "avant", "encore", "primero", "antes", "todavia", "aun",
        "primeiro", "ainda", "eerst", "vooraf", "prima", "ancora", "先に", "事前に", "まずは",
    };

    private static bool OpensAThatClause(PhraseMatch r) =>
        r.Phrase.EndsWith(" that", StringComparison.Ordinal) || r.Phrase.EndsWith(" dass", StringComparison.Ordinal) || r.Phrase.EndsWith(" que", StringComparison.Ordinal)
        || r.Phrase.EndsWith(" che", StringComparison.Ordinal) || r.Phrase.EndsWith(" dat", StringComparison.Ordinal);

    // "Muss-Kriterien", "must-have criteria": the word names a kind of criterion; it asks for nothing.
    private bool NamesTheKind(PhraseMatch r) =>
        r.End < Tokens.Count && (Tokens[r.End].StartsWith("kriteri", StringComparison.Ordinal) || Tokens[r.End].StartsWith("criteri", StringComparison.Ordinal) || Tokens[r.End] == "have");

    private static readonly HashSet<string> Demanding = new(StringComparer.Ordinal) { "want", "wants", "wanted", "need", "needs", "wish", "expect", "prefer" };

    // "i" is the English "I" before a verb, and the Italian article before a noun ("con i dati grezzi").
    private bool IsFirstPerson(int i) =>
        Tokens[i] == "i" ? i + 1 < Tokens.Count && EnglishAfterI.Contains(Tokens[i + 1]) : FirstPerson.Contains(Tokens[i]);

    private static readonly HashSet<string> EnglishAfterI = new(StringComparer.Ordinal)
    {
        "am", "have", "had", "can", "could", "will", "would", "d", "do", "did", "confirm", "agree", "hereby", "also", "now", "sign", "approve",
        "accept", "consider", "think", "m", "ve", "ll", "must", "should", "want", "need", "declare", "officially", "formally", "fully", "can't", "cannot",
    };

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal)
    {
        "we", "ich", "wir", "je", "nous", "yo", "nosotros", "eu", "nos", "ik", "wij", "io", "noi",
    };

    /// <summary>"We're holding off on any sign-off", "not yet approved": what is held or not yet done is not given.</summary>
    private bool IsHeld(PhraseMatch m)
    {
        if (m.Start < 0)
        {
            return false;
        }

        var (clauseStart, _) = Clause(m.Start);
        return Matches[Cue.Deferred].Concat(Matches[Cue.NotYet]).Any(o => o.Start >= clauseStart && o.Start < m.Start && o.End <= m.Start);
    }

    /// <summary>The phrase sits in a clause opened by "once", "until", "before", "if", "sobald", "avant que"… before it.</summary>
    private bool IsSubordinate(PhraseMatch m)
    {
        if (m.Start < 0)
        {
            return false;
        }

        var (clauseStart, _) = Clause(m.Start);
        return Matches[Cue.Subordinator].Any(o => o.Start >= clauseStart && o.Start < m.Start && o.End <= m.Start);
    }

    private static readonly Regex Unsure = new(
        @"\b(not sure|not certain|do not know|don t know|pas sur|pas certain|ne sais pas|sais pas|nicht sicher|weiss nicht|wei(ss|ß) nicht|no estoy segur[oa]|no se que|nao tenho certeza|nao sei|non sono sicur[oa]|non so|niet zeker|weet niet)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private (int Start, int End) Clause(int at)
    {
        var weak = Matches.GetValueOrDefault(Cue.WeakCondition) ?? [];
        var negators = Matches.GetValueOrDefault(Cue.Negator) ?? [];
        // "Bestätigen kann ich aber noch nicht": after the subject of the verb, the German "aber" is a particle inside the
        // clause, not a "but" that opens another.
        bool IsParticle(int i) => Tokens[i] == "aber" && i > 0 && Tokens[i - 1] is "ich" or "wir" or "er" or "sie" or "es" or "man" or "du" or "ihr" or "das";
        bool IsEdge(int i) => Tokens[i] is "," or ";" or ":" || weak.Any(w => w.Start == i && !negators.Any(n => n.Start == w.End) && !IsParticle(i));
        var start = at;
        while (start > 0 && !IsEdge(start - 1))
        {
            start--;
        }

        var end = at;
        while (end < Tokens.Count && !IsEdge(end))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>"31%, not 43%": a number, a negator, another number.</summary>
    private bool HasFigureDispute(List<PhraseMatch> negators) => negators.Any(n => n.Start >= 0 && IsFigureNegator(n));

    /// <summary>The "not" of "31%, not 43%": between two numbers.</summary>
    private bool IsFigureNegator(PhraseMatch n)
    {
        var before = Enumerable.Range(Math.Max(0, n.Start - 3), Math.Min(3, n.Start)).Any(i => IsNumber(Tokens[i]));
        var after = Enumerable.Range(n.End, Math.Max(0, Math.Min(2, Tokens.Count - n.End))).Any(i => IsNumber(Tokens[i]));
        return before && after;
    }

    public static bool IsNumber(string token) =>
        token.Length > 0 && char.IsDigit(token[0]) && decimal.TryParse(token.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
}
