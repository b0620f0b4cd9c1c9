using System.Text.RegularExpressions;
using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Replies;

/// <summary>
/// Classifies the new text of a reply with deterministic, explainable rules: every verdict carries the
/// sentences it rests on. Precision of <see cref="ReplyVerdict.Confirmed"/> comes first: a hedge, a
/// question asking for something first, a negation or a condition anywhere keeps a reply from being
/// called confirmed. Stateless and thread-safe.
/// </summary>
public sealed class ReplyClassifier
{
    private const int MaxEvidence = 24;
    private readonly ReplyReaderOptions _options;

    // The languages this reader reads: English and the configured ones.
    private readonly List<Lexicon> _allowed;

    public ReplyClassifier(ReplyReaderOptions? options = null)
    {
        _options = options ?? ReplyReaderOptions.Default;
        _options.Validate();
        _allowed = _options.Languages.Append("en").Distinct().Select(l => Lexicon.All[l]).ToList();
    }

    /// <summary>Classifies text the person wrote (quotes already removed). Auto-reply headers are not seen here: use <see cref="ReplyReader"/> for whole messages.</summary>
    public ReplyReading Classify(string replyText, SuccessPlan? plan = null) =>
        ReadingPresentation.Tidy(Classify(replyText, plan, AutoReplyHints.None, plan is null ? null : PlanAssessment.Of(plan).Variant));

    /// <param name="replyText">What the person wrote.</param>
    /// <param name="plan">The plan the declaration was drafted from, when known: its criteria are read per criterion.</param>
    /// <param name="hints">What the envelope says.</param>
    /// <param name="answering">The declaration the reply answers (full or conditional), when known.</param>
    internal ReplyReading Classify(string replyText, SuccessPlan? plan, AutoReplyHints hints, DeclarationVariant? answering)
    {
        ArgumentNullException.ThrowIfNull(replyText);
        var notes = new List<string>();
        var text = replyText;
        if (text.Length > _options.MaxReplyChars)
        {
            text = text[.._options.MaxReplyChars];
            notes.Add($"Only the first {_options.MaxReplyChars} characters of the reply were read.");
        }

        (text, var disguised) = HiddenCharacters.Clean(text);
        text = GivenAsOwnWords(text);

        var lexicons = LexiconsFor(text);
        var analysed = SentenceSplitter.Split(text).Select(s => SentenceAnalysis.Analyse(s, lexicons)).ToList();

        // A confidentiality notice under the signature says nothing about the evaluation, whatever its words; nor do the
        // sentences after it ("This message is not an acceptance of any offer unless confirmed in writing…"). A notice among
        // the first sentences is a banner ("EXTERNAL EMAIL: do not click links…"): the person's words follow it.
        var notice = analysed.Count < 4 ? -1 : analysed.FindIndex(Math.Max(2, analysed.Count / 2), s => s.Has(Cue.Disclaimer));
        // "If I understood correctly: two of three criteria are met, and the contract waits for the patch": the writer's
        // retelling of the declaration repeats its words; it is neither their yes nor their condition.
        var sentences = analysed.Where((s, i) => !s.Has(Cue.Disclaimer) && !(notice >= 0 && i > notice) && !s.IsRecap).ToList();
        var criteria = plan is null ? [] : CriterionMentions.Read(plan, sentences);

        var evidence = new List<ReplyEvidence>();
        foreach (var s in sentences)
        {
            foreach (var signal in s.Signals.OrderBy(Priority))
            {
                if (evidence.Count < MaxEvidence && IsWorthQuoting(signal))
                {
                    evidence.Add(new ReplyEvidence(s.Text, signal));
                }
            }
        }

        foreach (var dispute in criteria.SelectMany(c => c.Disputes))
        {
            if (!evidence.Any(e => e.Text == dispute && e.Signal == ReplySignal.Dispute))
            {
                evidence.Add(new ReplyEvidence(dispute, ReplySignal.Dispute));
            }
        }

        // "Confirmed for Thursday at 10" answers the P.S. about a meeting, not the evaluation: a confirmation must be
        // about the evaluation, its results or its criteria.
        var positives = sentences.Where(s => s.IsPositive && !SpeaksOnlyOfPracticalities(s, criteria)).ToList();
        if (AnswersASideQuestion(sentences, positives, criteria))
        {
            // "Confirmed. Your courier can pick them up at …": a bare yes whose only subject is the practical detail after it.
            positives = [];
        }
        // A corrected figure that still meets its target ("14 s, not 12 s: still far under 30 s") disputes nothing.
        var corrections = criteria.SelectMany(c => c.Corrections).Where(t => !criteria.Any(c => c.Disputes.Contains(t))).ToHashSet(StringComparer.Ordinal);
        // "On pricing we're not there yet": a no about something other than the evaluation refuses nothing of it.
        // "The room on the invite is wrong": a practical detail set right disputes nothing of the result.
        var negatives = sentences.Where(s => (s.IsNegative && !(corrections.Contains(s.Text) && OnlyDisputes(s)) && !(s.IsAboutOtherSubject && !criteria.Any(c => c.Sentences.Contains(s)))
                && !(s.IsAboutLogistics && OnlyDisputes(s) && !s.Has(Cue.Evaluation) && !s.Has(Cue.FixDone) && !criteria.Any(c => c.Sentences.Contains(s))))
            || criteria.Any(c => c.Disputes.Contains(s.Text))).ToList();
        // "Un piccolo desiderio per la roadmap, che non c'entra nulla con la conferma: …": the writer says the remark is
        // not about the answer.
        var asides = DeclaredAsides(sentences, text);
        negatives.RemoveAll(asides.Contains);
        // "Sabato a Milano abbiamo misurato 53.500 eventi/s": what the writer measured, every figure meeting its criterion's
        // target, confirms the result; it disputes nothing.
        negatives.RemoveAll(n => n.DisputesOnlyByOwnMeasurement && OnlyDisputes(n) && !criteria.Any(c => c.Disputes.Contains(n.Text))
            && criteria.Any(c => c.AllFiguresMeetTarget.Contains(n)));
        // "Dinner on Dec 3: thank you, but I have to decline": a no under a label that names a meeting, a meal or a trip.
        negatives.RemoveAll(n => UnderALogisticsLabel(n, criteria));
        // "Für Tobias als Hinweis für die kaufmännischen Gespräche: … nicht akzeptieren": beside a whole yes, a no under a
        // label that hands it to the commercial talks refuses nothing of the evaluation.
        negatives.RemoveAll(n => ForTheCommercialTalks(n, sentences, positives, criteria));

        // "- Backup job failed twice (storage full).", "Migration to Kubernetes 1.30 postponed to 12 January": in a reply that
        // confirms the evaluation as a whole, a "not yet" or a failure that speaks of nothing of the deal is another topic.
        if (positives.Any(LetsTheDealGoOn))
        {
            negatives.RemoveAll(n => IsSideTopic(n, criteria));
        }

        // "PS: if you're at the trade fair in March, coffee is on me": a postscript about a meeting conditions nothing.
        var conditionSentences = sentences.Where(s => s.Signals.Contains(ReplySignal.Condition) && !(corrections.Contains(s.Text) && OnlyDisputes(s))
            && !IsSocialPostscript(s, criteria) && !AsideOfAnUnconditionalYes(s, sentences, criteria) && !NamesTheSupersededConditional(s, sentences) && !SideConditionBesideAWholeYes(s, positives, criteria, plan) && !asides.Contains(s) && !PracticalitiesBesideAYes(s, positives, criteria) && !CommercialCaveatBesideAYes(s, sentences, positives, criteria) && !ForTheCommercialTalks(s, sentences, positives, criteria)
            && !(s.IsAboutOtherSubject && !criteria.Any(c => c.Sentences.Contains(s)))).ToList();
        var conditions = conditionSentences.Select(s => s.Text).Distinct().ToList();
        var objections = negatives.Select(s => s.Text).Distinct().ToList();

        var (verdict, confidence, why) = Decide(text, sentences, positives, negatives, conditionSentences, criteria, hints, () => UnreadNote(text));
        if (verdict == ReplyVerdict.Conditional
            && (RefusesTheWhole(positives, negatives, answering) ?? LeadingRefusal(sentences, positives, negatives, criteria)) is { } refusal)
        {
            // "Paging and syslog are fine. As it stands we can't confirm the evaluation as a success": what is granted
            // is part of the result; what is refused is the evaluation itself, and nothing lets the deal go on.
            (verdict, confidence, why) = (ReplyVerdict.Declined, 0.75,
                $"The reply grants part of the result but refuses to confirm the evaluation as a whole: \"{refusal.Text}\"");
        }

        if (verdict is ReplyVerdict.Confirmed or ReplyVerdict.Conditional && TakesTheYesBack(sentences, positives) is { } back)
        {
            // "Akkoord! … Wacht even – … Dus toch nog geen akkoord": the writer changed their mind while writing; the last
            // word stands.
            (verdict, confidence, why) = (ReplyVerdict.Declined, 0.75, $"The reply gives a yes and then takes it back: \"{back.Text}\"");
        }

        if (verdict == ReplyVerdict.Confirmed && hints.MeetingResponse
            && !positives.Any(p => p.Has(Cue.Evaluation) || criteria.Any(c => c.Sentences.Contains(p))))
        {
            // "Works for me" typed into the answer to a meeting invitation accepts the meeting.
            (verdict, confidence, why) = (ReplyVerdict.Ambiguous, 0.7,
                "No written confirmation: the reply answers a meeting invitation, and what it accepts is the meeting, not the evaluation.");
        }

        if (verdict == ReplyVerdict.Confirmed && disguised)
        {
            // Invisible or look-alike characters can turn "can't" into "can": never call such a reply a confirmation.
            (verdict, confidence, why) = (ReplyVerdict.Ambiguous, 0.6,
                "The reply contains invisible or look-alike characters, so its words may not say what they seem to: ask for a plain written confirmation.");
        }

        if (verdict == ReplyVerdict.Confirmed && Partial(positives, criteria, corrections, asides) is { } partial)
        {
            (verdict, confidence, why) = (ReplyVerdict.Conditional, 0.75, partial);
        }

        if (verdict == ReplyVerdict.Confirmed && sentences.FirstOrDefault(s => !s.IsPositive && NamesOnePoint(s.Folded)
                && (s.Signals.Contains(ReplySignal.Delegation) || s.Has(Cue.Negator))) is { } handedOver)
        {
            // Inline answers: "Confirmed. / Confirmed. / I didn't follow this point myself; I'll let Marcus answer."
            (verdict, confidence, why) = (ReplyVerdict.Conditional, 0.7, $"The reply confirms part of the result and leaves one point open: \"{handedOver.Text}\"");
        }

        if (verdict == ReplyVerdict.Confirmed && answering == DeclarationVariant.Conditional && !CoversBlocked(plan, sentences, positives, criteria))
        {
            // Agreeing to a conditional declaration accepts the Conditional Technical Win, stipulation and all.
            (verdict, why) = (ReplyVerdict.Conditional,
                "The reply agrees to the Conditional Technical Win the declaration proposed: the proven criteria are confirmed, and the contract waits for the fix.");
        }
        notes.Insert(0, why);

        var readings = plan is null
            ? []
            : ReadingPresentation.Criteria(plan, [.. criteria.Select(c => c.Reading(verdict))], positives, conditionSentences, verdict, answering);

        if (verdict == ReplyVerdict.Conditional)
        {
            // "We can't sign until the patch is validated" is the condition itself, not an objection to the win.
            objections = [.. objections.Except(conditions, StringComparer.Ordinal)];
        }

        if (verdict is ReplyVerdict.Ambiguous or ReplyVerdict.AutoReply)
        {
            // An ambiguous reply quotes no conditions: there is nothing they condition.
            conditions = verdict == ReplyVerdict.AutoReply ? [] : conditions;
        }

        return new ReplyReading(
            verdict,
            Math.Round(confidence, 2),
            replyText,
            evidence,
            verdict == ReplyVerdict.Confirmed ? [] : conditions,
            verdict == ReplyVerdict.Confirmed ? [] : objections,
            null,
            readings,
            string.Join(" ", notes))
        {
            Automatic = verdict != ReplyVerdict.AutoReply ? null
                : hints.Kind ?? (sentences.Any(s => s.Signals.Contains(ReplySignal.OutOfOffice)) ? AutomaticKind.OutOfOffice : AutomaticKind.Other),
        };
    }

    /// <summary>
    /// "You can quote me on this: «Contoso considers the POV a technical success…»", "Puoi citarla così com'è": the writer
    /// gives the words in quotation marks as their own, so they are said, not mentioned. Everywhere else, a quoted word is
    /// only mentioned ('I can't give you an "Agreed" yet').
    /// </summary>
    private static string GivenAsOwnWords(string text) =>
        QuoteMe.IsMatch(text) ? QuotationMarks.Replace(text, " ") : text;

    private static readonly Regex QuoteMe = new(
        @"\b(quote me|you (can|may) quote|feel free to quote|happy to be quoted|(kannst|k[öo]nnen|k[öo]nnt|d[üu]rfen|d[üu]rft|darfst)( sie| ihr| du)? (mich|das|es|dies) (gerne? )?zitieren|(vous pouvez|tu peux|n'h[ée]sitez pas [àa]) (me |le |la )?citer|citez-moi|(puedes|pod[ée]is|pueden|puede|pode|podem|podes)( me| lo| la| o| a)? citar|(mag|mogen|mögen|kun|kunnen|kan)( je| jullie| u)? (mij|me|dit|het) (gerust )?citeren|(puoi|potete|pu[òo])( pure)? citar(mi|la|lo|e))\b|引用(して|していただいて|いただいて)(構いません|結構です|かまいません)|そのまま引用",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex QuotationMarks = new(@"[""“”„«»「」『』]", RegexOptions.CultureInvariant);

    private static (ReplyVerdict, double, string) Decide(
        string text,
        List<SentenceAnalysis> sentences,
        List<SentenceAnalysis> positives,
        List<SentenceAnalysis> negatives,
        List<SentenceAnalysis> conditions,
        List<CriterionMentions> criteria,
        AutoReplyHints hints,
        Func<string?> unread)
    {
        if (hints.Reaction)
        {
            return (ReplyVerdict.Ambiguous, 0.95, "An emoji reaction is not a written confirmation.");
        }

        if (hints.Strong is { } header)
        {
            return (ReplyVerdict.AutoReply, 0.97, $"Automatic reply: {hints.Plain ?? header}.");
        }

        var ooo = sentences.Any(s => s.Signals.Contains(ReplySignal.OutOfOffice));
        if (positives.Count == 0 && negatives.Count == 0 && hints.Weak is null && ooo && (PersonallyAddressed(text) || HasEmoji(text)))
        {
            // "Hallo Alex, ich bin ab morgen im Urlaub; Jonas übernimmt": a person wrote that, to the SE by name. An
            // automatic reply does not know whom it answers, nor does it send a thumbs-up.
            return (ReplyVerdict.Ambiguous, 0.7, "No written confirmation: a note of a person's own about someone being away, which decides nothing.");
        }

        if (positives.Count == 0 && negatives.Count == 0 && (hints.Weak is not null || ooo))
        {
            var reason = hints.Weak ?? "it says the person is away and decides nothing";
            return (ReplyVerdict.AutoReply, hints.Weak is null ? 0.8 : 0.9, $"Automatic reply: {(hints.Weak is null ? reason : hints.Plain ?? reason)}.");
        }

        // "De commerciële afweging ligt bij Marc": beside a yes to the whole, handing over the purchase hands over nothing of
        // the evaluation (the declaration itself hands the commercial side to the economic buyer).
        if (sentences.Any(s => !s.IsQuestion && s.Has(Cue.Handover) && !(HandsOverOnlyThePurchase(s) && positives.Any(LetsTheDealGoOn)))
            && !negatives.Any(n => !n.Has(Cue.Handover) && n.Signals.Overlaps([ReplySignal.Refusal, ReplySignal.NotYet, ReplySignal.Dispute]))
            // "… legacy syslog was Marcus's … So: fine for Jordan to start the commercial conversation": a go-ahead the writer
            // gives in a sentence of their own is given; only the rest is handed over.
            && !positives.Any(p => !p.Has(Cue.Handover) && p.Signals.Contains(ReplySignal.Proceed)))
        {
            // "Technically I can live with it, but whether we start the commercial review is your call, not mine":
            // whatever the writer says of the results, they say the decision is not theirs. The "I can't" of the hand-over
            // itself ("I can't sign off for the team; that has to come from Priya") refuses nothing.
            return (ReplyVerdict.Ambiguous, 0.7, "No written confirmation: the writer says the decision is someone else's.");
        }

        if (sentences.Count == 0 || !text.Any(char.IsLetterOrDigit))
        {
            return text.Trim().Length == 0
                ? (ReplyVerdict.Ambiguous, 0.95, "The reply has no new text.")
                : (ReplyVerdict.Ambiguous, 0.95, "The reply is only emoji or punctuation, which is not a written confirmation.");
        }

        if (positives.Count == 0)
        {
            var handedOver = sentences.Any(s => s.Signals.Contains(ReplySignal.Delegation));
            if (negatives.Count > 0 && handedOver && negatives.All(n => n.Signals.Contains(ReplySignal.NegatedConfirmation) && n.Signals.Contains(ReplySignal.Delegation)
                    && !n.Signals.Overlaps([ReplySignal.Refusal, ReplySignal.NotYet, ReplySignal.Dispute])))
            {
                // "I'm not the one to approve this; Sanne is": a hand-over, not a refusal.
                return (ReplyVerdict.Ambiguous, 0.7, "No written confirmation: the reply hands the question to someone else.");
            }

            if (negatives.Count > 0)
            {
                return (ReplyVerdict.Declined, negatives.Any(n => n.Signals.Contains(ReplySignal.Refusal) || n.Signals.Contains(ReplySignal.NegatedConfirmation)) ? 0.85 : 0.75,
                    "The reply refuses, says not yet or disputes a result, and confirms nothing.");
            }

            if (conditions.Count > 0 && sentences.Any(s => s.Signals.Contains(ReplySignal.Hedge) && (s.Has(Cue.Confirm) || s.Has(Cue.Proceed) || s.Has(Cue.ShortYes)))
                && sentences.Any(s => s.IsQuestion) && sentences.Any(s => s.Signals.Contains(ReplySignal.Deferred)))
            {
                // "In principle we agree. Before I answer formally, though, I need to understand one thing: …?" — the
                // answer waits on the question.
                return (ReplyVerdict.Ambiguous, 0.7, "No written confirmation: the reply agrees in principle but holds its answer until a question is answered.");
            }

            if (conditions.Count > 0 && sentences.Any(s => s.Signals.Contains(ReplySignal.Hedge) && (s.Has(Cue.Confirm) || s.Has(Cue.Proceed) || s.Has(Cue.ShortYes))))
            {
                // "In principle yes, we back the conditional win. One condition from our side: …": agreement with a condition.
                return (ReplyVerdict.Conditional, 0.7, "The reply agrees in principle and states a condition.");
            }

            return (ReplyVerdict.Ambiguous, 0.8, "No written confirmation: " + WhyAmbiguous(sentences, unread));
        }

        if (negatives.Count > 0 && sentences.Any(s => s.Has(Cue.Reword))
            && negatives.All(n => !n.Signals.Overlaps([ReplySignal.Refusal, ReplySignal.NotYet, ReplySignal.Dispute])))
        {
            // "Nothing to object to in substance, but I can't confirm that wording. Could you reword it as follows? Then
            // I'll gladly confirm": the confirmation waits on a new text.
            return (ReplyVerdict.Ambiguous, 0.7, "No written confirmation: the reply asks for the declaration to be worded differently before it confirms.");
        }

        if (negatives.Count > 0)
        {
            // Inline answers, "Correct. / Correct too. / Not there yet on this one": points agreed one by one are agreed.
            var pointsAgreed = positives.Count(p => p.Signals.Contains(ReplySignal.ShortYes)) >= 2;
            var onlyWeak = positives.All(p => !p.Signals.Overlaps([ReplySignal.Confirmation, ReplySignal.Proceed])) && !pointsAgreed;
            if (onlyWeak && negatives.Any(n => n.Signals.Overlaps([ReplySignal.Refusal, ReplySignal.NotYet])
                || (n.Signals.Contains(ReplySignal.NegatedConfirmation) && !n.Signals.Contains(ReplySignal.Condition) && !n.IsQuestion && SpeaksOfTheWhole(n.Folded))))
            {
                // "No concerns on the technical side. However, all spend is frozen": praise does not soften a stop.
                return (ReplyVerdict.Declined, 0.75, "The reply stops or holds the decision; what it says in favour confirms nothing.");
            }

            if (negatives.Any(n => n.RefusesConditionalForm && !criteria.Any(c => c.Sentences.Contains(n)))
                && !positives.Any(p => p.Signals.Overlaps([ReplySignal.Confirmation, ReplySignal.Proceed]) && !p.RefusesConditionalForm && !criteria.Any(c => c.Sentences.Contains(p))))
            {
                // "Purtroppo non possiamo accettare, nemmeno in forma condizionata. 1) MTTR – ok …": the writer refuses the
                // conditional win itself; the criteria granted on the way are reasons, not a partial yes.
                return (ReplyVerdict.Declined, 0.75, "The reply refuses the Conditional Technical Win itself; what it grants of single criteria does not make it a yes.");
            }

            if (!positives.Any(LetsTheDealGoOn) && conditions.Count == 0
                && negatives.Any(n => !n.IsQuestion && n.Signals.Overlaps([ReplySignal.Dispute, ReplySignal.Refusal])))
            {
                // "Ingestion: agreed. False positives: fine. Onboarding: that's a stretch, the 2.5 h was a pre-staged site":
                // criteria granted one by one, another disputed or refused, and nothing lets the deal go on, no condition
                // offered to get there. A dispute with no way forward declines; a criterion merely not tested yet stays
                // a partial yes.
                return (ReplyVerdict.Declined, 0.7, "The reply grants some criteria but disputes or refuses another, and nothing in it lets the deal go on.");
            }

            return (ReplyVerdict.Conditional, 0.7, "The reply confirms part of the result and objects to or holds back another part.");
        }

        var strongest = positives.Any(p => p.Signals.Overlaps([ReplySignal.Confirmation, ReplySignal.Proceed, ReplySignal.ShortYes]));
        if (!strongest && sentences.Any(s => s.Signals.Contains(ReplySignal.Delegation)))
        {
            // "No objection on the technical side, but the condition touches the contract: Marc, will you tell them?"
            return (ReplyVerdict.Ambiguous, 0.7, "No written confirmation: the reply raises no objection but hands the decision to someone else.");
        }

        if (!strongest && sentences.Any(s => s.Signals.Contains(ReplySignal.Deferred)))
        {
            // "The result is very good. I must first explain it to our manager; after that I will send our official answer."
            return (ReplyVerdict.Ambiguous, 0.7, "No written confirmation: the reply speaks well of the result but promises its answer for later.");
        }

        if (conditions.Count > 0)
        {
            return (ReplyVerdict.Conditional, 0.8, "The reply agrees with a stated condition.");
        }

        var strong = positives.Any(p => p.Signals.Contains(ReplySignal.Confirmation) || p.Signals.Contains(ReplySignal.Proceed));
        var hedged = sentences.Any(s => s.Signals.Contains(ReplySignal.Hedge) && (s.Has(Cue.Confirm) || s.Has(Cue.Proceed) || s.Has(Cue.NoObjection) || s.Has(Cue.ShortYes)));
        if (hedged)
        {
            return (ReplyVerdict.Ambiguous, 0.7, "A confirmation in the reply is hedged (\"I think\", \"mostly\", \"in principle\"): ask for an unhedged one.");
        }

        var precondition = sentences.Where(s => s.IsQuestion && (s.Has(Cue.Precondition) || s.Has(Cue.Requirement))
            && !OffersHelp.IsMatch(s.Folded) && !AnsweredAtOnce(s, sentences)).ToList();
        if (precondition.Count > 0)
        {
            return (ReplyVerdict.Ambiguous, 0.7, "The reply asks for something before it stands: \"" + precondition[0].Text + "\"");
        }

        var deferred = sentences.Any(s => s.Signals.Contains(ReplySignal.Deferred) || s.Signals.Contains(ReplySignal.Delegation));
        if (deferred && !strong)
        {
            return (ReplyVerdict.Ambiguous, 0.7, "A short yes next to a deferral or hand-over is not a written confirmation.");
        }

        var onlyShortYes = positives.All(p => p.Signals.Contains(ReplySignal.ShortYes) && !p.Signals.Contains(ReplySignal.Confirmation) && !p.Signals.Contains(ReplySignal.Proceed) && !p.Signals.Contains(ReplySignal.NoObjection));
        if (onlyShortYes)
        {
            var substantive = sentences.Count(s => !s.IsCourtesyOnly && !s.Signals.Contains(ReplySignal.ShortYes));
            if (substantive > 2)
            {
                return (ReplyVerdict.Ambiguous, 0.6, "A \"yes\" inside a longer reply may not answer the ask: confirm it with the sender.");
            }
        }

        var confidence = positives.Any(p => p.Signals.Contains(ReplySignal.Confirmation)) ? 0.9
            : positives.Any(p => p.Signals.Contains(ReplySignal.Proceed) || p.Signals.Contains(ReplySignal.NoObjection)) ? 0.8
            : 0.7;
        if (sentences.Any(s => s.IsQuestion))
        {
            confidence -= 0.1;
        }

        if (deferred)
        {
            confidence -= 0.1;
        }

        if (sentences.FirstOrDefault(s => !positives.Contains(s) && !s.IsQuestion && s.Signals.Contains(ReplySignal.Deferred)
                && !s.Signals.Contains(ReplySignal.Delegation) && (s.SpeaksOfTheEvaluation || criteria.Any(c => c.Sentences.Contains(s))) && !s.IsAboutLogistics && !CommercialCaveatBesideAYes(s, sentences, positives, criteria)) is { } later)
        {
            // "Fine to start the commercial talks. The scanner feed we want to check once more at the peak; our final answer
            // after that": the deal may go on, the answer itself is still to come.
            return (ReplyVerdict.Conditional, 0.7, $"The reply lets the deal go on but holds its final answer for later: \"{later.Text}\"");
        }

        return (ReplyVerdict.Confirmed, confidence, "The reply confirms in writing, without condition, hedge or objection.");
    }

    // "Hi Alex,", "Olá Noor,", "Hallo Frau El Amrani,", "石川様" (after the company's name too): a greeting to one person by
    // name, with a title and a surname of two words if need be. "Hello,", "Dear
    // sender," and "Hi all," are not.
    private static readonly Regex NamedGreeting = new(
        @"^\s*(?:(?i:hi|hello|hey|dear|hallo|lieber|liebe|hoi|beste|bonjour|salut|cher|chère|chere|hola|estimado|estimada|olá|ola|oi|caro|cara|ciao|buongiorno|gentile|prezado|prezada)\s+(?!(?i:all|team|there|everyone|sender|sir|madam|absender|colleagues?|équipe|equipe|todos|allemaal|allen|zusammen|tous)\b)(?:(?:Frau|Herr|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Madame|Monsieur|Mme|Sr\.?|Sra\.?|Señor|Señora|Senhor|Senhora|Dott\.?|Dott\.ssa|Ing\.?|Sig\.?|Sig\.ra|Mevrouw|Meneer|Dhr\.?|Mevr\.?)\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2}\s*[,!:]|(?:[\p{L}ー・]{2,24}\s+)?[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}\p{IsHiragana}]{1,8}(?:様|さん))",
        RegexOptions.CultureInvariant);

    private static bool HasEmoji(string text) =>
        text.EnumerateRunes().Any(r => r.Value is >= 0x1F300 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF);

    private static bool PersonallyAddressed(string text) => NamedGreeting.IsMatch(text.Length > 200 ? text[..200] : text);

    // "…and the technical evaluation is a success": a sentence that also speaks of the evaluation as a whole.
    private static readonly Regex WholeEvaluation = new(
        @"\b(evaluation|evaluierung|evaluacion|avaliacao|evaluatie|pov|poc|all (the )?criteria|alle kriterien|tous les criteres|todos los criterios|todos os criterios|alle criteria|valutazione|tutti i criteri|success|a success|erfolgreich|ein erfolg|succes|un succes|exito|un exito|sucesso|um sucesso|successo|un successo|geslaagd)\b|評価全体|評価は|成功",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "this point", "ce point", "dieser Punkt", "that one": a sentence that speaks of one of the points answered.
    /// <summary>Whether a sentence speaks of one point of several; "at this point" is a time, not a point.</summary>
    private static bool NamesOnePoint(string folded) => OnePoint.IsMatch(AtThisPoint.Replace(folded, " "));

    private static readonly Regex AtThisPoint = new(
        @"\b(at|up to)\s+(this|that)\s+point\b|\ba questo punto\b|\ban diesem punkt\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex OnePoint = new(
        @"\b(this|that|ce|cet|diesen|dieser|diesem|den|este|ese|esse|dit|dat|deze|questo|quel)\s+(point|one|part|item|criterion|punkt|punto|ponto|punt|onderdeel|critere|kriterium|criterio|criterium)\b|この点|その点",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "the two criteria", "2項目"; "the first two", "die ersten beiden", "les deux premiers", "i primi due": a count of the
    // points spoken of, with or without the noun after an ordinal.
    private static readonly Regex Counted = new(
        @"(?<n>[0-9]+|two|zwei|deux|dos|dois|twee|due|二)\s*(つの)?\s*(項目|基準|点|criteria|items|kriterien|punkte|criteres|critères|criterios|critérios|punten|criteri|punti)"
        + @"|\bfirst\s+(?<n>two|three|[0-9]+)\b|\bersten\s+(?<n>beiden|zwei|drei|[0-9]+)\b|\b(?<n>deux|trois|[0-9]+)\s+premi[eè]r"
        + @"|\b(?<n>dos|tres|[0-9]+)\s+primer|\b(?<n>dois|duas|três|tres|[0-9]+)\s+primeir|\bprimeir[oa]s\s+(?<n>dois|duas|três|tres|[0-9]+)\b"
        + @"|\beerste\s+(?<n>twee|drie|[0-9]+)\b|\bprim[ie]\s+(?<n>due|tre|[0-9]+)\b|(最初|上)の(?<n>[0-9]+|二|三)(つ|点|項目)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"the two criteria", "2項目": how many criteria a sentence says it speaks of, if it says.</summary>
    private static int? CountedItems(string text)
    {
        var m = Counted.Match(ReturnDateParser.AsciiDigits(text));
        if (!m.Success)
        {
            return null;
        }

        var n = m.Groups["n"].Value.ToLowerInvariant();
        return int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
            : n is "three" or "drei" or "trois" or "tres" or "três" or "drie" or "tre" or "三" ? 3 : 2;
    }

    private static bool AnswersASideQuestion(List<SentenceAnalysis> sentences, List<SentenceAnalysis> positives, List<CriterionMentions> criteria)
    {
        if (positives.Count == 0 || sentences.Any(s => s.Has(Cue.Evaluation)) || criteria.Any(c => c.Sentences.Count > 0))
        {
            return false;
        }

        return positives.All(p => p.Tokens.Count(t => t.Any(char.IsLetter)) <= 3
            && sentences.IndexOf(p) + 1 < sentences.Count && sentences[sentences.IndexOf(p) + 1].IsAboutLogistics);
    }

    /// <summary>
    /// A confirmation of a conditional declaration that also confirms what was blocked ("the parser patch is out and
    /// legacy syslog has parsed cleanly since; confirmed") is the full confirmation, sent after the fix.
    /// </summary>
    private static bool CoversBlocked(SuccessPlan? plan, List<SentenceAnalysis> sentences, List<SentenceAnalysis> positives, List<CriterionMentions> criteria)
    {
        if (plan is null)
        {
            return false;
        }

        var blocked = plan.Criteria.Select((c, i) => (c, i)).Where(x => x.c.Status == CriterionStatus.Blocked).ToList();
        // The fix is said to be done, in a sentence about the blocked criterion or its fix, with nothing still required.
        // "Sabato abbiamo misurato 53.500 eventi/s": what the writer measured, meeting the target, disputes nothing.
        bool Settled(SentenceAnalysis s) =>
            !s.Signals.Overlaps([ReplySignal.Condition, ReplySignal.Deferred, ReplySignal.NotYet, ReplySignal.Hedge, ReplySignal.Question])
            && (!s.IsNegative || s.DisputesOnlyByOwnMeasurement && OnlyDisputes(s) && criteria.Any(c => c.AllFiguresMeetTarget.Contains(s)))
            && !s.Has(Cue.Requirement) && !s.Has(Cue.Precondition)
            // "E o patch, quando sair, pode ser instalado", "検証後": the fix spoken of as something to come. Not "als geslaagd
            // beschouwen" (as), "en dan meteen" (then), nor a sentence that says no condition is left ("zonder voorwaarden").
            && !(s.Matches[Cue.Later].Any(l => l.Phrase is not ("als" or "dan" or "dann")) && !s.Has(Cue.Unconditional));
        // Or the reply says in so many words that no condition is left ("…a success, nothing conditional left").
        var saysUnconditional = sentences.Any(s => s.Has(Cue.Unconditional) && Settled(s));
        // The sentences about a blocked criterion: those naming it, and those naming its fix ("the parser patch").
        IEnumerable<SentenceAnalysis> About((Criterion c, int i) b) =>
            criteria[b.i].Sentences.Concat(sentences.Where(s => FixWords(b.c).Any(w => s.Tokens.Contains(w))));
        // Or a confirmation that counts every criterion as met ("all three criteria are now met", "3つの必須成功基準が
        // すべて満たされました"): the pending one is among them. The reply must also speak of the pending criterion or its
        // fix, without a hedge: "all the criteria validated at the readout", with nothing said of the fix, counts the two
        // that were proven then.
        var countsEvery = sentences.Any(s => s.Signals.Contains(ReplySignal.Confirmation) && Settled(s) && CountsEveryCriterion(s, plan))
            && blocked.All(b => About(b).ToList() is { Count: > 0 } about && about.All(s => Settled(s) && !s.Has(Cue.Hedge)));
        return blocked.Count > 0
            && (saysUnconditional || countsEvery || blocked.All(b => About(b)
                .Any(s => Settled(s) && s.Has(Cue.FixDone))
                // Or its own figure now meets the target ("we onboarded Zwolle in 2 h 40 min"): the criterion is proven.
                || criteria[b.i].MeetingTarget.Any(Settled)))
            && positives.Any(p => p.Signals.Contains(ReplySignal.Confirmation) && Settled(p));
    }

    /// <summary>
    /// "All three criteria are met", "les trois critères sont remplis", "3 von 3 Kriterien", "3項目とも": the sentence
    /// speaks of every criterion of the plan at once (not "all the other criteria", not two of three).
    /// </summary>
    private static bool CountsEveryCriterion(SentenceAnalysis s, SuccessPlan plan)
    {
        var folded = ReturnDateParser.AsciiDigits(s.Folded);
        if (OtherCriteria.IsMatch(folded))
        {
            return false;
        }

        if (AllCriteria.IsMatch(folded))
        {
            return true;
        }

        var total = plan.Criteria.Count(c => c.Mandatory);
        foreach (Match m in CountOfCriteria.Matches(folded))
        {
            if (NumberOf(m.Groups["n"].Value) == total && (!m.Groups["of"].Success || NumberOf(m.Groups["of"].Value) == total))
            {
                return true;
            }
        }

        return false;
    }

    private static int? NumberOf(string word) => word switch
    {
        "two" or "zwei" or "deux" or "dos" or "dois" or "twee" or "due" => 2,
        "three" or "drei" or "trois" or "tres" or "drie" or "tre" => 3,
        _ => int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    private const string SmallNumber = @"\b[0-9]\b|\b(two|three|drei|trois|tres|drie|tre|zwei|deux|dos|dois|twee|due)\b";

    private const string CriteriaWords = @"(criteria|criterion|criterias|kriterien|erfolgskriterien|pflichtkriterien|criteres|critere|criterios|criterio|criteri|criterium|punten|punkte|items|targets|ziele|objectifs|objetivos|obiettivi|doelen|metas)";

    private static readonly Regex AllCriteria = new(
        @"\b(all|every|alle|tous|toutes|todos|todas|tutti|tutte)\b(\s+[a-z0-9]+){0,3}?\s+" + CriteriaWords + @"\b|(すべての|全ての|全)(必須)?(成功)?(基準|項目)|(基準|項目)(が|は|も)?(すべて|全て|全部|いずれも|とも)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex OtherCriteria = new(
        @"\b(all|every|alle|tous|toutes|todos|todas|tutti|tutte)\s+(the\s+|die\s+|les\s+|los\s+|las\s+|os\s+|as\s+|gli\s+|i\s+|de\s+)?(other|others|remaining|anderen|andere|autres|otros|otras|outros|outras|altri|altre|overige|ubrigen)\b|他の(基準|項目)|残り",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex CountOfCriteria = new(
        "(?<n>" + SmallNumber + @")\s*(/|of|out of|von|sur|de|su|van|van de)\s*(?<of>" + SmallNumber + @")(\s+\S+){0,2}?\s+" + CriteriaWords + @"\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// "Braucht ihr dafür noch etwas von uns?", "anything else you need from me before you talk to Priya?": the writer
    /// offers more; the question asks nothing of the reader before the answer stands.
    /// </summary>
    private static readonly Regex OffersHelp = new(
        @"\banything (else|more)\b.*\b(need|from (me|us)|i can|we can)\b|\bneed anything (else|more)\b|\b(can|could) (i|we) help\b|\b(noch )?(etwas|was) von (uns|mir)\b|\b(konnen|kann) (wir|ich) (noch )?(etwas|was) tun\b|\bbraucht ihr noch\b|\bbrauchen sie noch\b|\b(autre chose|quelque chose) de (notre|ma) part\b|\bbesoin d autre chose\b|\bbesoin de quelque chose d autre\b|\balgo mas de (nuestra|mi) parte\b|\bnecesita(s|is|n)? algo mas\b|\bmais alguma coisa\b|\bprecisa(m)? de (mais )?(alguma coisa|algo)\b|\b(ti|vi|le) serve (altro|qualcos)|\baltro da parte (mia|nostra)\b|\bavete bisogno di altro\b|\bnog iets (nodig )?van (ons|mij)\b|\b(hebben jullie|heb je|heeft u) nog iets nodig\b|他に(何か)?必要|ほかに(何か)?必要|何か必要なもの",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"Ainda faz sentido falar em vitória condicional? Acho que não.": a question the writer answers at once is rhetorical.</summary>
    private static bool AnsweredAtOnce(SentenceAnalysis question, List<SentenceAnalysis> sentences)
    {
        var i = sentences.IndexOf(question);
        return i >= 0 && i + 1 < sentences.Count && sentences[i + 1] is { IsQuestion: false } next && next.Tokens.Count <= 5
            && OwnAnswer.IsMatch(next.Folded.Trim().TrimEnd('.', '!', '。', '！'));
    }

    private static readonly Regex OwnAnswer = new(
        @"^((i )?(do not|don t) think so|i think not|of course( not)?|certainly not|not at all|hardly|exactly|no|yes|none|nobody|no one|(ich )?glaube (ich )?nicht|naturlich( nicht)?|keineswegs|auf keinen fall|nein|ja|niemand|(je ne )?(pense|crois) pas|bien sur( que non)?|pas du tout|non|oui|personne|(creo que )?no|claro( que no)?|para nada|nadie|(acho que )?nao|claro( que nao)?|de jeito nenhum|sim|ninguem|(credo|penso) di no|certo( che no)?|per niente|nessuno|(ik )?denk (het )?niet|natuurlijk( niet)?|helemaal niet|nee|niemand|いいえ|もちろん.*|ないでしょう|ありません)$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Words of the blocker's description ("legacy parser patch"): naming the fix as done speaks of the blocked criterion.</summary>
    private static IEnumerable<string> FixWords(Criterion c) =>
        c.Blocker is null ? [] : TextFold.Tokens(TextFold.Fold(c.Blocker.Description)).Where(t => t.Length > 3);

    /// <summary>
    /// A refusal whose object is the evaluation or the win itself, not one criterion ("we can't confirm the evaluation
    /// as a success", "please don't take this to Priya as a win"), in a reply whose positive words neither confirm
    /// the whole nor let the deal go on: the refusing sentence, or null.
    /// </summary>
    private static SentenceAnalysis? RefusesTheWhole(List<SentenceAnalysis> positives, List<SentenceAnalysis> negatives, DeclarationVariant? answering)
    {
        if (positives.Any(LetsTheDealGoOn))
        {
            return null;
        }

        var conditionalAsked = answering == DeclarationVariant.Conditional;
        return negatives.FirstOrDefault(n => !n.IsQuestion && n.Signals.Overlaps([ReplySignal.Refusal, ReplySignal.NegatedConfirmation])
            && ((conditionalAsked && (RefusesToStart(n) || RefusesTheConditionalWin(n))) || RefusesTheEvaluation(n)
                || (answering == DeclarationVariant.Full && RefusesTheEvaluationUntil(n))));
    }

    /// <summary>
    /// "Desde Ciberseguridad no podemos dar el OK todavía. Repaso los tres puntos: ✔ … ✔ … ✘ …": the answer comes first, and
    /// it refuses; what is granted after it is granted point by point. The first sentence that decides anything refuses or
    /// refuses a confirmation, names no single criterion and sets no condition, and nothing lets the deal go on.
    /// </summary>
    private static SentenceAnalysis? LeadingRefusal(List<SentenceAnalysis> sentences, List<SentenceAnalysis> positives, List<SentenceAnalysis> negatives, List<CriterionMentions> criteria)
    {
        if (positives.Any(LetsTheDealGoOn))
        {
            return null;
        }

        var lead = sentences.FirstOrDefault(s => s.IsPositive || negatives.Contains(s) || s.Signals.Contains(ReplySignal.Condition));
        return lead is not null && negatives.Contains(lead) && !lead.IsPositive && !lead.IsQuestion
            && lead.Signals.Overlaps([ReplySignal.Refusal, ReplySignal.NegatedConfirmation]) && !lead.Signals.Contains(ReplySignal.Condition)
            && !criteria.Any(c => c.Sentences.Contains(lead))
            ? lead
            : null;
    }

    /// <summary>
    /// A go-ahead now, or a confirmation of the evaluation or the win as a whole. Not a go-ahead for later ("once the
    /// patch is validated we'll gladly start"), nor what a policy requires ("our policy requires every criterion
    /// validated before any commercial review").
    /// </summary>
    private static bool LetsTheDealGoOn(SentenceAnalysis p) =>
        !p.IsNegative && !p.Signals.Contains(ReplySignal.Condition) && !p.Has(Cue.Requirement) && !p.Has(Cue.Precondition)
        && (p.Signals.Contains(ReplySignal.Proceed)
            || (p.Signals.Contains(ReplySignal.Confirmation) && (SpeaksOfTheWhole(p.Folded) || TheWin.IsMatch(p.Folded))));

    /// <summary>
    /// A conditional declaration asks for one thing: may the commercial steps start before the fix? "Not before the fix"
    /// refuses exactly that, though it reads like a condition. "We're OK to start the commercial review, but we can't sign
    /// until the patch is validated" starts them: the go-ahead is said, and only the signature waits.
    /// </summary>
    private static bool RefusesToStart(SentenceAnalysis n) => n.Has(Cue.Proceed) && !n.Signals.Contains(ReplySignal.Proceed);

    /// <summary>
    /// "We cannot accept a conditional technical win", even with a precondition in the same breath; what comes before a
    /// "but" ("thank you for being open about the pending criterion, but …") is granted, not asked.
    /// </summary>
    private static bool RefusesTheConditionalWin(SentenceAnalysis n)
    {
        if (!n.Has(Cue.ConditionalWord) || !n.Signals.Overlaps([ReplySignal.Refusal, ReplySignal.NegatedConfirmation]))
        {
            return false;
        }

        var word = n.Matches[Cue.ConditionalWord].Where(w => w.Start >= 0).Select(w => w.Start).DefaultIfEmpty(-1).Min();
        var but = n.Matches[Cue.WeakCondition].Where(w => w.Start >= 0 && w.Start < word).Select(w => w.Start).DefaultIfEmpty(-1).Max();
        return n.Matches[Cue.Condition].Where(c => c.Start < 0 || c.Start > but)
            .All(c => n.Matches[Cue.ConditionalWord].Any(w => w.Start == c.Start));
    }

    /// <summary>
    /// The sentence in which the writer takes back a yes given earlier in the same reply ("scratch that", "dus toch nog geen
    /// akkoord", "……と返信を書いていたところで"), when it refuses and no yes follows it; else null.
    /// </summary>
    private static SentenceAnalysis? TakesTheYesBack(List<SentenceAnalysis> sentences, List<SentenceAnalysis> positives)
    {
        var back = sentences.LastOrDefault(s => s.Has(Cue.Retraction) && !s.IsQuestion && s.Signals.Contains(ReplySignal.Refusal));
        if (back is null)
        {
            return null;
        }

        var at = sentences.IndexOf(back);
        return positives.Any(p => sentences.IndexOf(p) < at) && !positives.Any(p => sentences.IndexOf(p) > at) ? back : null;
    }

    /// <summary>
    /// "Tant que ce point n'est pas réglé, on ne peut pas signer la confirmation": to a full declaration, a confirmation
    /// refused until something is done is a "not yet", whatever the criteria granted before it. (To a conditional one, "we
    /// can't sign until the patch is validated" is the stipulation itself, and accepts it.)
    /// </summary>
    private static bool RefusesTheEvaluationUntil(SentenceAnalysis n) =>
        n.Signals.Contains(ReplySignal.NegatedConfirmation) && (n.Has(Cue.Later) || n.Has(Cue.Condition)) && !n.Has(Cue.Precondition) && !NamesOnePoint(n.Folded)
        && !n.Has(Cue.Proceed) && !n.Has(Cue.WeakCondition) && !n.Signals.Overlaps([ReplySignal.Confirmation, ReplySignal.Proceed, ReplySignal.SoftPositive]);

    /// <summary>"We can't confirm the evaluation as a success", "please don't take this to Priya as a win": not one point, no condition.</summary>
    private static bool RefusesTheEvaluation(SentenceAnalysis n) =>
        !n.Has(Cue.Condition) && !n.Has(Cue.Precondition) && !NamesOnePoint(n.Folded)
        && (SpeaksOfTheWhole(n.Folded) || TheWin.IsMatch(n.Folded) || n.Has(Cue.Proceed) || n.Has(Cue.ConditionalWord));

    /// <summary>Whether a sentence speaks of the evaluation as a whole, not only of a time within it ("during the POV").</summary>
    private static bool SpeaksOfTheWhole(string folded) => WholeEvaluation.IsMatch(DuringTheEvaluation.Replace(folded, " "));

    private static readonly Regex DuringTheEvaluation = new(
        @"\b(during|throughout|in|while|durante|wahrend|im|pendant|tijdens|nel|nella|na|no)\s+(the |our |your |la |el |le |de |der |die |il |o |a )?(pov|poc|evaluation|evaluierung|evaluacion|avaliacao|evaluatie|valutazione|test|tests)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "as a win", "den Technical Win": the win declared, as a whole.
    private static readonly Regex TheWin = new(@"\b(win|technical win|vitoria|victoria|vittoria|victoire)\b|テクニカルウィン|技術的勝利", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// "Novedad antes de seguir con lo condicional: el parche … validado", "following up on the conditional win from January":
    /// in a reply that confirms, and says in another sentence that the conditional is no longer needed ("full, not
    /// conditional any more"), a sentence whose only "condition" is the name of that conditional conditions nothing: it
    /// names what is set aside.
    /// </summary>
    private static bool NamesTheSupersededConditional(SentenceAnalysis s, List<SentenceAnalysis> sentences) =>
        !s.IsNegative && s.Has(Cue.ConditionalWord)
        && s.Matches[Cue.Condition].All(c => s.Matches[Cue.ConditionalWord].Any(w => w.Start == c.Start))
        && (SaysTheConditionalIsGone(s, sentences) || AsksNothingBesideAWholeYes(s, sentences));

    // "Full, not conditional any more", beside a yes that holds nothing back.
    private static bool SaysTheConditionalIsGone(SentenceAnalysis s, List<SentenceAnalysis> sentences) =>
        sentences.Any(u => u != s && !u.IsNegative && !u.IsQuestion && u.Has(Cue.ConditionalWord) && u.Has(Cue.Unconditional)
            && !u.Signals.Contains(ReplySignal.Condition))
        && sentences.Any(p => p.Signals.Contains(ReplySignal.Confirmation) && !p.IsNegative && !p.IsQuestion && !p.Signals.Contains(ReplySignal.Condition));

    // Nothing asked in the sentence (no "first", "before", "when", "but"), beside a yes to the evaluation as a whole.
    private static bool AsksNothingBesideAWholeYes(SentenceAnalysis s, List<SentenceAnalysis> sentences) =>
        !s.IsPositive && !s.IsQuestion && !s.Has(Cue.Requirement) && !s.Has(Cue.Precondition) && !s.Has(Cue.Later) && !s.Has(Cue.WeakCondition)
        && sentences.Any(p => p != s && p.Signals.Contains(ReplySignal.Confirmation) && LetsTheDealGoOn(p) && SpeaksOfTheWhole(p.Folded));

    /// <summary>
    /// "Confirmed, without conditions. Heads-up that procurement wants the order form by the 15th if this is to land this
    /// fiscal year": when the writer says in so many words that the confirmation has no condition, an "if" about
    /// something else (purchasing, a meeting) conditions nothing of the evaluation.
    /// </summary>
    private static bool AsideOfAnUnconditionalYes(SentenceAnalysis s, List<SentenceAnalysis> sentences, List<CriterionMentions> criteria) =>
        sentences.Any(u => u != s && u.Has(Cue.Unconditional) && u.IsPositive && !u.IsNegative && !u.IsQuestion
            && !u.Signals.Overlaps([ReplySignal.Condition, ReplySignal.Hedge, ReplySignal.Deferred, ReplySignal.NotYet]))
        && !s.IsNegative && !s.Has(Cue.Evaluation) && !s.Has(Cue.FixDone) && !s.Has(Cue.ConditionalWord) && !s.Has(Cue.Requirement)
        && !criteria.Any(c => c.Sentences.Contains(s));

    /// <summary>
    /// "Confirmado: … um sucesso. … Os acessos de VPN serão revogados em 4/12, salvo pedido em contrário": an "if" or an
    /// "unless" about a meeting, an invoice, a shipment or an account, beside a yes of the writer's own that holds nothing
    /// back, conditions nothing of the evaluation; nor does a purchasing formality asked first ("Fabrikam set up as a
    /// supplier before a PO can be raised").
    /// </summary>
    private static bool PracticalitiesBesideAYes(SentenceAnalysis s, List<SentenceAnalysis> positives, List<CriterionMentions> criteria) =>
        s.IsAboutLogistics && !s.IsNegative && !s.IsPositive && !s.Has(Cue.Evaluation) && !s.Has(Cue.FixDone) && !s.Has(Cue.ConditionalWord)
        && !s.Has(Cue.Proceed) && !s.Has(Cue.Confirm) && !criteria.Any(c => c.Sentences.Contains(s))
        && positives.Any(p => p != s && p.Signals.Contains(ReplySignal.Confirmation) && !p.IsNegative && !p.IsQuestion
            && !p.Signals.Overlaps([ReplySignal.Condition, ReplySignal.Hedge, ReplySignal.Deferred, ReplySignal.NotYet]));

    /// <summary>A hand-over whose only evaluation words are the purchase's ("the commercial decision lies with Marc").</summary>
    private static bool HandsOverOnlyThePurchase(SentenceAnalysis s) =>
        s.Has(Cue.Evaluation) && !s.SpeaksOfTheEvaluation && !s.Has(Cue.ConditionalWord) && !s.IsNegative;

    /// <summary>
    /// "Confirmed: both will attend the commercial review kick-off on Thursday": a sentence about a meeting, a shipment or
    /// an account, whose only evaluation word is the purchase's ("commercial"), that lets nothing go ahead and names neither
    /// a criterion nor the conditional win. A yes in it answers the practical question, not the declaration.
    /// </summary>
    private static bool SpeaksOnlyOfPracticalities(SentenceAnalysis s, List<CriterionMentions> criteria) =>
        s.Has(Cue.Logistics) && !(s.SpeaksOfTheEvaluation || s.Has(Cue.Evaluation) && s.Signals.Contains(ReplySignal.Proceed))
        && !s.Has(Cue.ConditionalWord) && !criteria.Any(c => c.Sentences.Contains(s));

    /// <summary>
    /// "Confirmed — the team considers the evaluation a success. … It isn't a commitment to purchase; commercial terms
    /// remain subject to contract": after a yes of the writer's own about the evaluation that holds nothing back, a remark
    /// that leaves the purchase to its own process conditions nothing of the evaluation (the declaration itself hands the
    /// commercial side to review).
    /// </summary>
    private static bool CommercialCaveatBesideAYes(SentenceAnalysis s, List<SentenceAnalysis> sentences, List<SentenceAnalysis> positives, List<CriterionMentions> criteria) =>
        s.IsCommercialCaveat && !criteria.Any(c => c.Sentences.Contains(s))
        && positives.Any(p => !p.IsCommercialCaveat && IsWholeYesBefore(p, s, sentences, criteria));

    /// <summary>A yes of the writer's own, before <paramref name="s"/>, about the evaluation or its criteria, that holds nothing back.</summary>
    private static bool IsWholeYesBefore(SentenceAnalysis p, SentenceAnalysis s, List<SentenceAnalysis> sentences, List<CriterionMentions> criteria) =>
        sentences.IndexOf(p) < sentences.IndexOf(s) && p.Signals.Contains(ReplySignal.Confirmation) && !p.IsNegative && !p.IsQuestion
        && (p.Has(Cue.Evaluation) || criteria.Any(c => c.Sentences.Contains(p)))
        && !p.Signals.Overlaps([ReplySignal.Condition, ReplySignal.Hedge, ReplySignal.Deferred, ReplySignal.NotYet]);

    /// <summary>
    /// "Für Tobias schon mal als Hinweis für die kaufmännischen Gespräche: …", "Segnalo a Tobias, per la parte economica:
    /// …": a remark under a label (before a colon, in the first fourteen words) that names the commercial side, naming no
    /// criterion, fix or conditional win, after a yes of the writer's own about the evaluation that holds nothing back.
    /// </summary>
    private static bool ForTheCommercialTalks(SentenceAnalysis s, List<SentenceAnalysis> sentences, List<SentenceAnalysis> positives, List<CriterionMentions> criteria)
    {
        var colon = s.Tokens.IndexOf(":");
        if (colon < 1 || colon > 14 || s.IsQuestion || criteria.Any(c => c.Sentences.Contains(s)) || s.Has(Cue.ConditionalWord) || s.Has(Cue.FixDone)
            || !s.Matches[Cue.CommercialSide].Any(m => m.Start >= 0 && m.End <= colon))
        {
            return false;
        }

        return positives.Any(p => IsWholeYesBefore(p, s, sentences, criteria));
    }

    /// <summary>
    /// "Dinner on Dec 3: …", "Meeting: …", "Travel: …": a sentence opened by a short label (before a colon, in the first
    /// eight words) that names a meeting, a meal, a place or a trip and nothing of the evaluation speaks of that.
    /// </summary>
    private static bool UnderALogisticsLabel(SentenceAnalysis s, List<CriterionMentions> criteria)
    {
        var colon = s.Tokens.IndexOf(":");
        if (colon < 1 || colon > 8 || criteria.Any(c => c.Sentences.Contains(s)) || s.Has(Cue.ConditionalWord) || s.Has(Cue.FixDone))
        {
            return false;
        }

        return s.Matches[Cue.Logistics].Any(l => l.Start >= 0 && l.End <= colon) && !s.Matches[Cue.Evaluation].Any(e => e.Start >= 0 && e.Start < colon)
            && !s.Matches[Cue.Proceed].Any(p => p.Start >= 0);
    }

    /// <summary>
    /// A "not yet", a failure or a refusal that names nothing of the deal: no criterion, no evaluation word, no go-ahead or
    /// confirmation word, no fix, no dispute word, not the conditional win. A refused confirmation always counts.
    /// </summary>
    private static bool IsSideTopic(SentenceAnalysis n, List<CriterionMentions> criteria) =>
        !n.Signals.Contains(ReplySignal.NegatedConfirmation) && !n.IsQuestion
        && !n.Has(Cue.Evaluation) && !n.Has(Cue.Proceed) && !n.Has(Cue.Confirm) && !n.Has(Cue.FixDone) && !n.Has(Cue.ConditionalWord)
        && !n.Has(Cue.Dispute) && !criteria.Any(c => c.Sentences.Contains(n) || c.Disputes.Contains(n.Text));

    /// <summary>
    /// "Confirmed: the evaluation is a success, all three criteria met; Jordan can go ahead. … If you need the runbook in
    /// Spanish, Marta can help": beside a whole yes that lets the deal go on, an offer to the reader ("if you…") that names
    /// nothing of the deal — no criterion, evaluation, go-ahead, fix or the conditional win, nothing required first —
    /// conditions nothing of it.
    /// </summary>
    private static bool SideConditionBesideAWholeYes(SentenceAnalysis s, List<SentenceAnalysis> positives, List<CriterionMentions> criteria, SuccessPlan? plan) =>
        !s.IsNegative && !s.IsPositive && IsSideTopic(s, criteria) && !s.Has(Cue.Requirement) && !s.Has(Cue.Precondition)
        && s.Tokens.Any(t => YouWords.Contains(t))
        && !(plan?.Criteria.Any(c => FixWords(c).Any(w => s.Tokens.Contains(w))) ?? false)
        && positives.Any(p => p != s && LetsTheDealGoOn(p) && p.Signals.Contains(ReplySignal.Confirmation) && SpeaksOfTheWhole(p.Folded));

    private static readonly HashSet<string> YouWords = new(StringComparer.Ordinal) { "you", "ihr", "euch", "du", "dir", "sie", "vous", "tu", "usted", "ustedes", "vosotros", "os", "te", "voce", "voces", "vos", "je", "jij", "jullie", "u", "lei", "voi", "ti" };

    /// <summary>A postscript about a meeting or a visit, with nothing in it of the evaluation, its criteria, the fix or the next steps.</summary>
    private static bool IsSocialPostscript(SentenceAnalysis s, List<CriterionMentions> criteria) =>
        ReplyExtractor.Postscript.IsMatch(s.Text) && s.IsAboutLogistics && !s.Has(Cue.Evaluation) && !s.Has(Cue.Proceed) && !s.Has(Cue.FixDone)
        && !s.Has(Cue.Requirement) && !s.Has(Cue.Precondition) && !s.Has(Cue.ConditionalWord) && !criteria.Any(c => c.Sentences.Contains(s));

    /// <summary>
    /// The remarks the writer says are not about the answer, and the list such a remark opens ("Two small things, neither
    /// of them holding anything up: 1. … 2. …"), as long as nothing in it refuses, holds back or confirms. The list ends
    /// where a paragraph that is not one of its items begins (the sign-off, "Separately, …").
    /// </summary>
    private static HashSet<SentenceAnalysis> DeclaredAsides(List<SentenceAnalysis> sentences, string text)
    {
        var asides = new HashSet<SentenceAnalysis>();
        // Read only when a remark opens a list: most replies have none.
        List<string>? heads = null;
        var opensList = false;
        var requestList = false;
        foreach (var s in sentences)
        {
            if (s.IsDeclaredAside)
            {
                asides.Add(s);
                // "Un detalle que no cambia lo anterior: el 43% …" opens the remark as surely as a line ending in a colon.
                opensList = s.Text.TrimEnd().EndsWith(':') || OpensWithAsideLabel(s);
                requestList = false;
            }
            else if (s.OpensARequestList)
            {
                // "Next steps: could you send us the following?" — what the list asks for is asked, not a condition; an
                // item that asks for something first ("- the patch validated before we sign") still does.
                opensList = requestList = true;
            }
            else if (opensList && !s.Signals.Overlaps([ReplySignal.Refusal, ReplySignal.NotYet, ReplySignal.NegatedConfirmation, ReplySignal.Confirmation, ReplySignal.Dispute])
                && !(requestList && (s.Has(Cue.Precondition) || s.Has(Cue.Requirement)))
                && (SentenceSplitter.StartsListItem(s.Text) || !(heads ??= ParagraphHeads(text)).Any(h => s.Text.StartsWith(h, StringComparison.Ordinal))))
            {
                asides.Add(s);
            }
            else
            {
                opensList = false;
            }
        }

        // "Petit bémol : l'interface est encore à moitié traduite. … Ce n'est pas bloquant, mais …": a remark said to block
        // nothing in the words that open the next sentences is set aside too, back to the head of its paragraph.
        for (var i = 1; i < sentences.Count; i++)
        {
            if (!sentences[i].IsDeclaredAside || !SaysSoFirst(sentences[i]))
            {
                continue;
            }

            heads ??= ParagraphHeads(text);
            if (heads.Any(h => sentences[i].Text.StartsWith(h, StringComparison.Ordinal)))
            {
                continue;
            }

            for (var j = i - 1; j >= 0 && i - j <= 3; j--)
            {
                var before = sentences[j];
                if (before.Signals.Overlaps([ReplySignal.Refusal, ReplySignal.NotYet, ReplySignal.NegatedConfirmation, ReplySignal.Dispute, ReplySignal.Proceed])
                    || before.Has(Cue.Precondition) || before.Has(Cue.ConditionalWord) || before.Has(Cue.FixDone))
                {
                    break;
                }

                // "Camille maintient une réserve … Elle reconnaît que le critère est atteint … Ce n'est pas une condition.":
                // a yes between the remark and the words that set it aside stays a yes; the remark before it is still set aside.
                if (!before.Signals.Contains(ReplySignal.Confirmation))
                {
                    asides.Add(before);
                }

                if (heads.Any(h => before.Text.StartsWith(h, StringComparison.Ordinal)))
                {
                    break;
                }
            }
        }

        return asides;
    }

    /// <summary>The aside phrase among the sentence's first words: "Not a blocker, but …", "Ce n'est pas bloquant, mais …".</summary>
    private static bool SaysSoFirst(SentenceAnalysis s) =>
        s.Matches[Cue.Aside].Any(m => m.Start is >= 0 and <= 4) && !OpensWithAsideLabel(s);

    /// <summary>The aside phrase stands before a colon: "One detail that changes nothing of the above: …".</summary>
    private static bool OpensWithAsideLabel(SentenceAnalysis s)
    {
        var colon = s.Tokens.IndexOf(":");
        return colon > 0 && s.Matches[Cue.Aside].Any(m => m.Start >= 0 && m.End <= colon);
    }

    /// <summary>The first words of each paragraph of the reply (a line after a blank one).</summary>
    private static List<string> ParagraphHeads(string text)
    {
        var heads = new List<string>();
        var blank = true;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }

            if (blank)
            {
                heads.Add(line.Length > 24 ? line[..24] : line);
            }

            blank = false;
        }

        return heads;
    }

    private static bool OnlyDisputes(SentenceAnalysis s) =>
        !s.Signals.Overlaps([ReplySignal.NegatedConfirmation, ReplySignal.Refusal, ReplySignal.NotYet]);

    /// <summary>
    /// A confirmation that names only some of the mandatory criteria and says nothing of the rest, or holds one of
    /// them back ("for syslog I want to rerun it before I sign off"), confirms part of the result: why, or null.
    /// </summary>
    private static string? Partial(List<SentenceAnalysis> positives, List<CriterionMentions> criteria, IReadOnlySet<string> corrections, IReadOnlySet<SentenceAnalysis> asides)
    {
        var mandatory = criteria.Where(c => c.Mandatory).ToList();
        if (mandatory.Count < 2)
        {
            return null;
        }

        foreach (var c in mandatory)
        {
            // "Sarah can start the commercial review, but our sign-off on ingestion waits for the Osaka run": a go-ahead
            // that holds a criterion back holds it back; a remark the writer sets aside ("one detail that changes nothing of
            // the above: …") does not.
            var heldBack = c.Sentences.FirstOrDefault(s => !asides.Contains(s) && (!s.IsPositive || !s.Signals.Overlaps([ReplySignal.Confirmation, ReplySignal.ShortYes, ReplySignal.NoObjection])) && !corrections.Contains(s.Text)
                // "…bevor das hier untergeht: der Patch ist seit Mittwoch in Produktion": a bare "before" beside a fix that
                // shipped holds nothing back.
                && (s.Signals.Overlaps([ReplySignal.Deferred, ReplySignal.NotYet, ReplySignal.Condition, ReplySignal.Hedge]) || ((s.Has(Cue.Requirement) || s.Has(Cue.Precondition)) && !s.Has(Cue.FixDone))));
            if (heldBack is not null)
            {
                return $"The reply confirms part of the result and holds one criterion back: \"{heldBack.Text}\"";
            }
        }

        if (positives.FirstOrDefault(p => CountedItems(p.Text) is { } n && n < mandatory.Count) is { } counted)
        {
            return $"The reply confirms fewer criteria than the {mandatory.Count} mandatory ones: \"{counted.Text}\"";
        }

        var named = positives.Where(p => criteria.Any(c => c.Sentences.Contains(p))).ToList();
        var global = positives.Any(p => !criteria.Any(c => c.Sentences.Contains(p)) || WholeEvaluation.IsMatch(p.Folded));
        var silent = mandatory.Where(c => !c.Sentences.Any(named.Contains)).ToList();
        return named.Count > 0 && !global && silent.Count > 0
            ? $"The reply confirms only some of the criteria and says nothing of {silent.Count} mandatory one{(silent.Count == 1 ? "" : "s")}."
            : null;
    }

    // unread: what to say of a reply that seems to be in a language not read (null when it is read), asked only when
    // nothing else explains it, as it folds the whole text again.
    private static string WhyAmbiguous(List<SentenceAnalysis> sentences, Func<string?> unread)
    {
        var signals = sentences.SelectMany(s => s.Signals).ToHashSet();
        if (signals.Contains(ReplySignal.Hedge))
        {
            return "what reads like a confirmation is hedged (\"I think\", \"mostly\", \"in principle\").";
        }

        if (signals.Contains(ReplySignal.Deferred))
        {
            return "the confirmation is promised for later, not given.";
        }

        if (signals.Contains(ReplySignal.Delegation))
        {
            return "the reply hands the question to someone else.";
        }

        if (signals.Contains(ReplySignal.Question))
        {
            return "the reply asks a question back.";
        }

        if (signals.Contains(ReplySignal.Request))
        {
            return "the reply asks someone else to confirm.";
        }

        if (signals.Contains(ReplySignal.SoftPositive))
        {
            return "praise such as \"looks good\" is not a written confirmation.";
        }

        if (signals.Contains(ReplySignal.Thanks))
        {
            return "thanks alone is not a written confirmation.";
        }

        return unread() ?? "nothing in the reply confirms, conditions or declines.";
    }

    private IReadOnlyList<Lexicon> LexiconsFor(string text) => LanguageGuess.Pick(text, _allowed);

    private string? UnreadNote(string text)
    {
        if (!LanguageGuess.Unread(text, _allowed))
        {
            return null;
        }

        var names = _allowed.Select(l => l.Name).ToList();
        var list = names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
        return $"the reply seems to be written in a language OutlookWin does not read (it reads {list}): read it and set the verdict yourself.";
    }

    private static int Priority(ReplySignal s) => (int)s;

    private static bool IsWorthQuoting(ReplySignal s) => s is not ReplySignal.Thanks;
}
