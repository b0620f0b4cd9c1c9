namespace OutlookWin.Domain.Replies;

/// <summary>What a phrase in a reply signals. Lexicons list phrases per cue and language.</summary>
internal enum Cue
{
    Confirm,
    Proceed,
    NoObjection,
    ShortYes,
    ShortNo,
    Condition,
    WeakCondition,
    Requirement,
    Refusal,
    NotYet,
    Dispute,
    Hedge,
    SoftPositive,
    Thanks,
    Delegation,
    Deferred,
    Request,
    Negator,
    Precondition,
    Subordinator,
    OutOfOffice,
    Acknowledgement,
    Courtesy,
    Stopword,

    /// <summary>"While…", "although…": what follows is conceded, and the main clause decides.</summary>
    Concession,

    /// <summary>Confidentiality notices and legal footers: boilerplate, not the person's words.</summary>
    Disclaimer,

    /// <summary>Meetings, days, times and places: what a side question in a P.S. asks about.</summary>
    Logistics,

    /// <summary>Words that make a sentence about the evaluation, its criteria or its results.</summary>
    Evaluation,

    /// <summary>A fix that is done: shipped, deployed, in production.</summary>
    FixDone,

    /// <summary>The names of what is declared ("Conditional Technical Win"): a name, not a condition or a confirmation.</summary>
    Name,

    /// <summary>
    /// "…so it doesn't change the outcome", "still well inside the target": a figure set right that leaves the result
    /// standing. Masks its words (its "not", its "still"); a sentence with nothing else held back keeps no condition.
    /// </summary>
    Reassurance,

    /// <summary>"Nothing conditional left", "sin condiciones pendientes": a condition denied, not stated.</summary>
    Unconditional,

    /// <summary>"I object to any confirmation", "je m'oppose à": a refusal whose object is the confirmation itself.</summary>
    Opposition,

    /// <summary>
    /// "The numbers don't lie", "nothing to complain about", "de cijfers liegen niet": a negated negative that says yes.
    /// Masks its words, so its "not" negates nothing and its "but" holds nothing back.
    /// </summary>
    Litotes,

    /// <summary>The word "conditional" itself ("the conditional thing", "voorwaardelijk akkoord"): what a refusal of the conditional win refuses.</summary>
    ConditionalWord,

    /// <summary>"as a collaboration", "die Zusammenarbeit": a clause that speaks of something other than the evaluation.</summary>
    OtherSubject,

    /// <summary>"your call, not mine", "jouw beslissing": the writer says the decision is someone else's.</summary>
    Handover,

    /// <summary>"listed as", "indiqué comme": what the declaration is said to state, right before it ("marked as validated").</summary>
    Reported,

    /// <summary>"could you reword it", "umformulieren": the writer wants the declaration worded differently before answering it.</summary>
    Reword,

    /// <summary>"I have to withdraw my confirmation", "ik moet mijn bevestiging intrekken": an earlier yes taken back, a refusal now.</summary>
    Retraction,

    /// <summary>"only", "erst", "pas": with a <see cref="Later"/> after it, what the clause grants waits for then.</summary>
    Restrictive,

    /// <summary>
    /// "Subject to contract", "not a commitment to purchase", "a technical sign-off only", "契約条件につきましては": a remark
    /// that scopes a yes to the technical result and leaves the purchase to its own process.
    /// </summary>
    CommercialSide,

    /// <summary>
    /// "If I understood correctly: …", "Pour rappel : …", "Where we were on Nov 25: …": a label, before a colon, that opens
    /// the writer's retelling of the declaration or of the proposal. What follows it is the declaration's, not the writer's answer.
    /// </summary>
    Recap,

    /// <summary>"once", "when", "after", "sobald": a time to come (not "if", which conditions).</summary>
    Later,

    /// <summary>
    /// "…which has nothing to do with the confirmation", "in no way a condition", "puur ter info": the writer says the
    /// remark is not about the answer. Masks its words; the remark conditions and objects to nothing.
    /// </summary>
    Aside,

    /// <summary>
    /// "I was going to tell you to hold off until…, but", "eigentlich wollte ich mit der Antwort warten", "当初は…保留するつもりでした":
    /// a plan to wait the writer had and no longer has. Masks its words up to the "but" that turns it (in Japanese, the whole
    /// sentence up to the phrase); what was once meant conditions, holds and confirms nothing.
    /// </summary>
    PastIntent,
}

/// <summary>
/// The phrase lists of one language, compiled once. Immutable; shared by every reader.
/// Phrase syntax is described on <see cref="PhraseSet"/>; entries are folded like reply text, so
/// accents and case do not matter.
/// </summary>
internal sealed partial class Lexicon
{
    private readonly Dictionary<Cue, PhraseSet> _sets;

    private Lexicon(string language, string name, Dictionary<Cue, string[]> entries, Dictionary<WordClass, string[]> wordClasses)
    {
        _words = Fold(wordClasses);
        Language = language;
        Name = name;
        _sets = entries.ToDictionary(e => e.Key, e => new PhraseSet(e.Value));
        Stopwords = new HashSet<string>(
            entries.TryGetValue(Cue.Stopword, out var words) ? words.Select(TextFold.Fold) : [],
            StringComparer.Ordinal);
    }

    public string Language { get; }

    /// <summary>The language's English name, as explanations give it ("Italian").</summary>
    public string Name { get; }

    public IReadOnlySet<string> Stopwords { get; }

    public PhraseSet? this[Cue cue] => _sets.GetValueOrDefault(cue);

    public static IReadOnlyDictionary<string, Lexicon> All { get; } = new Dictionary<string, Lexicon>
    {
        ["en"] = new("en", "English", English(), EnglishWords()),
        ["de"] = new("de", "German", German(), GermanWords()),
        ["fr"] = new("fr", "French", French(), FrenchWords()),
        ["es"] = new("es", "Spanish", Spanish(), SpanishWords()),
        ["pt"] = new("pt", "Portuguese", Portuguese(), PortugueseWords()),
        ["nl"] = new("nl", "Dutch", Dutch(), DutchWords()),
        ["it"] = new("it", "Italian", Italian(), ItalianWords()),
        ["ja"] = new("ja", "Japanese", Japanese(), JapaneseWords()),
    };

    private static Dictionary<Cue, string[]> English() => new()
    {
        [Cue.Recap] = ["as i understand it", "as i understand", "if i understand correctly", "if i understood correctly", "if i have understood correctly", "if i have understood", "my understanding is", "as i read it", "the way i read it", "the way ~ summarised it", "the way ~ summarized it", "as a reminder", "to recall", "where we were", "where we stood", "where things stood", "the proposal is", "what you propose", "what you are proposing", "as you wrote", "as you put it"],
        [Cue.Litotes] = [ "nothing to add to", "have nothing to add", "that were failing before", "which were failing before", "that were failing", "that had been failing", "that was failing before", "nothing is blocking", "nothing blocking", "nothing is holding ~ up", "freeze ~ did not touch", "freeze ~ not affect*", "not affected by the freeze", "that failed at the readout", "that had failed", "which had failed", "that failed before", "which failed before", "that failed last time", "ones that failed", "not trying to block", "not trying to stop", "not here to block", "not want to block", "not trying to hold ~ up", "not blocking", "never ~ in doubt", "never in question", "was never a concern", "never a concern", "never really a concern", "not in doubt", "not bad at all", "not bad", "no reason not to", "see no reason not to", "can not see any reason not to", "cannot see any reason not to", "do not see any reason not to", "no reason why not", "no arguments", "no argument there", "no arguments there","numbers do not lie", "figures do not lie", "data does not lie", "not going to argue", "can not argue with", "cannot argue with", "no arguing with", "hard to argue with", "can not complain", "nothing to complain about", "no complaints", "can not fault", "cannot fault", "nothing to fault", "could not ask for more", "could not have asked for more", "can not deny", "no denying"],
        [Cue.ConditionalWord] = ["conditional*"],
        [Cue.Opposition] = [ "must object", "have to object", "i object", "we object", "need to object", "not ~ as a win", "not take this ~ as a win", "not ~ as confirmed", "not treat ~ as confirmed", "not ~ as a technical win","object* to", "i object", "we object", "oppose*", "withhold*", "veto*", "stop any", "block any"],
        [Cue.Unconditional] = [ "cross out ~ conditional*", "cross ~ conditional* ~ out", "strike ~ conditional*", "strike out ~ conditional*", "drop ~ conditional*", "scrap ~ conditional*", "remove ~ conditional*", "delete ~ conditional*", "lose ~ conditional*", "forget ~ conditional*", "conditional* ~ redundant", "conditional* ~ can go", "conditional* ~ can be dropped", "conditional* ~ can be removed", "no need to carry the condition*", "no need ~ carry ~ condition*", "without the carve out", "without the carve-out", "without any carve out", "without carve out", "conditional ~ superseded", "can be considered superseded", "consider ~ conditional ~ superseded", "rather than ~ conditional*", "instead of ~ conditional*", "rather than a conditional", "without the stipulation", "without stipulation", "without the condition", "without that condition", "without the caveat", "without that caveat", "that was the condition", "that was the only condition", "which was the condition", "that was the one condition", "no longer pending", "not pending anymore", "not pending any more", "nothing pending", "not just the conditional", "not only the conditional", "rather than the conditional", "instead of the conditional", "not a conditional but", "not conditional but", "no longer just conditional", "more than the conditional", "need ~ conditional ~ any more", "conditional version any more", "conditional version anymore", "no longer conditional", "not conditional anymore", "no conditional ~ anymore", "need ~ conditional ~ anymore", "no longer need the conditional", "no need for the conditional", "conditional win is no longer needed", "conditional is no longer needed", "do not condition", "does not condition", "no condition left", "no condition remains", "not conditions on", "not conditions", "are not conditions", "none of these are conditions", "none of this is a condition", "none of them conditions", "replace my earlier conditional", "replaces my earlier conditional", "instead of my earlier conditional", "no longer a conditional", "no longer ~ conditional", "not a conditional ~ anymore", "not conditional ~ any more", "not conditional ~ anymore", "in no way a condition", "by no means a condition", "not in any way a condition", "past the conditional stage", "beyond the conditional stage", "past the conditional", "condition is met", "condition has been met", "condition is now met", "condition was met", "condition is fulfilled", "condition has been fulfilled", "condition is satisfied", "condition has been satisfied", "stipulation is met", "stipulation has been met", "not ~ as conditional anymore", "not ~ as conditional any more", "not conditional anymore", "not conditional any more", "no longer conditional", "no need to keep the conditional*", "no need ~ conditional wording", "need ~ conditional wording", "need ~ conditional language", "need the conditional", "not pending any more", "not pending anymore", "no longer pending", "nothing is pending", "nothing pending", "stipulation is already met", "stipulation ~ already met", "condition is already met", "condition ~ already met", "not need the conditional*", "no need for the conditional*", "do not need ~ conditional wording", "not condition", "is not condition", "not meant as condition", "not a condition", "is not a condition", "not meant as a condition","no conditions", "no condition", "nothing conditional", "without conditions", "without any conditions", "unconditional*", "no strings attached", "no caveats", "no open conditions", "no remaining conditions", "no conditions left", "no conditions remain*", "nothing conditional left", "no conditions are left", "no condition is left"],
        [Cue.Reassurance] = [ "nothing changes", "so nothing changes", "nothing changes for now", "no bearing on the result", "no bearing on the verdict", "no bearing on the outcome", "no impact on the result", "no impact on the verdict", "no impact on the outcome", "not affect the result", "not affect the verdict", "not affect the outcome", "nothing to do with the verdict", "not change the verdict", "does not change the verdict", "ahead of schedule", "ahead of the date", "ahead of the due date", "earlier than planned", "a week early", "does not change the above", "not change anything above","not change the outcome", "not change the result", "not change anything", "does not change the overall outcome", "does not change our result", "changes nothing", "no change to the outcome", "no change to the result", "outcome stands", "result stands", "still inside", "still well inside", "still within", "still well within", "still under", "still well under", "still below", "still well below", "still above", "still well above", "still ahead of", "still beat*", "still meet*", "still exceed*", "still better than", "still comfortably"],
        [Cue.FixDone] = [ "went into", "went onto", "went out","shipped", "deployed", "released", "rolled out", "rolled", "is live", "went live", "in production", "into production", "installed", "applied", "fixed", "resolved", "is out", "went in"],
        [Cue.CommercialSide] = [ "commercial talks", "commercial discussions", "commercial discussion", "commercial conversation*", "commercial negotiation*", "subject to contract", "subject to a signed", "subject to the signed", "subject to a contract", "subject to our contract*", "subject to final contract*", "commitment to purchase", "commitment to buy", "purchase commitment", "purchasing commitment", "commitment to any purchase", "obligation to purchase", "obligation to buy", "commercial terms", "commercial matters", "commercial side", "anything commercial", "everything commercial", "commercial decision", "purchase decision", "purchasing decision", "technical sign off only", "technical sign offs only", "technical evaluation only", "technical result only", "technical outcome only", "purely technical", "strictly technical", "technical confirmation only", "technical only", "usual caveat", "procurement process", "legal terms", "contract terms", "terms and conditions", "not a purchase order" ],
        [Cue.Logistics] = [ "supplier", "suppliers", "vendor registration", "vendor onboarding", "supplier onboarding", "a po", "the po", "po number", "accounts payable", "bank details", "tax id", "w 9", "out through", "out until", "away until", "off until", "on leave", "on holiday", "on vacation", "back on monday", "kanpai", "beer", "beers", "drinks", "a drink", "celebrate", "celebration", "a round", "rma", "return label", "shipping label", "invoice", "invoicing", "billing", "purchase order", "vpn", "badge", "badges", "courier", "pickup", "shipping", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "expense report", "expense claim", "travel", "expenses", "per diem","monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "tonight", "meeting", "invite", "invitation", "calendar", "slot", "o clock", "retro", "retrospective", "dinner", "lunch", "coffee", "address", "room", "venue", "location", "parking", "agenda", "kickoff", "kick off", "workshop", "attend*", "reservation", "booking", "hotel", "flight", "badge", "onsite visit", "courier", "pick up", "pickup", "deliver*", "shipping", "ship to", "parcel", "appliance*", "weekdays", "attn", "postal" ],
        [Cue.Evaluation] = [ "kick off legal", "kick off the legal", "start legal", "start the legal", "in writing", "written confirmation","evaluation", "pov", "poc", "proof of", "criteria", "criterion", "result*", "success", "successful", "successfully", "successes", "technical", "readout", "target*", "metric*", "measure*", "numbers", "figures", "test*", "trial", "commercial", "contract", "legal review"],
        [Cue.Stopword] = ["the", "and", "we", "is", "are", "to", "of", "you", "it", "this", "that", "with", "for", "our", "have", "be", "was", "were", "thanks", "i", "on", "not"],
        [Cue.Confirm] =
        [ "consider* ~ ~ a success", "consider* ~ ~ a technical success", "consider* ~ ~ as a success", "criteria ~ ~ were met", "criteria ~ ~ are met", "criteria ~ ~ have been met", "we still agree", "still agree to", "we continue to agree", "our agreement stands", "we stand by our agreement", "we stand by the conditional", "call this a success", "call it a success", "as our agreement", "this is our agreement", "take this as our agreement", "consider this our agreement", "consider this mail our agreement", "consider this email our agreement",
            "confirm*", "consider ~ a success", "considers ~ a success", "consider ~ successful", "considers ~ successful", "deem ~ a success", "deem ~ successful", "was a success", "is a success",
            "been a success", "as a success", "a successful evaluation", "a successful pov", "a successful poc", "was successful", "were successful",
            "is successful", "criteria ~ met", "criteria ~ achieved", "criteria ~ satisfied", "criteria ~ fulfilled", "met ~ criteria", "meet ~ criteria",
            "meets ~ criteria", "met ~ targets", "met ~ target", "exceeded ~ target*", "target* ~ exceeded", "target* ~ met",
            "we agree", "i agree", "we both agree", "agreed", "approve*", "sign off", "signed off", "signing off", "we accept", "accept the results",
            "results are accepted", "validated", "you passed", "passed the evaluation", "passes the evaluation", "we are satisfied", "we re satisfied",
            "satisfied with the results", "fully satisfied",
        ],
        [Cue.Proceed] =
        [ "legal spinning up", "spinning up legal", "spin up legal", "get legal involved", "involve legal", "start legal", "comfortable with ~ starting", "clear to take it to signature", "clear to take this to signature", "clear to proceed", "you re clear to",
            "move forward", "moving forward", "move ahead", "go ahead", "proceed*", "green light", "good to go", "start the commercial",
            "start commercial", "begin the commercial", "begin commercial", "kick off ~ commercial", "move to ~ commercial", "move on to ~ commercial",
            "ready for ~ commercial", "ready to ~ commercial", "ok to start", "ok to move", "okay to start", "okay to move", "let us proceed",
            "start the contract", "contract review can start", "commercial review can start", "loop in procurement", "go to contract", "ok for us", "okay for us", "works for us", "fine by us", "fine with us" ],
        [Cue.NoObjection] =
        [ "not have ~ concerns about", "not have any concerns about", "no concerns about", "not have concerns", "none from me", "none from my side", "none on my side", "none from our side", "nothing from me", "nothing to object to", "nothing to object", "nothing we object to", "you were right", "you are right", "match* what we measured", "match* what we saw", "in line with what we measured", "consistent with what we measured", "same as what we measured", "agree* with what we measured", "without reservation", "without hesitation", "without a doubt", "without any doubt", "no doubt", "no doubts", "no open items", "no open item", "not a single fail*", "not a single issue", "not a single problem", "never seen", "could not be happier", "would be wrong not to", "nothing left open", "nothing open",
            "no objection*", "no concerns", "no open concerns", "no issues", "no open issues", "no problems", "no blockers", "no blocking issues",
            "nothing blocking", "nothing outstanding", "no reservations", "no further questions", "no remaining concerns", "not see any issue*",
            "not see any problem*", "not have any concerns", "not have any objection*", "nothing against", "no reason not to", "our numbers say the same", "our numbers match", "numbers match", "match* our own", "matches our", "match our", "consistent with our", "line* up with our", "same as ours", "same numbers" ],
        [Cue.ShortYes] = ["yes", "yep", "yup", "yeah", "affirmative", "correct", "absolutely", "agreed", "indeed", "definitely", "yes indeed", "yes we do", "yes we are", "yes it is", "yes we can", "confirmed"],
        [Cue.ShortNo] = [ "not happening", "not a chance", "no way", "no", "nope", "negative", "not yet", "no we do not", "not really"],
        [Cue.Condition] =
        [ "on the understanding that", "on the understanding", "with the understanding that", "on the assumption that", "when ~ is validated", "when ~ is fixed", "when ~ works", "when ~ tells me", "when ~ are validated", "when ~ has been validated", "when ~ is deployed", "with one clarification", "one clarification", "with one caveat", "with a caveat", "with one reservation", "one reservation", "with one nuance", "one nuance", "until ~ closed", "until ~ fixed", "until ~ lands", "until ~ landed", "until ~ merged", "until ~ shipped", "until ~ passes", "until ~ passed", "only ~ once", "only ~ when", "only ~ after", "but only", "before signature", "before the signature", "before ~ contract is signed",
            "provided", "provided that", "as long as", "so long as", "on condition", "on the condition", "conditional*", "condition*", "subject to",
            "contingent", "pending", "once the", "once ~ is", "once ~ are", "once ~ has", "only if", "only after", "only once", "only when", "not until",
            "until ~ fix*", "until ~ patch*", "until ~ validat*", "until ~ deploy*", "until ~ resolved", "until ~ done", "until ~ complete*",
            "until ~ signed", "until ~ review*", "until ~ confirmed", "until ~ released", "until ~ in production",
            "no signature until", "not sign ~ until", "unless", "except", "excluding", "with the exception", "assuming", "caveat*", "stipulation",
            "if the", "if ~ is", "if ~ are", "if we", "if it", "with one condition", "as soon as ~ fix*", "as soon as ~ patch*", "after the ~ fix*",
            "after the ~ patch*", "after ~ is validated", "after ~ is deployed", "partial*", "partly", "some of the criteria", "two of the three",
            "two out of three", "first two",
        ],
        [Cue.WeakCondition] = ["but", "however", "although", "though", "that said", "only", "apart from", "other than"],
        [Cue.Concession] = [ "at first", "initially","while", "whilst", "although", "though", "even though", "even if", "despite", "in spite of"],
        [Cue.Disclaimer] = [ "exercise your rights", "data controller", "originated from outside", "external email", "external sender", "do not click links", "do not click on links", "open attachments unless", "recognise the sender", "recognize the sender","intended recipient", "intended solely", "confidentiality notice", "this e mail and any attachments", "this email and any attachments", "this message and any attachments", "is strictly prohibited", "if you have received this", "privileged and confidential", "may contain confidential", "contains confidential"],
        [Cue.Requirement] = [ "requires that", "require that", "requires every", "requires all","need", "needs", "needing", "is needed", "are needed", "be needed", "still needed", "must", "require*", "have to", "has to", "first", "before", "still", "will need", "would need"],
        [Cue.Refusal] =
        [ "pass on the conditional", "going to pass on the", "we will pass on the", "can not put my name to", "not put my name to", "not ~ put my name on", "not going to start", "not ~ start legal", "not ~ start commercial*", "not ~ start the commercial", "not ~ kick off", "not ~ start procurement", "difficult for us to agree", "difficult for us to accept", "cannot meet your expectation*", "can not meet your expectation*", "difficult to accept", "hard to accept", "difficult for us to accept", "not able to accept", "not ~ agree*", "not passing", "answer is no", "not ~ accept*", "can not accept",
            "declin*", "reject*", "disagree*", "do not agree", "not agree", "not ready", "not in a position", "can not pass", "not pass",
            "on hold", "not ~ move forward", "not ~ moving forward", "not ~ proceed", "not ~ go ahead", "no go", "no-go", "showstopper", "show stopper",
            "deal breaker", "dealbreaker", "blocker*", "blocking", "not acceptable", "unacceptable", "not a success", "not successful",
            "unsuccessful", "failed", "fails to", "did not meet", "do not meet", "does not meet", "not met", "missed", "fell short", "falls short",
            "another vendor", "other vendor", "went with", "decided against", "not convinced", "not satisfied", "not happy", "not comfortable",
            "concerns about", "serious concerns", "pause*", "pausing", "stop the", "halt the", "halt this", "halt it", "halt all", "halted", "halting", "to a halt", "on halt", "can not recommend", "not recommend", "not sign*",
            "no longer", "walk away", "not able to move", "unable to move", "is not done", "are not done", "see no point", "no point in", "does not make sense to", "budget freeze", "spending freeze", "freeze on", "frozen" ],
        [Cue.NotYet] =
        [
            "not yet", "yet to", "not done", "not finished", "not complete*", "incomplete", "still open", "still pending", "still waiting",
            "still running", "still ongoing", "still in progress", "in progress", "too early", "premature", "not there yet", "open item*",
            "open issue*", "remains open", "remain open", "outstanding item*", "outstanding issue*", "not ~ until", "not ~ at this point",
            "not ~ at this stage", "not ~ at this time", "for now", "for the time being", "prefer to wait", "rather wait", "let us ~ wait", "we will wait", "wait for the patch", "wait for the fix" ],
        [Cue.Dispute] =
        [ "can not say ~ passed", "can not say ~ met", "cannot say ~ passed", "cannot say ~ met", "that s a stretch", "is a stretch", "bit of a stretch", "too low for us", "simply too low", "is too low", "is too few", "too few for us", "insufficient for us", "is insufficient", "falls short of", "fell short of", "too bad that", "shame that", "pity that", "is a real problem", "a concrete problem", "is a problem for us", "are a problem for us", "is a blocker", "are a blocker",
            "we only measured", "we measured only", "we only saw", "we saw only", "we only got", "we got only", "only reached", "only achieved",
            "our measurement*", "our numbers", "our figures", "our own numbers", "our own test*", "our testing show*", "our data show*",
            "numbers ~ not match", "figures ~ not match", "does not match", "do not match", "not match", "not reproduce", "could not reproduce",
            "not reproducible", "not accurate", "inaccurate", "incorrect", "overstated", "inflated", "too optimistic", "not representative",
            "cherry picked", "cherry-picked", "not recognise", "not recognize", "dispute*", "not what we", "is wrong", "are wrong", "was wrong",
            "were wrong", "not correct", "not the ~ we measured", "we measured", "we saw", "we observed",
        ],
        [Cue.Hedge] =
        [ "in theory", "theoretically", "on paper", "i understand that", "as i understand it", "from what i understand", "i am told", "i was told", "i have been told", "i hear that", "i heard that", "apparently",
            "i think", "i believe", "we think", "we believe", "i feel", "probably", "mostly", "largely", "generally", "more or less", "in principle",
            "kind of", "sort of", "almost", "nearly", "for the most part", "pretty much", "seems", "seem", "seemed", "appears", "appear to",
            "should be", "might", "perhaps", "maybe", "likely", "tentative*", "preliminar*", "informal*", "unofficial*", "not official",
            "off the record", "on the whole", "broadly", "somewhat", "fairly", "reasonably", "so far", "at first glance", "i guess",
            "i suppose", "hopefully", "pretty good", "not bad", "by and large", "for the most", "i would say", "arguably",
        ],
        [Cue.SoftPositive] =
        [
            "looks good", "look good", "looks great", "looks fine", "looks ok", "looks pretty good", "looks promising", "lgtm", "sounds good",
            "sounds great", "great work", "nice work", "good work", "great job", "nice job", "good job", "well done", "impressive", "promising",
            "great results", "good results", "nice results", "awesome", "excellent", "fantastic", "cool", "nice", "great", "good", "fine", "ok",
            "okay", "sure", "noted", "got it", "+1", "thumbs up", "happy with", "pleased with", "love it", "amazing", "solid", "perfect",
        ],
        [Cue.Thanks] = ["thank*", "thx", "cheers", "appreciate*", "many thanks", "ty"],
        [Cue.Delegation] =
        [ "leave that part to", "leave this part to", "leave that ~ to him", "leave that ~ to her", "leave it to him", "leave it to her", "leave that with", "leave it with", "leave this with", "let him answer", "let her answer", "let them answer", "leave that one to", "leave this one to", "will answer that one", "will answer this one",
            "loop* in", "looping", "adding ~ to this", "adding ~ to the thread", "adding", "cc*", "copying", "forward* ~ to", "get back to you",
            "will get back", "let me check", "check with", "check* internally", "need to check", "discuss internally", "discuss with", "run it by",
            "run this by", "defer to", "is the right person", "better placed", "will respond", "will reply", "will answer", "will follow up",
            "handing over", "taking over", "on my behalf", "will confirm", "should confirm", "has to confirm", "needs to confirm",
            "ask ~ to confirm", "asking ~ to confirm", "is the one", "can speak to", "owns this", "sign off from", "approval from", "the right person", "right contact", "forwarded ~ to", "i have forwarded", "i ve forwarded" ],
        [Cue.Deferred] =
        [ "not yet agreed internally", "have not agreed internally", "not aligned internally yet", "not yet aligned internally", "opinions are split", "still split internally", "sign off ~ waits for", "sign off ~ will wait for", "sign off ~ has to wait for", "confirmation ~ waits for", "approval ~ waits for", "sign off ~ waiting for", "sign off ~ is waiting on", "still owe you", "owe you the", "owe you a", "owe you ~ confirmation", "on my list", "on my to do list", "on my todo list", "final answer", "give ~ answer after", "check ~ once more", "check it again", "re check", "recheck*", "then i am happy to confirm", "then happy to confirm", "then i will gladly confirm", "then i will happily confirm", "happy to confirm once", "happy to confirm after", "before i reply formally", "before ~ formal reply", "before ~ formal answer", "before answering formally", "before i answer formally", "formal reply", "official reply", "kindly wait", "please wait for", "after our internal check", "after ~ internal check", "after ~ internal review", "can only confirm once", "can only confirm when", "can only give ~ confirmation", "only confirm once", "will send ~ confirmation", "will provide ~ confirmation", "will give ~ confirmation", "will follow with ~ confirmation", "about the ~ confirmation", "regarding the ~ confirmation", "as for the ~ confirmation", "as to the ~ confirmation", "concerning the ~ confirmation", "about ~ sign off", "regarding ~ sign off", "confirmation need*", "confirmation require*", "need* ~ approval", "require* ~ approval", "official answer", "formal answer", "send you our answer", "send you ~ answer", "after her check", "after his check", "after their check", "love to confirm", "like to confirm", "wish i could confirm", "wish we could confirm", "want* to confirm", "wants to ~ confirm",
            "will confirm", "will ~ confirm", "going to confirm", "confirm later", "confirm tomorrow", "confirm ~ next week", "confirm by",
            "confirm once", "confirm after", "confirm when", "before ~ confirm*", "before ~ sign*", "before ~ approv*", "hope to confirm",
            "expect to confirm", "plan to confirm", "aim to confirm", "able to confirm", "need* ~ confirmation", "get ~ confirmation",
            "waiting for ~ confirmation", "awaiting ~ confirmation", "pending ~ confirmation", "confirmation from", "will ~ sign off",
            "will ~ approve", "will get back", "get back to you", "will let you know", "let you know", "to be confirmed", "tbc", "will revert",
            "would like to confirm", "want to confirm", "before we can", "before i can", "cannot confirm until", "confirm ~ until",
            "will review", "will look", "will go through", "will come back", "will discuss", "has to confirm", "have to confirm", "needs to confirm", "need to confirm", "must confirm", "should confirm", "hold ~ confirmation", "hold off", "holding off", "hold the confirm*" ],
        [Cue.Request] =
        [ "asking ~ for ~ confirmation", "asking for ~ confirmation", "asks ~ for ~ confirmation", 
            "please confirm", "please ~ confirm", "can you confirm", "could you confirm", "would you confirm", "kindly confirm",
            "asked ~ to confirm", "asked ~ confirm*", "asked for ~ confirmation", "you asked", "your request", "reply in writing",
            "confirm that you", "can you ~ confirm", "could you ~ confirm", "please ~ approve", "can you", "could you", "would you", "extend ~ trial", "extend ~ licen*", "extension of ~ trial", "extension of ~ licen*", "trial extension", "licen* extension" ],
        [Cue.Negator] = ["not", "no", "never", "neither", "nor", "none", "nothing", "without", "hardly", "unable", "nobody", "lack*"],
        [Cue.Precondition] = ["first", "before", "beforehand", "prior to"],
        [Cue.Subordinator] = ["once", "until", "till", "before", "as soon as", "if", "unless", "when", "whenever", "whether", "in case"],
        [Cue.OutOfOffice] =
        [ "days off", "day off", "checking mail sporadically", "checking email sporadically", "checking e mail sporadically", "sporadic access", "intermittent access", "back at my desk", "if it is urgent", "if urgent",
            "out of the office", "out of office", "ooo", "on vacation", "on holiday", "on leave", "on annual leave", "parental leave",
            "maternity leave", "paternity leave", "away from the office", "away from my desk", "limited access to email", "limited access to e mail",
            "limited email access", "no access to email", "without access to email", "i will return", "returning on", "back in the office",
            "i am currently away", "currently out", "automatic reply", "auto reply", "autoreply", "will respond when i return",
            "will reply when i return", "upon my return", "on my return", "for urgent matters", "in urgent cases", "for anything urgent",
            "if urgent", "for urgent", "i am away", "will be away", "i am out", "will be out", "checking email intermittently",
            "respond as soon as possible", "reply as soon as possible", "respond to your email", "reply to your message",
        ],
        [Cue.Acknowledgement] =
        [ "confirm* ~ have read it", "confirm* ~ read it", "confirm* ~ shared it", "confirm* ~ have read", "not seen it yet", "hasn t seen it yet", "haven t seen it yet", "not read it yet", "hasn t read it yet", "not yet seen", "not yet read", "confirm* ~ forwarded", "confirm* ~ passed ~ on", "confirm* that i sent", "confirm* that we sent", "confirm* ~ we ~ received", "confirm* ~ have received", "we have received", "we received your", "i received your",
            "confirm* receipt", "confirm* ~ receipt", "confirming receipt", "confirm ~ received", "received your", "receipt of", "got your email", "acknowledge receipt",
            "confirm that i got", "confirm i got",
        ],
        [Cue.Name] = [ "if we go ahead", "if we proceed", "if we move forward", "if this goes ahead", "in case we go ahead", "don t forward", "do not forward", "not to forward", "before she left", "before he left", "before they left", "before i left", "before we left", "before you left", "before she went", "before he went", "before leaving", "before the ~ budget freeze", "before the budget freeze", "ahead of the ~ budget freeze", "ahead of the budget freeze", "year end freeze", "year-end freeze", "holiday freeze", "end of year freeze", "only meant received", "does not count as an official", "did not count as an official", "good news on the open item", "update on the open item", "news on the open item", "from the conditional win", "item from the conditional", "open item of the conditional", "change freeze", "code freeze", "freeze window", "change window", "maintenance freeze", "release freeze", "the first", "from first", "its first", "our first", "a first", "the very first", "so we agree on", "so that we agree", "so we can agree", "so that we can agree", "until we agree on", "to agree on", "what we can and can not", "what we can and cannot", "what i can and can not", "what i can and cannot", "agree among ourselves", "agree amongst ourselves", "agree between ourselves", "mutual success plan", "success plan", "conditions you propose", "conditions you proposed", "terms you propose", "condiciones que propones", "condiciones que proponeis", "condiciones propuestas", "condizioni che proponete", "condizioni proposte", "conditions que vous proposez", "conditions proposees", "condicoes que voces propoem", "condicoes propostas", "bedingungen die ihr vorschlagt", "vorgeschlagenen bedingungen", "voorwaarden die jullie voorstellen", "voorgestelde voorwaarden", "technical win condizionato", "technical win conditionnel", "technical win condicional", "technical win condicionado", "technical win condicionada","conditional technical win", "technical win declaration", "technical win"],
        [Cue.Courtesy] =
        [ "no rush", "no hurry", "no pressure", "appreciate it if", "would be grateful if", "d be grateful if", "if so, here it is", "if so here it is", "if so, here you go", "if so, here you are", "if that is all you need", "if that is what you need", "if that is all it takes", "in that case here it is", "before you chase me", "before you have to chase", "before you chase", "it would be nice if", "would be nice if", "would be great if", "would be good if", "it would help if", "would appreciate it if", "nice to have", "do not want this to sit", "did not want this to sit", "do not want to keep you waiting", "did not want to keep you waiting", "do not want this to wait", "could not reply sooner", "could not get back to you sooner", "not able to reply sooner", "have not replied sooner", "sorry for not replying", "did not get to reply", "not to hold you up", "so as not to hold you up", "not to keep you waiting", "closing the loop on ~ open item*", "closing the loop", "close the loop on ~ open item*", "for your information", "for information only", "fyi", "for the record", "just for the record", "if she wants", "if he wants", "if they want", "if ~ wants to", "if she likes", "if he likes", "if they like", "no need to wait", "not need to wait",
            "if you need*", "if you have any", "let me know if", "if anything", "if there is anything", "if needed", "if you want", "if required",
            "if that helps", "if you would like", "if helpful", "feel free",
        ],
        [Cue.Reported] = ["listed as", "marked as", "shown as", "reported as", "flagged as", "stated as", "labelled as", "labeled as", "declared as", "described as", "presented as", "indicated as", "claimed as", "ticked as"],
        [Cue.Handover] = [ "her sign-off that matters", "his sign-off that matters", "her sign off that matters", "his sign off that matters", "s her sign-off", "s his sign-off", "s her sign off", "s his sign off", "agree to anything on ~ behalf", "agree on ~ behalf", "confirm anything on ~ behalf", "commit to anything on ~ behalf", "s her call", "s his call", "s their call", "is her call", "is his call", "is their call", "her call to make", "his call to make", "let ~ send the ~ confirmation", "let ~ send the confirmation", "not me who", "not the one who signs off", "who confirms officially", "who signs off officially", "not mine to give", "has to come from", "must come from", "needs to come from", "should come from", "who answers for", "is the one who answers", "will reply to you directly", "ll reply to you directly", "owns the decision", "has to come from", "must come from", "needs to come from", "accept anything on ~ behalf", "i am not the one who", "i m not the one who", "not the person who signs", "wait for his reply", "wait for her reply", "wait for their reply", "treat this as an fyi", "i am not authorised", "i m not authorised", "i am not authorized", "i m not authorized", "i do not have the authority", "confirmation to come from", "confirmation should come from", "confirmation has to come from", "confirmation must come from", "will answer you himself", "will answer you herself", "will reply himself", "will reply herself", "will answer himself", "will answer herself", "rests with", "stays with", "is up to her", "is up to him", "is up to them", "leave the ~ confirmation to", "leave the confirmation to", "owns the ~ sign-off", "owns the sign-off", "owns the sign off", "no longer the decision-maker", "no longer the decision maker", "not the decision-maker", "not the decision maker", "can not speak for the", "cannot speak for the", "can not answer for the team", "is the one who has to", "is the one who needs to", "is the one who must", "is the one to sign off", "is the one who signs off", "is the one who decides", "not the one who can", "not the person who can", "the decision is with", "decision lies with", "can not ~ for her", "can not ~ for him", "directly from her", "directly from him", "from her personally", "from him personally", "can not commit the team", "not commit the team on", "call not mine", "call ~ not mine", "decision ~ not mine", "not take this as the sign off", "not take this as ~ sign off", "do not take this as ~ confirmation", "not speak for the team", "can not speak for the team", "not in a position to confirm", "not in a position to sign off", "do not have the authority to", "not have the mandate to", "not on behalf of the team", "not confirm on behalf of", "commit the team on my own", "speak for the team on my own", "can not commit the team alone", "not authorised to confirm", "not authorized to confirm", "has to come from", "have to come from", "must come from", "needs to come from", "belongs to ~ not to me", "not mine to give", "not mine to make", "not my place to", "will reply separately", "will answer separately", "will respond separately", "will get back to you separately","is your call", "that s your call", "your call to make", "your call not mine", "not my call", "is your decision", "your decision to make", "not my decision", "is up to you", "up to you to decide"],
        [Cue.OtherSubject] = [ "case study", "success story", "press release", "reference call", "on pricing", "on price", "the pricing", "the price","as a collaboration", "the collaboration", "working with you", "working together", "the partnership", "the workshop", "the training", "the trip", "the dinner"],
        [Cue.Reword] = ["reword*", "rephrase*", "re word", "change the wording", "different wording", "adjust the wording", "amend the wording"],
        [Cue.Retraction] = [ "scratch that", "on second thought", "on second thoughts", "i take that back", "i take it back", "forget my yes", "strike my yes", "hold that thought","withdraw* ~ confirmation", "retract* ~ confirmation", "disregard ~ confirmation", "set aside ~ confirmation", "ignore ~ confirmation", "take back ~ confirmation", "taking back ~ confirmation", "revoke* ~ confirmation", "rescind* ~ confirmation", "withdraw* ~ approval", "withdraw* ~ sign off", "take that back", "have to take back", "pull ~ confirmation"],
        [Cue.Restrictive] = ["only", "not until", "not before"],
        [Cue.Later] = ["once", "when", "after", "until", "till", "as soon as"],
        [Cue.PastIntent] = [ "i wanted to see ~ first", "we wanted to see ~ first", "i wanted to first see", "we wanted to first see", "i was going to", "we were going to", "i was planning to", "we were planning to", "i had planned to", "we had planned to", "i had intended to", "we had intended to", "i wanted to wait", "we wanted to wait", "i had wanted to wait", "i would have liked to", "i d have liked to", "i would have loved to", "i d have loved to", "i was about to" ],
        [Cue.Aside] = [ "your other question", "separate topic", "separate question", "different topic", "another topic", "on another note", "other topic", "does not change the above", "not change anything above", "not change the confirmation", "not change my confirmation", "separate from the confirmation", "nothing to do with the above", "a few wishes", "some wishes", "one wish", "wish list", "nice to haves", "a few suggestions", "some suggestions", "not a caveat on", "not a caveat", "no caveat on", "not a reservation", "neither of them holding anything up", "none of them holding anything up", "not holding anything up", "nothing that holds anything up", "neither holds anything up", "none of this holds up","nothing to do with the confirmation", "has nothing to do with the", "unrelated to the confirmation", "in no way a condition", "is not a condition", "not a condition", "purely for information", "just for your information", "for information only", "independent of the confirmation", "separate from the confirmation", "not a blocker", "not blocking"],
    };

    private static Dictionary<Cue, string[]> German() => new()
    {
        [Cue.Recap] = ["wie ich ihn verstehe", "wie ich es verstehe", "wie ich sie verstehe", "wenn ich richtig verstanden habe", "wenn ich es richtig verstehe", "wenn ich das richtig verstehe", "nach meinem verstandnis", "zur erinnerung", "der vorschlag lautet", "ihr vorschlag", "euer vorschlag", "wie sie schreiben", "wie du schreibst", "stand am"],
        [Cue.Litotes] = [ "gar nicht schlecht", "nicht schlecht", "keinen grund ~ nicht zu", "kein grund ~ nicht zu", "spricht nichts dagegen","keinen grund ~ nicht", "kein grund ~ nicht", "zahlen lugen nicht", "lugen nicht", "nichts auszusetzen", "nichts zu meckern", "nichts zu beanstanden", "nicht zu bestreiten", "lasst sich nicht bestreiten", "nicht von der hand zu weisen", "kein grund zur klage", "keine klagen"],
        [Cue.ConditionalWord] = ["bedingt*"],
        [Cue.Opposition] = [ "nicht als bestatigt", "nicht als gewonnen", "nicht als erfolg","widersprech*", "widerspreche", "lege* ~ veto", "untersag*", "erhebe* ~ einspruch", "einspruch gegen"],
        [Cue.Unconditional] = [ "bedingt* ~ streichen", "streichen ~ bedingt*", "bedingt* ~ gestrichen", "bedingt* ~ kann weg", "bedingt* ~ entfallen", "bedingt* ~ uberflussig", "bedingte ~ hinfallig", "bedingte ~ uberholt", "ohne ~ bedingung*", "ohne weitere auflagen", "keine weiteren bedingungen", "ohne auflagen", "ohne auflage", "ohne jede auflage", "ohne diesen vorbehalt", "ohne diese bedingung", "ohne den vorbehalt", "nicht nur bedingt*", "nicht nur den bedingten", "nicht nur die bedingte", "statt des bedingten", "statt der bedingten", "anstelle des bedingten", "nicht bedingt sondern", "kein bedingter sondern", "keine bedingte sondern", "keine bedingte ~ mehr", "keinen bedingten ~ mehr", "nicht mehr bedingt", "nicht mehr unter vorbehalt", "nicht mehr ~ unter vorbehalt", "nicht mehr nur bedingt", "nicht langer nur bedingt", "nicht langer ~ unter vorbehalt", "brauchen den bedingten ~ nicht mehr", "bedingte ~ nicht mehr notig", "bedingten win nicht mehr", "keine bedingung mehr", "keine bedingungen mehr", "nicht als bedingung", "sind keine bedingungen", "keine davon ist eine bedingung", "kein ~ conditional ~ mehr", "nicht mehr bedingt", "nicht mehr conditional", "kein bedingtes ~ mehr", "keineswegs eine bedingung", "auf keinen fall eine bedingung", "keine bedingung", "bedingung ~ ist erfullt", "bedingung ~ ist damit erfullt", "bedingung ~ wurde erfullt", "bedingung ist ~ sicht erfullt", "ist keine bedingung", "keine bedingung","ohne bedingung*", "keine bedingung*", "bedingungslos", "ohne vorbehalt*", "ohne einschrankung*", "keine offenen bedingungen"],
        [Cue.Reassurance] = [ "ohne einfluss auf", "keinen einfluss auf", "ohne auswirkung auf", "keine auswirkung auf", "andert nichts am urteil", "andert nichts an der bewertung", "vor dem termin", "fruher als geplant", "vorzeitig", "liegt aber ~ unter", "liegt ~ trotzdem ~ unter", "immer noch unter", "immer noch deutlich unter", "weiterhin unter", "genauso deutlich unter", "nur furs protokoll", "nur zur info","andert nichts", "andert ~ nichts am ergebnis", "nichts am ergebnis", "ergebnis bleibt", "immer noch unter", "immer noch uber", "noch immer unter", "noch immer uber", "noch deutlich unter", "noch deutlich uber", "noch klar unter", "noch klar uber", "noch im rahmen", "noch innerhalb"],
        [Cue.FixDone] = ["ausgerollt", "eingespielt", "installiert", "produktiv", "in produktion", "behoben", "veroffentlicht", "live"],
        [Cue.CommercialSide] = [ "kaufmannischen gesprache", "kaufmannische gesprache", "vertragsgesprache", "vorbehaltlich ~ vertrag*", "vorbehaltlich ~ vertragsabschluss", "kaufverpflichtung", "keine kaufzusage", "keine verpflichtung zum kauf", "keine bestellung", "kaufmannisch*", "kommerzielle ~ bedingungen", "kommerziellen ~ fragen", "vertragsbedingungen", "vertraglichen ~ fragen", "rein technisch*", "nur technisch*", "ausschliesslich ~ technisch*", "technische ~ freigabe", "beschaffungsprozess", "einkaufsprozess", "kaufentscheidung" ],
        [Cue.Logistics] = [ "lieferant*", "kreditor*", "bestellnummer", "lieferantenanlage", "rechnung", "rechnungsstellung", "abholung", "versand", "vpn", "kurier", "spesenabrechnung", "reisekostenabrechnung", "messe", "kaffee", "januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "dienstreise", "reisekosten","montag", "dienstag", "mittwoch", "donnerstag", "freitag", "morgen", "termin", "besprechung", "einladung", "kalender", "uhr", "raum", "adresse", "anschrift", "abendessen", "mittagessen", "kickoff", "workshop", "teilnahme", "hotel", "parkplatz", "kurier", "abholen", "abholung", "lieferung", "lieferadresse", "paketdienst", "paketzustellung", "gerate" ],
        [Cue.Evaluation] = [ "rechtliche prufung", "juristische prufung", "schriftlich*","bewertung", "evaluierung", "evaluation", "kriteri*", "ergebnis*", "erfolg*", "poc", "pov", "test*", "ziel*", "messung*", "werte", "kommerziell*", "vertrag*"],
        [Cue.Stopword] = ["der", "die", "das", "und", "ist", "wir", "nicht", "ich", "sie", "mit", "den", "ein", "eine", "auch", "fur", "haben", "noch", "bitte", "danke", "dem", "zu", "es", "gruße", "hallo"],
        [Cue.Confirm] =
        [ "stimmen ~ ~ zu", "stimme ~ ~ zu", "als unsere zustimmung", "gilt als zustimmung", "als unser einverstandnis", "abgezeichnet", "zeichnen wir ab", "zeichne ich ab", "tragen ~ mit", "tragen wir mit", "trage ich mit", "mittragen",
            "bestatige*", "bestatigt", "bestatigen", "erfolgreich", "ein erfolg", "als erfolg", "war ein erfolg", "vollen erfolg", "kriterien ~ erfullt",
            "erfullt", "ziel* ~ erreicht", "ubertroffen", "einverstanden", "zugestimmt", "zustimmen", "zustimme", "stimmen ~ zu", "stimme ~ zu", "freigabe", "freigegeben",
            "geben ~ frei", "abgenommen", "akzeptiert", "akzeptieren", "bestanden", "validiert",
        ],
        [Cue.Proceed] =
        [ "prufung ~ starten", "prufung ~ beginnen", "starten ~ prufung", "beginnen ~ prufung",
            "weitermachen", "kann mit ~ starten", "konnen mit ~ starten", "kann ~ starten", "kann ~ beginnen", "konnen ~ beginnen", "darf ~ starten", "fortfahren", "grunes licht", "kommerzielle prufung", "kommerziellen prufung", "kaufmannische prufung",
            "kaufmannischen prufung", "loslegen", "vertragsverhandlung*", "vertragsprufung", "vorwarts", "nachste phase", "kommerziellen teil",
        ],
        [Cue.NoObjection] = [ "gegen ~ habe ich nichts", "gegen ~ haben wir nichts", "habe nichts dagegen", "haben nichts dagegen", "habe ich nichts dagegen", "nichts dagegen", "decken sich mit ~ gemessen*", "stimmen mit ~ gemessen* uberein", "deckt sich mit ~ gemessen*", "stimmt mit ~ gemessen* uberein", "ohne weiteres", "ohne wenn und aber", "ohne zu zogern", "kein einziger fehler", "keinen einzigen fehler", "kein zweifel", "keine zweifel", "nichts offen", "nichts mehr offen","keine einwande", "keine bedenken", "keine offenen punkte", "keine probleme", "keine blocker", "nichts dagegen", "spricht nichts dagegen", "keine vorbehalte", "keine einwendungen", "deckt sich mit unseren", "decken sich mit unseren", "stimmt mit unseren", "stimmen mit unseren" ],
        [Cue.ShortYes] = ["ja", "jawohl", "genau", "korrekt", "richtig", "stimmt", "ja bestatigt", "ja gerne", "bestatigt"],
        [Cue.ShortNo] = [ "kommt nicht in frage", "auf keinen fall", "nein", "noch nicht", "leider nein", "leider nicht"],
        [Cue.Condition] =
        [ "unter der voraussetzung", "vorausgesetzt", "in der annahme dass", "mit der massgabe", "mit einer anmerkung", "mit einem vorbehalt", "einem vorbehalt", "mit einer einschrankung", "eine einschrankung", "abhangig von", "hangt davon ab", "hangt ~ davon ab", "erst ~ wenn", "erst ~ nach", "erst ~ nachdem", "aber nur", "vor der unterschrift", "vor der vertragsunterzeichnung", "vor vertragsunterzeichnung", "vor der unterzeichnung", "vor vertragsabschluss", "vor dem vertragsabschluss", "unter der bedingung", "bedingung*", "sofern", "solange", "unter vorbehalt", "vorbehaltlich", "erst wenn", "erst nach",
            "nicht bevor", "sobald", "falls", "wenn", "ausser", "mit ausnahme", "bis ~ patch*", "bis ~ fix*", "bis ~ validiert", "bis ~ behoben",
            "keine unterschrift", "nicht unterschreiben", "unterschrift ~ erst", "teilweise", "zwei der drei", "ausgenommen", "abgesehen von",
        ],
        [Cue.WeakCondition] = ["aber", "allerdings", "jedoch", "nur", "wobei"],
        [Cue.Concession] = [ "anfangs", "am anfang", "ursprunglich","obwohl", "zwar", "auch wenn", "wenngleich", "trotz"],
        [Cue.Disclaimer] = [ "ihre rechte als betroffene", "verantwortlicher im sinne", "von ausserhalb ~ organisation", "externe e mail", "externer absender", "klicken sie nicht auf links","vertrauliche", "vertraulich", "nicht der richtige adressat", "irrtumlich erhalten", "unbefugte", "nicht gestattet"],
        [Cue.Requirement] = [ "verlangt dass", "verlangen dass", "setzt voraus", "setzen voraus","brauchen", "mussen", "muss", "benotig*", "erst", "zuerst", "vorher", "noch"],
        [Cue.Refusal] =
        [ "die antwort ist nein", "meine antwort ist nein", "unsere antwort ist nein", "bestatigung ~ nicht erteilen", "keine bestatigung ~ erteilen", "freigabe ~ nicht erteilen", "keine freigabe ~ erteilen", "bestatigung ~ nicht geben", "keine bestatigung geben", "stimmen wir ~ ~ nicht zu", "stimme ich ~ ~ nicht zu", "stimmen ~ ~ nicht zu", "muss ~ bremsen", "nicht ~ zustimmen",
            "ablehn*", "lehnen ~ ab", "nicht einverstanden", "nicht bereit", "nicht zufrieden", "nicht erfolgreich", "kein erfolg", "nicht erfullt",
            "verfehlt", "nicht erreicht", "gescheitert", "nicht akzeptabel", "inakzeptabel", "bedenken", "blocker", "angehalten", "pausieren",
            "anderen anbieter", "nicht weiter", "nicht fortfahren", "nicht empfehlen", "nicht unterschreiben", "keinen sinn", "sehe ~ keinen sinn", "macht keinen sinn", "budgetstopp", "ausgabenstopp", "budget ~ eingefroren", "eingefroren" ],
        [Cue.NotYet] = [ "noch keine bestatigung", "noch keine freigabe", "noch kein okay", "noch kein ok", "fehlen ~ noch", "fehlt ~ noch","noch nicht", "noch offen", "nicht abgeschlossen", "nicht fertig", "steht noch aus", "stehen noch aus", "lauft noch", "zu fruh", "noch in arbeit", "vorerst", "lieber warten", "warten wir", "wollen ~ warten" ],
        [Cue.Dispute] =
        [ "stimmt so nicht", "das stimmt nicht", "stimmen so nicht", "stimmt leider nicht", "zu wenig", "zu niedrig", "nicht ausreichend", "reicht ~ nicht aus", "reicht nicht", "schade dass", "ist ein problem", "sind ein problem", "ein echtes problem", "ein konkretes problem",
            "wir haben ~ gemessen", "wir haben nur", "nur ~ gemessen", "gemessen haben wir", "unsere zahlen", "unsere messung*", "unsere ergebnisse",
            "stimmt nicht", "stimmen nicht", "nicht korrekt", "falsch", "nicht nachvollziehbar", "nicht reproduzier*", "deckt sich nicht",
            "decken sich nicht", "nicht ~ sondern",
        ],
        [Cue.Hedge] =
        [ "theoretisch", "in der theorie", "auf dem papier",
            "ich denke", "ich glaube", "wir denken", "wir glauben", "wahrscheinlich", "grosstenteils", "im grossen und ganzen", "grundsatzlich",
            "im prinzip", "eigentlich", "ziemlich", "scheint", "scheinen", "weitgehend", "vorlaufig", "eher", "fast", "vermutlich", "wohl",
            "soweit", "uberwiegend", "inoffiziell",
        ],
        [Cue.SoftPositive] = ["sieht gut aus", "sieht sehr gut aus", "klingt gut", "super", "toll", "gute arbeit", "prima", "passt", "gut", "okay", "ok", "alles klar", "klasse", "stark", "beeindruckend"],
        [Cue.Thanks] = ["danke*", "vielen dank", "besten dank", "herzlichen dank"],
        [Cue.Delegation] =
        [ "lasse ~ antworten", "soll ~ antworten", "uberlasse ich",
            "in kopie", "nehme ~ in cc", "cc", "melde mich", "melden uns", "komme ~ zuruck", "kommen ~ zuruck", "intern ~ besprechen", "intern ~ klaren",
            "intern ~ abstimmen", "abstimmen", "wird sich melden", "weitergeleitet", "leite ~ weiter", "wird ~ bestatigen", "ruckmeldung von", "richtige ansprechpartner", "richtige ansprechpartnerin", "weitergeleitet", "weiterleiten", "leite ~ weiter" ],
        [Cue.Deferred] =
        [ "intern noch nicht einig", "sind uns noch nicht einig", "noch keine einigkeit", "bestatigung ~ schickt ihnen", "bestatigung ~ sendet ihnen", "schulde ~ noch", "schulde dir noch", "schulde ihnen noch", "schulde euch noch", "steht auf meiner liste", "auf meiner to do liste", "dann bestatige ich", "bestatige ich ~ gerne", "bevor ich ~ formell", "bevor ich ~ offiziell", "formelle antwort", "offizielle antwort", "bestatigung ~ erst ~ geben", "erst ~ bestatigen", "konnen wir erst", "konnen ~ erst geben", "wurde* ~ gerne bestatigen", "wurde* ~ gern bestatigen", "mochte* ~ bestatigen", "hatte* ~ gern bestatigt",
            "werde* ~ bestatig*", "wird ~ bestatig*", "wurde* ~ bestatig*", "bestatige* ~ spater", "bestatige* ~ morgen", "bestatige* ~ nachste woche", "bevor ~ bestatig*",
            "bevor ~ unterschreib*", "melde mich", "zu bestatigen", "bestatigung ~ aus", "warten auf ~ bestatigung", "muss ~ bestatigen", "musste ~ bestatigen", "soll ~ bestatigen", "sollte ~ bestatigen", "muss ~ freigeben" ],
        [Cue.Request] = ["bitte ~ bestatig*", "konnen sie ~ bestatig*", "konnten sie", "bitten ~ um", "baten ~ um", "wie gewunscht", "ihre bitte", "verlangern ~ test*", "verlangerung", "lizenz ~ verlanger*" ],
        [Cue.Negator] = ["nicht", "kein", "keine", "keinen", "keiner", "keinem", "nie", "niemals", "weder", "ohne", "nichts"],
        [Cue.Precondition] = ["zuerst", "vorher", "erst", "bevor", "vorab"],
        [Cue.Subordinator] = ["sobald", "bevor", "ehe", "bis", "wenn", "falls", "sofern", "solange", "ob", "erst wenn", "erst nachdem"],
        [Cue.OutOfOffice] =
        [
            "nicht im buro", "abwesend", "abwesenheit*", "im urlaub", "urlaub", "wieder erreichbar", "wieder im buro", "eingeschrankt",
            "keinen zugriff", "in dringenden fallen", "elternzeit", "auser haus", "ausser haus", "bin ab dem", "bin ich wieder",
        ],
        [Cue.Acknowledgement] = [ "noch nicht gesehen", "noch nicht gelesen", "bestatig* ~ eingang", "bestatig* ~ erhalt", "eingang ihrer", "erhalt ihrer","eingang ~ bestatig*", "erhalt ~ bestatig*", "bestatige den eingang", "bestatige den erhalt"],
        [Cue.Courtesy] = [ "es ware schon wenn", "ware schon wenn", "ware toll wenn", "ware gut wenn", "ware hilfreich wenn", "wurden uns freuen wenn", "wurde mich freuen wenn", "um euch nicht aufzuhalten", "um sie nicht aufzuhalten", "um dich nicht aufzuhalten","falls sie fragen", "wenn sie fragen", "bei fragen", "falls noch", "melden sie sich gerne"],
        [Cue.Reported] = ["angegeben als", "markiert als", "ausgewiesen als", "dargestellt als", "bezeichnet als"],
        [Cue.Handover] = [ "liegt nicht bei mir", "nicht ich ~ bestatige", "wer offiziell bestatigt", "muss von ~ kommen", "muss ~ selbst kommen", "kommt von ~ selbst", "antwortet fur", "das muss ~ machen", "das muss ~ ubernehmen", "ruckmeldung kommt ~ von", "antwort kommt ~ von", "ruckmeldung kommt ~ aus dem system", "wird ihnen selbst antworten", "antwortet ihnen selbst", "wird selbst antworten", "antwortet selbst", "uberlasse ~ die bestatigung", "uberlasse die bestatigung", "nicht mehr zustandig", "kann nicht fur das team sprechen", "kann ~ nicht fur das ganze team", "nicht derjenige", "nicht diejenige", "liegt bei ihm", "liegt bei ihr", "entscheidung liegt bei", "muss das entscheiden", "muss das bestatigen", "nicht fur sie zusagen", "kann ich ~ nicht fur sie", "kann ich ~ nicht fur ihn", "ausdrucklich von ihr", "ausdrucklich von ihm", "kann das team nicht ~ festlegen", "kann das team nicht verpflichten", "nicht im namen", "nicht fur das team sprechen", "nicht fur das team zusagen", "das entscheidet", "nicht allein ~ zusagen", "nicht befugt", "nicht berechtigt ~ zu bestatigen", "muss von ~ kommen", "liegt nicht bei mir", "steht mir nicht zu", "nicht an mir", "antwortet ~ separat", "meldet sich ~ separat","deine entscheidung", "ihre entscheidung", "liegt bei dir", "liegt bei ihnen", "nicht meine entscheidung"],
        [Cue.OtherSubject] = [ "beim preis", "der preis", "preislich", "fallstudie", "referenzfall", "pressemitteilung", "beim preis", "der preis", "zum preis","die zusammenarbeit", "als zusammenarbeit", "der workshop", "die schulung"],
        [Cue.Reword] = ["umformulier*", "anders formulier*", "formulierung ~ andern", "formulierung ~ anpassen", "text ~ anpassen"],
        [Cue.Retraction] = [ "nehme das zuruck", "vergiss mein ok", "vergessen sie meine zusage","bestatigung ~ zuruckziehen", "bestatigung ~ zuruckzunehmen", "bestatigung ~ zuruck nehmen", "ziehe ~ bestatigung ~ zuruck", "nehme ~ bestatigung ~ zuruck", "bestatigung ~ widerrufen", "widerrufe ~ bestatigung"],
        [Cue.Restrictive] = ["erst"],
        [Cue.Later] = ["wenn", "sobald", "nachdem", "bis", "dann"],
        [Cue.PastIntent] = [ "ich wollte erst", "wir wollten erst", "ich wollte zuerst", "wir wollten zuerst", "wollte ~ warten", "wollten ~ warten", "wollte ~ abwarten", "wollten ~ abwarten", "hatte ich ~ gern", "hatte ich ~ gerne", "hatten wir ~ gern", "hatten wir ~ gerne", "wollte ich eigentlich", "wollten wir eigentlich", "eigentlich wollte", "eigentlich wollten", "hatte ich eigentlich vor", "hatten wir eigentlich vor" ],
        [Cue.Aside] = [ "anderes thema", "separates thema", "ihrer anderen frage", "deiner anderen frage", "andert ~ nichts an ~ bestatigung", "nichts an der bestatigung", "andert nichts am obigen", "ein paar anregungen", "einige anregungen", "anregungen fur", "ein wunsch", "ein paar wunsche", "einige wunsche","hat nichts mit ~ zu tun", "ist keine bedingung", "keine bedingung", "keinesfalls eine bedingung", "nur zur info", "nur zur information", "unabhangig von der bestatigung", "kein blocker"],
        [Cue.Name] = [ "falls wir weitermachen", "wenn wir weitermachen", "jahresend freeze", "freeze zum jahresende", "change freeze", "freigabe workflow", "freigabeworkflow", "freigabeprozess", "freigabe prozess", "freigabe tool", "freigabesystem", "freigabe system", "untereinander ~ einig", "intern ~ nicht einig", "in die freigabe ~ eingebunden", "an der freigabe ~ beteiligt", "fur die freigabe ~ zustandig","erfolgsplan", "mutual success plan"],
    };

    private static Dictionary<Cue, string[]> French() => new()
    {
        [Cue.Recap] = ["si j ai bien compris", "si je comprends bien", "tel que je le comprends", "telle que je la comprends", "pour rappel", "pour memoire", "votre proposition", "comme vous l ecrivez", "ou nous en etions"],
        [Cue.Litotes] = [ "pas mal du tout", "pas mal", "aucune raison de ne pas", "pas de raison de ne pas", "rien ne s oppose","aucune raison de ne pas", "pas de raison de ne pas", "ne mentent pas", "ne ment pas", "rien a redire", "rien a reprocher", "rien a objecter", "on ne peut pas discuter", "difficile de contester", "pas de quoi se plaindre", "aucune plainte"],
        [Cue.ConditionalWord] = ["conditionnel*"],
        [Cue.Opposition] = [ "pas comme confirme", "pas comme une victoire", "pas comme un succes","m oppose", "nous opposons", "s oppose", "oppose*", "opposition a", "veto"],
        [Cue.Unconditional] = [ "rayer ~ conditionnel*", "barrer ~ conditionnel*", "supprimer ~ conditionnel*", "retirer ~ conditionnel*", "enlever ~ conditionnel*", "oublier ~ conditionnel*", "conditionnel* ~ peut sauter", "conditionnel* ~ superflu*", "conditionnel ~ caduc", "conditionnel ~ depasse", "n a plus lieu d etre", "sans cette réserve", "sans la réserve", "sans cette condition", "non plus seulement conditionnel*", "plus seulement conditionnel*", "et non conditionnel*", "plutot que conditionnel*", "au lieu de la ~ conditionnelle", "pas seulement la ~ conditionnelle", "non pas conditionnel*", "plus de ~ conditionnel*", "n est plus conditionnel*", "plus besoin ~ conditionnel*", "ne conditionne* en rien", "ne conditionne* pas", "en rien une condition", "ne sont en rien des conditions", "ne sont pas conditionne*", "ne sont pas des conditions", "pas des conditions", "aucune n est une condition", "plus ~ conditionnel*", "n est plus conditionnel*", "plus de conditional", "en aucun cas une condition", "aucunement une condition", "nullement une condition", "plus rien en suspens", "rien en suspens", "condition ~ est remplie", "condition ~ est levee", "condition ~ a ete remplie", "condition ~ est satisfaite", "n est pas une condition", "pas une condition","sans condition*", "aucune condition", "sans reserve*", "inconditionnel*", "plus aucune condition"],
        [Cue.Reassurance] = [ "sans incidence sur", "aucune incidence sur", "sans impact sur le resultat", "sans impact sur le verdict", "n a aucun impact sur", "n affecte pas le resultat", "ne change rien au verdict", "ne change pas le verdict", "n enleve rien au resultat", "n enleve rien a l evaluation", "ne change rien au resultat", "ne remet pas en cause le resultat", "avant la date", "en avance", "plus tot que prevu","ne change rien", "ne change pas le resultat", "ne change pas ~ conclusion", "resultat reste", "toujours sous", "toujours en dessous", "toujours au dessus", "reste sous", "reste en dessous", "reste au dessus", "reste largement", "largement sous", "largement en dessous"],
        [Cue.FixDone] = [ "appliqu*","deploye*", "installe*", "en production", "corrige", "resolu", "livre*", "mis en place"],
        [Cue.CommercialSide] = [ "discussions commerciales", "negociation commerciale", "partie commerciale", "sous reserve ~ contrat", "engagement d achat", "engagement ferme", "engagement contractuel", "obligation d achat", "conditions commerciales", "conditions contractuelles", "volet commercial", "aspects commerciaux", "purement technique", "strictement technique", "uniquement technique", "validation technique uniquement", "processus d achat", "decision d achat", "bon de commande" ],
        [Cue.Logistics] = [ "fournisseur*", "bon de commande", "referencement", "facture", "facturation", "enlevement", "expedition", "vpn", "coursier", "note de frais", "notes de frais", "deplacement", "frais de voyage","lundi", "mardi", "mercredi", "jeudi", "vendredi", "demain", "reunion", "rendez vous", "invitation", "calendrier", "creneau", "heure*", "salle", "adresse", "diner", "dejeuner", "kickoff", "atelier", "participation", "hotel", "parking", "coursier", "enlevement", "livraison", "colis", "adresse de livraison" ],
        [Cue.Evaluation] = [ "revue juridique", "par ecrit","evaluation", "critere*", "resultat*", "succes", "poc", "pov", "test*", "objectif*", "mesure*", "chiffres", "commercial*", "contrat"],
        [Cue.Stopword] = ["le", "la", "les", "et", "est", "nous", "vous", "pas", "je", "une", "des", "pour", "avec", "que", "sont", "merci", "ce", "du", "bonjour", "avons"],
        [Cue.Confirm] =
        [ "bon pour accord", "accord de notre cote", "accord de ma part", "accord pour la", "donne son accord", "donnons notre accord", "donne mon accord", "comme notre accord", "notre accord pour", "notre accord sur", "vaut accord", "valoir accord",
            "confirm*", "un succes", "est un succes", "comme un succes", "reussi*", "criteres ~ remplis", "criteres ~ atteints", "criteres ~ satisfaits",
            "objectifs ~ atteints", "atteint*", "depasse*", "valide*", "validons", "d accord", "approuv*", "accept*",
        ],
        [Cue.Proceed] = [ "revue commerciale", "phase commerciale", "lanc* ~ revue", "lanc* ~ phase commerciale", "demarr* ~ revue", "revue commerciale ~ demarr*", "revue commerciale ~ commenc*", "commenc* ~ revue", "engag* ~ revue commerciale", "c est bon pour nous", "c est bon pour moi", "ca me va", "ca nous convient", "ok pour lancer", "ok pour demarrer", "ok pour commencer", "d accord pour lancer", "vous pouvez lancer","avancer", "aller de l avant", "feu vert", "poursuivre", "lancer ~ commercial*", "passer ~ commercial*", "passer a l etape", "ok pour nous", "c est ok pour nous", "ca nous va", "cela nous convient", "lancer la revue", "lancer ~ revue", "demarrer la revue", "demarrer ~ revue" ],
        [Cue.NoObjection] = [ "correspond* a ce que nous avons mesure", "conforme* a ce que nous avons mesure", "coincide* avec ce que nous avons mesure", "sans hesitation", "sans aucune hesitation", "sans hesiter", "rien ne reste ouvert", "rien a redire", "pas un seul echec", "aucun echec", "aucun doute", "sans aucun doute","aucune objection", "pas d objection", "aucun probleme", "aucune reserve", "pas de probleme", "rien a signaler", "aucun point bloquant", "aucune remarque", "rien ne s y oppose", "pas de reserve", "correspond a nos", "correspondent a nos", "conforme a nos", "conformes a nos" ],
        [Cue.ShortYes] = ["oui", "tout a fait", "exact", "exactement", "absolument", "effectivement", "oui confirme", "bien sur"],
        [Cue.ShortNo] = [ "hors de question", "pas question", "non", "pas encore", "malheureusement non"],
        [Cue.Condition] =
        [ "etant entendu que", "sous reserve", "a condition que", "avec une precision", "une seule precision", "avec une reserve", "une reserve", "avec une nuance", "une nuance", "subordonne* a", "subordonne* au", "conditionne* a", "conditionne* au", "mais seulement", "mais uniquement", "seulement ~ quand", "seulement ~ une fois", "qu apres", "avant la signature", "avant signature", "avant de signer",
            "a condition", "sous condition", "pourvu que", "tant que", "si le", "si la", "si les", "si nous", "si vous", "s il", "si ~ est", "sauf", "excepte", "une fois", "des que",
            "seulement apres", "uniquement apres", "pas avant", "pas de signature", "jusqu a ce", "en attendant", "conditionnel*", "partiel*",
            "deux des trois", "a l exception",
        ],
        [Cue.WeakCondition] = ["mais", "cependant", "toutefois", "pourtant", "seulement", "neanmoins"],
        [Cue.Concession] = [ "au debut", "au depart", "initialement","bien que", "meme si", "malgre", "quoique", "certes"],
        [Cue.Disclaimer] = [ "exercer vos droits", "responsable du traitement", "provient de l exterieur", "expediteur externe", "ne cliquez pas sur les liens","confidentiel*", "destinataire", "par erreur", "strictement interdit", "est interdite"],
        [Cue.Requirement] = [ "exige que", "exigent que", "impose que","besoin", "faut", "doit", "devons", "exige*", "d abord", "avant", "encore"],
        [Cue.Refusal] =
        [ "ma reponse est non", "la reponse est non", "notre reponse est non",
            "refus*", "declin*", "pas d accord", "desaccord", "pas pret*", "pas en mesure", "pas satisfait*", "echec", "echoue", "pas atteint*",
            "non atteint*", "inacceptable", "pas acceptable", "bloquant*", "en suspens", "en pause", "autre fournisseur", "autre solution",
            "ne pouvons pas", "ne peux pas", "ne pas recommander", "pas recommander", "aucun sens", "pas de sens", "n a pas de sens", "gel des depenses", "gel budgetaire", "budget ~ gele" ],
        [Cue.NotYet] = [ "preferons attendre", "prefere attendre", "preferons ~ attendre", "nous attendrons", "a ce stade", "en l etat","pas encore", "pas termine*", "pas fini*", "en cours", "toujours en cours", "reste ouvert*", "trop tot", "pour l instant", "pour le moment", "preferons attendre", "nous allons attendre", "attendons" ],
        [Cue.Dispute] = [ "trop faible", "trop peu", "insuffisant*", "pas suffisant*", "ne suffit pas", "dommage que", "est un probleme", "sont un probleme", "un vrai probleme", "un probleme concret","nous avons mesure", "nous n avons mesure", "mesure que", "nos chiffres", "nos mesures", "nos resultats", "ne correspond* pas", "inexact*", "incorrect*", "faux", "conteste*", "et non"],
        [Cue.Hedge] =
        [ "en theorie", "theoriquement", "sur le papier",
            "je pense", "je crois", "nous pensons", "probablement", "globalement", "dans l ensemble", "en gros", "plutot", "en principe", "a priori",
            "presque", "semble*", "il me semble", "assez", "quasiment", "sans doute", "provisoire*", "officieusement", "en grande partie",
        ],
        [Cue.SoftPositive] = ["a l air bien", "semble bien", "tres bien", "bien", "super", "genial", "parfait", "bravo", "beau travail", "excellent*", "top", "impressionn*", "ok", "c est bon"],
        [Cue.Thanks] = ["merci*", "remerci*"],
        [Cue.Delegation] =
        [ "laisse ~ repondre", "laisser ~ repondre", "s en occupait", "qui s en occup*",
            "je mets ~ en copie", "en copie", "je transmets", "transfere*", "je reviens vers vous", "reviendrai vers vous", "revenir vers vous",
            "je vais verifier", "verifier avec", "en interne", "s en occupe", "vous repondra", "va confirmer", "confirmera", "la bonne personne", "le bon interlocuteur", "transfere", "transferer", "je transfere" ],
        [Cue.Deferred] =
        [ "pas encore d accord entre nous", "avis sont partages", "pas encore de consensus", "confirmation ~ vous l enverra", "confirmation ~ vous sera envoyee", "confirmation ~ viendra d*", "confirmation ~ te l enverra", "je verifie ~ et je te confirme", "je verifie ~ et je vous confirme", "je regarde ~ et je vous confirme", "je vous confirme plus tard", "je te confirme plus tard", "je te dois encore", "je vous dois encore", "sur ma liste", "dans ma liste", "avant qu on confirme", "avant que nous confirmions", "avant qu on ne confirme", "avant qu on valide", "avant de ~ repondre formellement", "avant de ~ repondre officiellement", "reponse formelle", "reponse officielle", "avant ~ confirmation", "avant toute validation", "avant ~ signature", "aimerais confirmer", "aimerions confirmer", "voudrais confirmer", "voudrions confirmer", "adorerais confirmer",
            "confirmerai*", "confirmerons", "confirmera", "vais ~ confirmer", "allons ~ confirmer", "pourrai* ~ confirmer", "avant de confirmer",
            "avant de ~ valider", "avant de signer", "reviens vers vous", "confirmer ~ plus tard", "confirmation de", "doit confirmer", "doit ~ confirmer", "doit valider", "devrait confirmer", "il faut ~ confirmer" ],
        [Cue.Request] = [ "remercie de ~ confirmer", "remercions de ~ confirmer", "bien vouloir ~ confirmer","merci de ~ confirmer", "pouvez vous ~ confirmer", "pourriez vous", "veuillez", "vous nous avez demande", "demande de confirmer", "vous avez demande", "prolonger ~ essai", "prolongation", "prolonger ~ licence" ],
        [Cue.Negator] = ["ne", "n", "pas", "jamais", "aucun", "aucune", "rien", "ni", "sans", "non"],
        [Cue.Precondition] = ["d abord", "avant", "au prealable", "prealablement"],
        [Cue.Subordinator] = [ "tant que","une fois", "des que", "avant que", "avant de", "avant d", "jusqu a", "quand", "lorsque", "si le", "si la", "si les", "si nous", "s il", "a condition", "sous reserve", "pourvu que"],
        [Cue.OutOfOffice] =
        [
            "absent*", "absence", "en conges", "conges", "en vacances", "hors du bureau", "de retour le", "acces limite", "sans acces",
            "en cas d urgence", "je serai de retour", "reprendrai", "pour toute urgence",
        ],
        [Cue.Acknowledgement] = [ "pas encore vu", "pas encore lu", "confirm* ~ avoir ~ recu", "confirm* ~ reception", "avoir bien recu", "bonne reception","accuse* reception", "bien recu"],
        [Cue.Courtesy] = [ "serait bien si", "serait la bienvenue", "serait le bienvenu", "nous aimerions", "ce serait bien que", "ce serait top si", "pour ne pas vous retarder", "pour ne pas vous faire attendre", "pour ne pas vous bloquer", "pour information", "pour memoire","si vous avez", "n hesitez pas", "si besoin"],
        [Cue.Reported] = ["indique comme", "indiquee comme", "indiques comme", "marque comme", "marquee comme", "presente comme", "presentee comme", "declare comme", "declaree comme", "note comme", "notee comme", "annonce comme", "annoncee comme", "affiche comme"],
        [Cue.Handover] = [ "pas moi qui valide", "pas moi qui confirme", "pas a moi de valider", "pas a moi de confirmer", "qui valide officiellement", "qui confirme officiellement", "doit venir de", "doit venir d", "doit provenir de", "qui repond pour", "je ne suis pas habilit*", "je ne suis pas autoris*", "que la confirmation vienne de", "la confirmation doit venir de", "confirmation vienne de", "que la validation vienne de", "la laisse y repondre", "le laisse y repondre", "laisse ~ y repondre", "vous repondra lui meme", "vous repondra elle meme", "repondra lui meme sur le fond", "la confirmation revient a", "revient a", "laisse ~ le soin de confirmer", "je laisse ~ confirmer", "ne peux pas parler au nom", "ne peux pas repondre au nom", "plus le decideur", "plus la decideuse", "pas celui qui", "pas celle qui", "c est lui qui doit", "c est elle qui doit", "la decision revient a", "la decision appartient a", "ne peux pas engager l equipe", "ne peux pas engager la societe", "m engager a sa place", "engager a sa place", "pas ~ au nom de l equipe", "c est bien a ~ de valider", "c est a ~ de valider", "pas m engager a la place", "engager l equipe seul*", "pas seul a decider", "pas seule a decider", "je transmets a ~ pour validation", "pas habilite a confirmer", "pas habilitee a confirmer", "doit venir de", "ne m appartient pas", "pas a moi de", "repondra ~ separement", "reviendra vers vous separement","ta decision", "votre decision", "c est a toi de decider", "c est a vous de decider", "pas ma decision"],
        [Cue.OtherSubject] = [ "sur le prix", "sur les prix", "le prix", "cote prix", "la tarification", "sur la tarification", "etude de cas", "cas client", "communique de presse", "sur le prix", "le prix","la collaboration", "comme collaboration", "le partenariat", "l atelier", "la formation"],
        [Cue.Reword] = ["reformuler", "reformulez", "reformulation", "changer la formulation", "modifier la formulation"],
        [Cue.Retraction] = [ "finalement non", "je retire ce que", "oubliez mon", "oublie mon accord","retire* ma confirmation", "retirer ma confirmation", "retirer notre confirmation", "revenir sur ma confirmation", "reviens sur ma confirmation", "revenir sur notre confirmation", "annule* ma confirmation", "ne pas tenir compte de ma confirmation"],
        [Cue.Restrictive] = ["seulement", "qu une fois", "qu apres", "qu a partir"],
        [Cue.Later] = ["quand", "lorsque", "une fois", "apres", "des que", "a partir", "lorsqu"],
        [Cue.PastIntent] = [ "je voulais d abord", "nous voulions d abord", "j allais", "nous allions", "je voulais attendre", "nous voulions attendre", "j avais prevu d attendre", "nous avions prevu d attendre", "j aurais aime", "nous aurions aime", "je comptais attendre", "nous comptions attendre" ],
        [Cue.Aside] = [ "autre sujet", "sujet distinct", "votre autre question", "ta autre question", "ne change rien a la confirmation", "ne change rien a ce qui precede", "ne changent rien a la confirmation", "ne remettent pas en cause", "qui ne remettent pas en cause ce qui precede", "quelques souhaits", "un souhait", "quelques suggestions","n a rien a voir avec", "en aucun cas une condition", "n est pas une condition", "pas une condition", "pour information", "a titre d information", "independamment de la confirmation", "pas bloquant"],
        [Cue.Name] = [ "si on avance", "si nous avancons", "si on va de l avant", "quand meme", "tout de meme", "gel de fin d annee", "gel des changements", "dossiers en cours", "projets en cours", "sujets en cours", "la confirmation demandee", "confirmation demandee a", "la confirmation que vous", "votre demande de confirmation", "d accord entre nous","plan de succes mutuel", "plan de succes"],
    };

    private static Dictionary<Cue, string[]> Spanish() => new()
    {
        [Cue.Recap] = ["si lo he entendido bien", "si lo entiendo bien", "si entiendo bien", "si no me equivoco", "tal como lo entiendo", "segun entiendo", "como recordatorio", "para recordar", "vuestra propuesta", "su propuesta", "tu propuesta", "como escribes", "como escribis"],
        [Cue.Litotes] = [ "no tiene sentido que esto espere", "no tiene sentido esperar", "nada mal", "sin problema", "sin problemas", "sin ningun problema", "ningun problema","no ~ ninguna razon para no", "ninguna razon para no", "no hay razon para no", "no mienten", "no miente", "nada que objetar", "nada que reprochar", "nada que reclamar", "no hay quejas", "sin quejas", "imposible discutir", "no se puede discutir"],
        [Cue.ConditionalWord] = ["condicional*"],
        [Cue.Opposition] = [ "no ~ como confirmado", "no ~ como una victoria", "no ~ como un exito","no se de la conformidad", "no dar la conformidad", "no demos la conformidad", "me opongo", "nos oponemos", "oponemos", "se opone", "veto"],
        [Cue.Unconditional] = [ "tachar ~ condicional*", "tacha ~ condicional*", "quitar ~ condicional*", "quita ~ condicional*", "borrar ~ condicional*", "borra ~ condicional*", "eliminar ~ condicional*", "olvidar ~ condicional*", "condicional* ~ sobra", "condicional ~ superad*", "sin esa salvedad", "sin la salvedad", "sin salvedad*", "sin esa condición", "no solo la ~ condicional", "no solo ~ condicional", "en lugar de la ~ condicional", "en vez de la ~ condicional", "no una ~ condicional sino", "no condicional sino", "ya no ~ condicional", "ya no es condicional", "ya no hace falta ~ condicional", "no condiciona* en nada", "no condiciona* nuestra", "ninguna condicion pendiente", "no queda ninguna condicion", "no quedan condiciones", "no son condiciones", "ninguna es una condicion", "nada de esto es una condicion", "ya no ~ condicional", "ya no es condicional", "deja de ser condicional", "en ningun caso una condicion", "de ninguna manera una condicion", "nada pendiente", "condicion ~ esta cumplida", "condicion ~ se ha cumplido", "condicion ~ queda cumplida", "condicion ~ esta satisfecha", "no es una condicion", "no es condicion","sin condiciones pendientes", "sin condiciones", "sin condicion", "sin ninguna condicion", "incondicional*", "sin reservas"],
        [Cue.Reassurance] = [ "sin impacto en", "sin incidencia en", "no afecta al resultado", "no afecta el resultado", "no cambia el veredicto", "nada de esto cambia", "no afecta al veredicto", "no cambia el resultado", "no cambia en nada el resultado", "no resta nada al resultado", "antes de lo previsto", "antes de la fecha", "antes del plazo", "adelantad*", "no cambia lo anterior", "no cambia ~ anterior","no cambia ~ resultado", "no cambia nada", "no altera ~ resultado", "el resultado se mantiene", "sigue por debajo", "sigue por encima", "sigue dentro", "sigue muy por debajo", "todavia por debajo", "aun por debajo", "holgadamente"],
        [Cue.FixDone] = [ "aplicad*", "aplicamos", "instalamos", "desplegamos","desplegad*", "instalad*", "en produccion", "corregid*", "resuelt*", "publicad*", "implementad*"],
        [Cue.CommercialSide] = [ "conversaciones comerciales", "negociacion comercial", "sujeto a contrato", "sujeta a contrato", "sujeto a la firma", "sujeto ~ contrato", "compromiso de compra", "obligacion de compra", "condiciones comerciales", "condiciones contractuales", "parte comercial", "aspectos comerciales", "puramente tecnic*", "estrictamente tecnic*", "unicamente tecnic*", "solo tecnic*", "proceso de compras", "decision de compra", "orden de compra" ],
        [Cue.Logistics] = [ "proveedor*", "orden de compra", "alta de proveedor", "factura", "facturacion", "recogida", "envio", "vpn", "mensajeria", "nota de gastos", "reporte de gastos", "informe de gastos", "viaje de trabajo", "gastos de viaje","lunes", "martes", "miercoles", "jueves", "viernes", "manana", "reunion", "cita", "invitacion", "calendario", "hora*", "sala", "direccion", "cena", "almuerzo", "comida", "kickoff", "taller", "asistencia", "hotel", "parking", "mensajero", "recogida", "recoger", "entrega", "paqueteria", "mensajeria" ],
        [Cue.Evaluation] = [ "revision legal", "revision juridica", "por escrito","evaluacion", "criterio*", "resultado*", "exito", "poc", "pov", "prueba*", "objetivo*", "medicion*", "cifras", "comercial", "contrato"],
        [Cue.Stopword] = ["el", "los", "las", "y", "es", "que", "para", "con", "una", "por", "hemos", "estamos", "pero", "gracias", "del", "hola", "muy", "saludos", "equipo"],
        [Cue.Confirm] =
        [ "como nuestro acuerdo", "como nuestra conformidad", "nuestro visto bueno", "damos ~ por superad*", "damos por buen*", "dar ~ por superad*", "por superada", "por superado", "doy mi conformidad", "damos nuestra conformidad", "damos la conformidad", "doy la conformidad", "cuentan con nuestra conformidad", "tienen nuestra conformidad",
            "confirm*", "exito", "un exito", "exitos*", "criterios ~ cumplido*", "cumpl* ~ criterios", "objetivos ~ cumplido*", "superado*",
            "de acuerdo", "estamos de acuerdo", "aprob*", "acept*", "validado*", "validamos",
        ],
        [Cue.Proceed] = [ "puede arrancar ~ revision", "pueden arrancar ~ revision", "puede empezar ~ revision", "pueden empezar ~ revision", "podeis arrancar ~ revision", "podeis empezar ~ revision", "iniciar ~ revision", "comenzar ~ revision", "avance ~ revision", "avanzar con la revision","avanzar", "seguir adelante", "adelante", "proceder", "revision comercial", "fase comercial", "luz verde", "continuar con", "pasar a ~ comercial"],
        [Cue.NoObjection] = [ "coinciden con las que medimos", "coinciden con lo que medimos", "coincide con lo que medimos", "coinciden con lo que medimos", "coincide con lo que medimos", "cuadran con lo que medimos", "cuadra con lo que medimos", "sin dudarlo", "sin ninguna duda", "ninguna incidencia pendiente", "ninguna incidencia", "ni un solo fallo", "ningun fallo", "sin duda", "ninguna duda", "nada pendiente","sin objeciones", "ninguna objecion", "no tenemos objeciones", "no hay objeciones", "sin problemas", "ningun problema", "no hay problema", "nada que objetar", "sin reservas", "coincide con nuestros", "coinciden con nuestros", "coincide con nuestras", "coinciden con nuestras" ],
        [Cue.ShortYes] = ["si", "claro", "correcto", "exacto", "efectivamente", "por supuesto", "si confirmado"],
        [Cue.ShortNo] = [ "de ninguna manera", "ni hablar", "ni de broma", "no", "todavia no", "aun no", "lamentablemente no"],
        [Cue.Condition] =
        [ "en el entendido de que", "siempre y cuando", "siempre que", "con una salvedad", "una salvedad", "con un matiz", "un matiz", "con una precision", "con una reserva", "una reserva", "supeditad*", "sujeto a", "sujeta a", "sujetos a", "subordinad* a", "en cuanto", "tan pronto como", "pero solo", "pero solamente", "solo ~ cuando", "solo ~ despues", "antes de la firma", "antes de firmar", "con la condicion", "a condicion", "condicionado*", "condicion*", "salvo", "excepto",
            "una vez", "solo despues", "solo cuando", "no antes", "sin firma", "hasta que", "si el", "si la", "si los", "si se", "si ~ esta", "mientras no", "mientras que no", "pendiente*", "parcial*", "dos de los tres",
        ],
        [Cue.WeakCondition] = ["pero", "sin embargo", "aunque", "solo"],
        [Cue.Concession] = [ "al principio", "en un principio", "inicialmente","aunque", "si bien", "a pesar de", "pese a"],
        [Cue.Disclaimer] = [ "ejercer sus derechos", "responsable del tratamiento", "no se cederan datos", "cesion de datos", "se origino fuera", "remitente externo", "no haga clic en", "aviso legal", "aviso de confidencialidad","confidencial", "destinatario", "por error", "prohibida", "esta prohibido"],
        [Cue.Requirement] = [ "exige que", "exigen que", "requiere que", "requieren que","necesit*", "debe*", "tenemos que", "requiere*", "primero", "antes", "todavia", "aun"],
        [Cue.Refusal] =
        [ "la respuesta es no", "mi respuesta es no", "nuestra respuesta es no", "no nos sentimos comodos", "no me siento comodo", "no me siento comoda", "no estamos comodos",
            "rechaz*", "declin*", "no estamos de acuerdo", "desacuerdo", "no estamos listos", "no estamos en condiciones", "no es un exito", "fracaso",
            "fallo", "no cumpl*", "inaceptable", "no aceptable", "bloqueante*", "en espera", "en pausa", "otro proveedor", "no podemos",
            "no recomendar", "no ~ avanzar", "no tiene sentido", "no vemos sentido", "no le vemos sentido", "congelacion", "congelado", "congelados" ],
        [Cue.NotYet] = ["todavia no", "aun no", "no ha terminado", "no ~ terminad*", "en curso", "sigue abierto", "pendiente", "demasiado pronto", "por ahora", "preferimos esperar", "vamos a esperar", "esperaremos", "por ahora no" ],
        [Cue.Dispute] = [ "demasiado poco", "demasiado bajo", "insuficiente*", "no es suficiente", "no basta", "lastima que", "una pena que", "es un problema", "son un problema", "un problema real", "un problema concreto","medimos", "hemos medido", "solo medimos", "nuestras cifras", "nuestros numeros", "nuestras mediciones", "no coincide*", "incorrect*", "no es correcto", "erroneo*", "y no"],
        [Cue.Hedge] = [ "en teoria", "teoricamente", "en el papel", "sobre el papel","creo", "creemos", "pienso", "probablemente", "en general", "mayormente", "en su mayoria", "casi", "parece*", "en principio", "mas o menos", "bastante", "provisional*"],
        [Cue.SoftPositive] = ["se ve bien", "pinta bien", "muy bien", "bien", "genial", "excelente", "perfecto", "buen trabajo", "estupendo", "vale", "ok"],
        [Cue.Thanks] = ["gracias", "agradec*", "muchas gracias"],
        [Cue.Delegation] = [ "os la manda", "te la manda", "os la envia", "te la envia", "os la enviara", "te la enviara", "os la mandara", "te la mandara", "os la dara", "te la dara", "te lo dara", "os la dara", "se la dara", "te la va a dar", "te respondera", "dejo que ~ responda", "dejo que ~ conteste", "que responda el", "que responda ella","copio a", "en copia", "incluyo a", "reenvio", "reenviare", "consultar con", "lo consulto", "internamente", "companer*", "colega", "confirmara", "la persona adecuada", "la persona indicada", "reenviado", "reenvio", "la pongo en copia", "lo pongo en copia", "pongo en copia" ],
        [Cue.Deferred] =
        [ "todavia no hay consenso", "aun no hay consenso", "no hay consenso interno", "aun no nos hemos puesto de acuerdo", "confirmacion ~ os la manda", "confirmacion ~ te la manda", "confirmacion ~ os la envia", "confirmacion ~ te la envia", "confirmacion ~ os la enviara", "confirmacion ~ te la enviara", "confirmacion ~ os la dara", "confirmacion ~ te la dara", "confirmacion ~ os la mandara", "confirmacion ~ te la mandara", "reviso ~ y te confirmo", "reviso ~ y le confirmo", "lo veo ~ y te confirmo", "lo hablo ~ y te confirmo", "lo consulto ~ y te confirmo", "y luego te confirmo", "y despues te confirmo", "te confirmo luego", "te confirmo mas tarde", "te confirmo en breve", "te debo", "le debo", "os debo", "les debo", "en mi lista", "antes de responder formalmente", "antes de ~ responder formalmente", "respuesta formal", "respuesta oficial", "primero lo hablo con", "lo hablo con", "primero lo consulto", "lo consulto con", "te comento", "les comento", "os comento", "lo vemos", "lo veremos", "lo hablamos", "lo hablaremos", "lo revisamos alli", "lo comentamos", "antes de ~ confirmacion", "antes de ~ conformidad", "encantaria confirmar*", "gustaria confirmar*", "quisiera confirmar*", "querria confirmar*",
            "confirmare", "confirmaremos", "confirmara", "voy a ~ confirmar", "vamos a ~ confirmar", "antes de confirmar", "antes de firmar",
            "confirm* ~ manana", "confirm* ~ luego", "confirm* ~ despues", "confirm* ~ proxima semana", "les respondo", "vuelvo a escribir", "tiene que confirmar", "tienen que confirmar", "debe confirmar", "deberia confirmar", "hay que confirmar", "tiene que validar", "debe validar" ],
        [Cue.Request] = ["por favor ~ confirm*", "podrias confirmar", "podria confirmar", "pueden confirmar", "me pediste", "nos pediste", "nos pidio", "nos pidieron", "extender ~ prueba", "ampliar ~ prueba", "prorrogar", "extension de ~ licencia", "ampliar ~ licencia" ],
        [Cue.Negator] = ["no", "nunca", "ningun", "ninguna", "ninguno", "nada", "ni", "sin", "tampoco"],
        [Cue.Precondition] = ["primero", "antes"],
        [Cue.Subordinator] = ["una vez", "hasta que", "antes de", "antes que", "cuando", "en cuanto", "tan pronto", "a que", "si el", "si la", "si los", "siempre que", "en caso de"],
        [Cue.OutOfOffice] =
        [
            "fuera de la oficina", "fuera de oficina", "ausente", "de vacaciones", "vacaciones", "de permiso", "regreso el", "regresare", "volvere el",
            "estare de vuelta", "acceso limitado", "sin acceso", "en caso de urgencia", "para asuntos urgentes",
        ],
        [Cue.Acknowledgement] = [ "todavia no lo ha visto", "aun no lo ha visto", "todavia no lo ha leido", "aun no lo ha leido", "confirm* ~ recepcion", "confirm* ~ recibido", "hemos recibido", "he recibido","acuso recibo", "recibido"],
        [Cue.Courtesy] = [ "seria genial si", "estaria bien si", "nos gustaria", "seria bueno si", "seria util si", "para no retrasaros", "para no haceros esperar", "para no retrasarles", "para no bloquearos", "lo hablamos hoy", "lo hablamos ayer", "lo hablamos esta manana", "lo hablamos hoy en la manana", "ya lo hablamos", "ya lo comentamos", "lo comentamos ayer", "lo comentamos largo", "te comento que", "les comento que", "os comento que", "quedo al pendiente", "quedamos al pendiente", "quedo pendiente", "quedamos pendientes", "quedo a tus ordenes", "quedo a sus ordenes", "quedamos a sus ordenes", "solo para que conste", "para que conste","si necesitas", "si tienes", "si tienen", "quedo atento", "quedo atenta"],
        [Cue.Reported] = ["indicado como", "indicada como", "marcado como", "marcada como", "presentado como", "presentada como", "declarado como", "declarada como", "figura como", "aparece como"],
        [Cue.Handover] = [ "te toca a ti", "le toca a", "te corresponde a ti", "no soy yo quien", "quien confirma oficialmente", "quien valida", "no me corresponde", "tiene que venir de", "debe venir de", "quien responde por", "no estoy autorizad*", "no tengo autorizacion", "yo no puedo aprobar", "le respondera el mismo", "le respondera ella misma", "te respondera el mismo", "te respondera ella misma", "respondera personalmente", "queda en manos de", "corresponde a", "le dejo la confirmacion", "dejo la confirmacion", "no puedo responder por el equipo", "no puedo responder en nombre", "ya no es quien decide", "no soy quien", "no soy la persona que", "es quien tiene que", "es ella quien", "es el quien", "la decision es de", "la decision la toma", "no puedo comprometer al equipo", "no puedo comprometer a la empresa", "no puedo ~ en nombre de", "no tengo autoridad para", "no tengo autonomia", "no puedo hablar por el equipo", "eso le corresponde a", "comprometer al equipo ~ solo", "comprometer al equipo ~ sola", "no estoy autorizad* a confirmar", "tiene que venir de", "debe venir de", "no me corresponde", "respondera ~ por separado", "contestara ~ por separado","tu decision", "es tu decision", "su decision", "no es mi decision"],
        [Cue.OtherSubject] = [ "sobre el precio", "el precio", "en precio", "caso de exito", "casos de exito", "nota de prensa", "comunicado de prensa", "sobre el precio", "el precio","como colaboracion", "la colaboracion", "la colaboracion ha sido", "el taller", "la formacion"],
        [Cue.Reword] = ["reformular", "reformula*", "redactar de otra", "cambiar la redaccion", "modificar la redaccion"],
        [Cue.Retraction] = [ "retiro lo dicho", "olvida lo que", "olvidad mi", "mejor todavia no","retiro mi confirmacion", "retirar mi confirmacion", "retirar nuestra confirmacion", "anulo mi confirmacion", "dejar sin efecto ~ confirmacion", "dejo sin efecto", "no tengan en cuenta mi confirmacion"],
        [Cue.Restrictive] = ["solo", "solamente", "unicamente"],
        [Cue.Later] = ["cuando", "una vez", "despues", "tras", "en cuanto", "hasta que"],
        [Cue.PastIntent] = [ "queria ver primero", "queriamos ver primero", "quise esperar", "iba a esperar", "ibamos a esperar", "queria esperar", "queriamos esperar", "pensaba esperar", "pensabamos esperar", "tenia pensado esperar", "teniamos pensado esperar", "me habria gustado", "me hubiera gustado", "nos habria gustado", "nos hubiera gustado" ],
        [Cue.Aside] = [ "otro tema", "tu otra pregunta", "su otra pregunta", "tema aparte", "no cambia lo anterior", "no cambia ~ anterior", "no cambia la confirmacion", "nada de esto cambia", "algunos deseos", "un deseo", "algunas sugerencias","no tiene nada que ver con", "no es una condicion", "en ningun caso una condicion", "solo para informacion", "a titulo informativo", "no es bloqueante", "independientemente de la confirmacion"],
        [Cue.Name] = [ "si seguimos adelante", "si avanzamos", "congelacion de fin de ano", "congelamiento de fin de ano", "congelacion de cambios", "de acuerdo entre nosotros", "de acuerdo entre nosotras","plan de exito mutuo", "plan de exito"],
    };

    private static Dictionary<Cue, string[]> Portuguese() => new()
    {
        [Cue.Recap] = ["pelo que entendi", "pelo que eu entendi", "se entendi bem", "se bem entendi", "como lembrete", "para lembrar", "relembrando", "a proposta e", "sua proposta", "como voce escreveu"],
        [Cue.Litotes] = [ "nada mal", "nada mau", "nenhum motivo para nao", "nao vejo motivo para nao", "nao vejo motivos para nao", "nao ha motivo para nao", "sem problema", "sem problemas", "nenhum problema","nao ~ nenhuma razao para nao", "nenhuma razao para nao", "nao ha razao para nao", "nao mentem", "nao mente", "nada a apontar", "nada a reclamar", "nada a objetar", "nada a reparar", "sem queixas", "nao ha o que discutir"],
        [Cue.ConditionalWord] = ["condicional*"],
        [Cue.Opposition] = [ "nao ~ como confirmado", "nao ~ como uma vitoria", "nao ~ como um sucesso","me oponho", "nos opomos", "oponho", "se opoe", "veto"],
        [Cue.Unconditional] = [ "riscar ~ condicional*", "risca ~ condicional*", "tirar ~ condicional*", "tira ~ condicional*", "remover ~ condicional*", "apagar ~ condicional*", "esquecer ~ condicional*", "condicional* ~ pode sair", "condicional ~ superad*", "sem essa ressalva", "sem a ressalva", "sem ressalva*", "sem essa condição", "nao apenas a ~ condicional", "nao so a ~ condicional", "em vez da ~ condicional", "nao condicional mas", "nao uma ~ condicional mas", "nao condiciona*", "nenhuma condicao pendente", "nao resta nenhuma condicao", "nao sao condicoes", "nenhuma e uma condicao", "nada disso e condicao", "nao ~ mais ~ condicional", "deixa de ser condicional", "ja nao e condicional", "de modo algum uma condicao", "em nenhum caso uma condicao", "nada pendente", "nao ha mais nada pendente", "condicao ~ esta satisfeita", "condicao ~ esta cumprida", "condicao ~ foi cumprida", "condicao ~ foi atendida", "condicao ~ esta atendida", "nao e condicao", "nao e uma condicao", "nao se trata de uma condicao","sem condicoes pendentes", "sem condicoes", "sem condicao", "sem nenhuma condicao", "incondiciona*", "sem ressalvas"],
        [Cue.Reassurance] = [ "sem impacto no", "sem impacto na", "nao afeta o resultado", "nao muda o veredicto", "nada disso muda", "nao altera o veredicto", "nao muda o resultado", "nao altera o resultado", "nao tira nada ao resultado", "antes do prazo", "antes da data", "adiantado","nao muda ~ resultado", "nao muda nada", "nao altera ~ resultado", "o resultado se mantem", "continua abaixo", "continua acima", "continua dentro", "continua bem abaixo", "ainda abaixo", "ainda dentro", "ainda bem abaixo", "folgadamente"],
        [Cue.FixDone] = [ "aplicad*", "aplicamos", "instalamos", "implantamos","implantad*", "instalad*", "em producao", "corrigid*", "resolvid*", "publicad*", "implementad*"],
        [Cue.CommercialSide] = [ "conversas comerciais", "negociacao comercial", "sujeito a contrato", "sujeita a contrato", "sujeito ~ contrato", "compromisso de compra", "obrigacao de compra", "condicoes comerciais", "condicoes contratuais", "parte comercial", "aspectos comerciais", "puramente tecnic*", "estritamente tecnic*", "apenas tecnic*", "somente tecnic*", "processo de compras", "decisao de compra", "ordem de compra", "pedido de compra" ],
        [Cue.Logistics] = [ "fornecedor*", "pedido de compra", "nota fiscal", "cadastro de fornecedor", "faturamento", "nota fiscal", "coleta", "vpn", "transportadora", "relatorio de despesas", "nota de despesas", "viagem de trabalho", "despesas de viagem", "morada", "endereco de", "recepcao", "rececao","segunda feira", "terca feira", "quarta feira", "quinta feira", "sexta feira", "amanha", "reuniao", "convite", "calendario", "horario", "sala", "endereco", "jantar", "almoco", "kickoff", "workshop", "presenca", "hotel", "estacionamento", "motoboy", "coleta", "retirada", "entrega", "encomenda" ],
        [Cue.Evaluation] = [ "revisao juridica", "revisao legal", "por escrito","avaliacao", "criterio*", "resultado*", "sucesso", "poc", "pov", "teste*", "meta*", "medicao", "numeros", "comercial", "contrato"],
        [Cue.Stopword] = ["o", "os", "e", "nao", "que", "para", "com", "uma", "por", "estamos", "mas", "obrigado", "obrigada", "do", "da", "voce", "ola", "equipe", "abracos"],
        [Cue.Confirm] =
        [ "como nossa concordancia", "como nosso de acordo", "nosso de acordo", "como nossa aprovacao", "damos ~ por superad*", "damos por encerrad*", "consideramos ~ superad*", "concordo", "concordamos",
            "confirm*", "sucesso", "um sucesso", "bem sucedid*", "criterios ~ atendidos", "criterios ~ cumpridos", "atend* ~ criterios",
            "metas ~ atingidas", "superad*", "de acordo", "estamos de acordo", "aprov*", "aceit*", "validad*", "validamos",
        ],
        [Cue.Proceed] = [ "pode comecar ~ revisao", "podem comecar ~ revisao", "pode iniciar ~ revisao", "podem iniciar ~ revisao", "iniciar ~ revisao", "comecar ~ revisao", "seguir ~ revisao", "seguir para a fase","avancar", "seguir em frente", "seguir adiante", "prosseguir", "revisao comercial", "fase comercial", "sinal verde", "podem seguir", "pode seguir"],
        [Cue.NoObjection] = [ "batem certo com", "bate certo com", "batem com o que medimos", "bate com o que medimos", "batem com ~ medimos", "bate com ~ medimos", "conferem com o que medimos", "confere com o que medimos", "sem hesitar", "sem hesitacao", "nenhuma pendencia", "sem pendencias", "nenhuma falha", "sem duvida", "nenhuma duvida", "nada pendente","sem objecoes", "nenhuma objecao", "nao temos objecoes", "nao ha objecoes", "sem problemas", "nenhum problema", "sem ressalvas", "nada a opor", "bate com os nossos", "batem com os nossos", "coincide com os nossos", "coincidem com os nossos" ],
        [Cue.ShortYes] = ["sim", "correto", "exato", "claro", "com certeza", "certamente", "sim confirmado"],
        [Cue.ShortNo] = [ "de jeito nenhum", "nem pensar", "nao", "ainda nao", "infelizmente nao"],
        [Cue.Condition] =
        [ "no entendimento de que", "desde que", "contanto que", "com uma nuance", "uma nuance", "com uma ressalva", "uma ressalva", "com uma precisao", "subordinad* a", "subordinad* ao", "vinculad* a", "vinculad* ao", "mas apenas", "mas so", "so ~ quando", "so ~ depois", "antes da assinatura", "antes de assinar", "com a condicao", "sob a condicao", "condicionad*", "condicao", "sujeito a", "salvo", "exceto", "uma vez que",
            "somente apos", "so apos", "so depois", "nao antes", "sem assinatura", "ate que", "se o", "se a", "se os", "se for", "se houver", "pendente*", "parcial*", "dois dos tres",
        ],
        [Cue.WeakCondition] = ["mas", "porem", "no entanto", "contudo", "embora", "apenas"],
        [Cue.Concession] = [ "no inicio", "inicialmente", "a principio","embora", "apesar de", "ainda que", "mesmo que"],
        [Cue.Disclaimer] = [ "exercer os seus direitos", "responsavel pelo tratamento", "originou fora", "remetente externo", "nao clique em links", "confidencia*", "aviso legal","confidencial", "destinatario", "por engano", "proibida", "e proibido"],
        [Cue.Requirement] = [ "exige que", "exigem que", "requer que","precis*", "devemos", "deve*", "temos que", "primeiro", "antes", "ainda"],
        [Cue.Refusal] =
        [ "a resposta e nao", "minha resposta e nao", "nossa resposta e nao", "nao da pra", "nao da para", "nao assino", "nao podemos assinar", "nos opomos", "me oponho", "oponho",
            "recus*", "rejeit*", "nao concordamos", "discord*", "nao estamos prontos", "nao estamos em condicoes", "nao foi um sucesso", "fracasso",
            "falhou", "nao atend*", "inaceitavel", "nao aceitavel", "bloqueante*", "bloqueio", "em espera", "pausa*", "outro fornecedor", "nao podemos", "nao faz sentido", "nao vemos sentido", "congelamento", "congelado", "congelados" ],
        [Cue.NotYet] = [ "vamos segurar", "por enquanto vamos segurar", "segurar por enquanto","ainda nao", "nao terminou", "nao ~ concluid*", "em andamento", "em aberto", "pendente", "cedo demais", "muito cedo", "por enquanto", "preferimos esperar", "preferimos aguardar", "vamos aguardar", "vamos esperar" ],
        [Cue.Dispute] = [ "pouco demais", "insuficiente*", "nao e suficiente", "nao basta", "pena que", "uma pena que", "e um problema", "sao um problema", "um problema real", "um problema concreto","medimos", "nossos numeros", "nossas medicoes", "nossos resultados", "nao confere*", "nao bate*", "incorret*", "errad*", "e nao"],
        [Cue.Hedge] = [ "na teoria", "em teoria", "teoricamente", "no papel","acho", "acredito", "achamos", "provavelmente", "em geral", "na maior parte", "quase", "parece*", "em principio", "mais ou menos", "bastante", "provisori*"],
        [Cue.SoftPositive] = ["parece bom", "parece otimo", "muito bom", "bom trabalho", "otimo", "excelente", "perfeito", "legal", "beleza", "ok"],
        [Cue.Thanks] = ["obrigad*", "agradec*", "valeu"],
        [Cue.Delegation] = [ "deixo ~ responder", "deixo que ~ responda","copiando", "em copia", "incluindo", "encaminh*", "verificar com", "vou verificar", "retorno", "internamente", "colega", "vai confirmar", "confirmara", "a pessoa certa", "a pessoa indicada", "encaminhei", "encaminhando", "coloquei em copia" ],
        [Cue.Deferred] = [ "ainda nao ha consenso", "ainda nao chegamos a um consenso", "ainda nao ha acordo interno", "confirmacao ~ vai mandar", "confirmacao ~ vai enviar", "confirmacao ~ vem d*", "confirmacao ~ te manda", "confirmacao ~ lhe enviara", "vejo ~ e te confirmo", "verifico ~ e te confirmo", "e depois te confirmo", "te confirmo depois", "te confirmo mais tarde", "te devo", "lhe devo", "ainda devo", "na minha lista", "antes de responder formalmente", "antes de ~ responder formalmente", "resposta formal", "resposta oficial", "antes de ~ confirmacao", "adoraria confirmar", "gostaria de confirmar", "queria confirmar","confirmarei", "confirmaremos", "vou ~ confirmar", "vamos ~ confirmar", "antes de confirmar", "antes de assinar", "confirm* ~ amanha", "confirm* ~ depois", "retorno em breve", "tem que confirmar", "tem de confirmar", "precisa confirmar", "deve confirmar", "precisa validar", "tem que validar" ],
        [Cue.Request] = ["por favor ~ confirm*", "poderia confirmar", "podem confirmar", "voce pediu", "solicitou", "pediram", "estender ~ teste", "prorrogar", "extensao ~ licenca", "prorrogacao" ],
        [Cue.Negator] = ["nao", "nunca", "nenhum", "nenhuma", "nada", "nem", "sem"],
        [Cue.Precondition] = ["primeiro", "antes"],
        [Cue.Subordinator] = ["assim que", "logo que", "uma vez", "ate que", "antes de", "antes que", "quando", "se o", "se a", "se os", "desde que", "caso"],
        [Cue.OutOfOffice] =
        [
            "fora do escritorio", "ausente", "de ferias", "ferias", "de licenca", "retorno em", "retornarei", "estarei de volta", "acesso limitado",
            "sem acesso", "em caso de urgencia", "assuntos urgentes",
        ],
        [Cue.Acknowledgement] = [ "ainda nao viu", "ainda nao leu", "confirm* ~ recebimento", "confirm* ~ recebemos", "confirm* ~ recebido", "recebemos", "recebi","acuso o recebimento", "recebido"],
        [Cue.Courtesy] = [ "seria otimo se", "seria bom se", "gostariamos", "seria util se", "para nao atrasar", "para nao segurar voces", "para nao deixar voces esperando", "so para registro", "apenas para registro", "so para constar", "para constar","se precisar", "qualquer duvida", "fico a disposicao", "se tiver"],
        [Cue.Reported] = ["indicado como", "indicada como", "marcado como", "marcada como", "apresentado como", "apresentada como", "declarado como", "declarada como", "consta como", "aparece como"],
        [Cue.Handover] = [ "quem da o aceite", "a confirmacao fica com ele", "a confirmacao fica com ela", "quem confirma oficialmente", "quem confirma e", "nao sou eu quem", "nao sou eu que", "quem valida", "tem que vir de", "deve vir de", "quem responde por", "quem responde pela", "quem responde pelo", "nao tenho autorizacao", "nao estou autorizad*", "vai responder pessoalmente", "respondera pessoalmente", "vai te responder ele mesmo", "vai te responder ela mesma", "fica com o", "fica com a", "fica a cargo d*", "cabe ao", "cabe a", "deixo a confirmacao", "nao posso responder pelo time", "nao posso responder pela equipe", "nao posso responder em nome", "ja nao e quem decide", "nao sou eu quem", "nao sou quem", "e quem tem que", "e ela quem", "e ele quem", "a decisao e do", "a decisao e da", "nao posso comprometer a equipe", "nao posso comprometer a equipa", "nao posso comprometer a empresa", "nao tenho autonomia", "nao tenho autoridade", "nao posso falar pela", "nao posso falar em nome", "isso e com o", "isso e com a", "comprometer a equipe sozinh*", "nao estou autorizad* a confirmar", "tem que vir de", "tem de vir de", "deve vir de", "nao cabe a mim", "nao me cabe", "respondera ~ separadamente", "vai responder ~ separadamente","sua decisao", "decisao e sua", "decisao e tua", "nao e minha decisao"],
        [Cue.OtherSubject] = [ "sobre o preco", "o preco", "no preco", "caso de sucesso", "case de sucesso", "comunicado de imprensa", "sobre o preco", "o preco","como colaboracao", "a colaboracao", "a parceria", "o workshop", "o treinamento"],
        [Cue.Reword] = ["reformular", "reescrever", "mudar a redacao", "alterar a redacao"],
        [Cue.Retraction] = [ "retiro o que disse", "esquece o que", "esquecam o meu","retiro minha confirmacao", "retirar minha confirmacao", "retirar a minha confirmacao", "retirar nossa confirmacao", "cancelar minha confirmacao", "desconsiderar ~ confirmacao", "desconsiderem ~ confirmacao"],
        [Cue.Restrictive] = ["so", "somente", "apenas"],
        [Cue.Later] = ["quando", "depois", "assim que", "apos", "uma vez", "ate que"],
        [Cue.PastIntent] = [ "queria ver primeiro", "queriamos ver primeiro", "ia esperar", "iamos esperar", "queria esperar", "queriamos esperar", "pensava esperar", "pretendia esperar", "pretendiamos esperar", "eu gostaria de ter", "gostariamos de ter" ],
        [Cue.Aside] = [ "outro assunto", "sua outra pergunta", "tua outra pergunta", "assunto separado", "nao muda o que disse acima", "nao mudam nada", "nada disso muda a confirmacao", "nao muda a confirmacao", "alguns desejos", "algumas sugestoes", "um desejo","nao tem nada a ver com", "nao e uma condicao", "nao e condicao", "so para informacao", "a titulo informativo", "nao e impeditivo", "independente da confirmacao"],
        [Cue.Name] = [ "se seguirmos em frente", "se formos adiante", "congelamento de fim de ano", "congelamento de final de ano", "congelamento de mudancas", "de acordo entre nos","plano de sucesso mutuo", "plano de sucesso"],
    };

    private static Dictionary<Cue, string[]> Dutch() => new()
    {
        [Cue.Recap] = ["als ik het goed begrijp", "zoals ik het begrijp", "als ik het goed heb begrepen", "ter herinnering", "ter opfrissing", "jullie voorstel", "het voorstel is", "zoals je schrijft", "zoals jullie schrijven"],
        [Cue.Litotes] = [ "helemaal niet slecht", "niet slecht", "geen reden om niet", "zie geen reden om niet","geen reden om ~ niet", "liegen niet", "liegt niet", "niets op aan te merken", "niks op aan te merken", "niets te zeuren", "niks te zeuren", "geen klagen", "niet over te twisten", "valt niet te ontkennen", "geen speld tussen"],
        [Cue.ConditionalWord] = ["voorwaardelijk*"],
        [Cue.Opposition] = [ "niet als bevestigd", "niet als ~ win", "niet als ~ succes","maak* ~ bezwaar", "verzet* ~ tegen", "veto"],
        [Cue.Unconditional] = [ "voorwaardelijk* ~ doorstrepen", "voorwaardelijk* ~ schrappen", "schrap ~ voorwaardelijk*", "voorwaardelijk* ~ weglaten", "voorwaardelijk* ~ overbodig", "voorwaardelijke ~ achterhaald", "conditionele ~ achterhaald", "voorwaarde ~ vervallen", "is wat ons betreft vervallen", "niet meer conditioneel", "niet langer conditioneel", "niet meer voorwaardelijk", "niet langer voorwaardelijk", "conditionele deel mag eraf", "voorwaardelijke deel mag eraf", "conditionele deel mag weg", "voorwaardelijke deel mag weg", "zonder die voorwaarde", "zonder dat voorbehoud", "niet meer pending", "niet langer pending", "geen conditionele maar", "geen voorwaardelijke maar", "niet voorwaardelijk maar", "niet conditioneel maar", "niet alleen de conditionele", "niet alleen de voorwaardelijke", "in plaats van de conditionele", "in plaats van de voorwaardelijke", "geen voorwaardelijk* ~ meer", "niet meer voorwaardelijk", "voorwaardelijke ~ niet meer nodig", "niet langer gewacht", "geen voorwaarde meer", "geen voorwaarden meer", "niet als voorwaarde", "zijn geen voorwaarden", "geen van beide is een voorwaarde", "geen ~ conditional ~ meer", "geen conditional meer", "geen voorwaardelijk* ~ meer", "niet langer voorwaardelijk", "niet meer voorwaardelijk", "geenszins een voorwaarde", "zeker geen voorwaarde", "niets meer open", "voorwaarde ~ is vervuld", "voorwaarde ~ is voldaan", "voorwaarde ~ is ingevuld", "aan de voorwaarde is voldaan", "is geen voorwaarde", "geen voorwaarde","zonder voorwaarden", "geen voorwaarden", "zonder voorwaarde", "onvoorwaardelijk*", "zonder voorbehoud", "geen openstaande voorwaarden"],
        [Cue.Reassurance] = [ "zonder invloed op", "geen invloed op", "geen impact op", "verandert niets aan het oordeel", "doet niets af aan de uitkomst", "verandert niets aan het resultaat", "doet niets af aan het resultaat", "eerder dan gepland", "voor de deadline", "eerder dan verwacht","verandert niets", "verandert ~ niets aan", "doet niets af aan", "de uitkomst blijft", "nog steeds onder", "nog steeds boven", "nog ruim onder", "nog ruim boven", "nog ruim binnen", "ruim binnen", "ruim onder", "ruim boven"],
        [Cue.FixDone] = [ "toegepast","uitgerold", "geinstalleerd", "in productie", "opgelost", "live", "gereleased"],
        [Cue.CommercialSide] = [ "commerciele gesprekken", "commerciele onderhandeling*", "onder voorbehoud van contract", "onder voorbehoud ~ contract", "aankoopverplichting", "inkoopverplichting", "verplichting tot aankoop", "commerciele voorwaarden", "commercieel blijft", "contractuele voorwaarden", "commerciele kant", "puur technisch*", "strikt technisch*", "alleen technisch*", "uitsluitend technisch*", "inkoopproces", "aankoopbeslissing", "inkooporder" ],
        [Cue.Logistics] = [ "leverancier*", "inkooporder", "factuur", "crediteur*", "factuur", "facturatie", "ophalen", "verzending", "vpn", "koerier", "onkostendeclaratie", "declaratie", "dienstreis", "reiskosten","maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "morgen", "vergadering", "afspraak", "uitnodiging", "agenda", "om ~ uur", "zaal", "adres", "diner", "lunch", "kickoff", "workshop", "aanwezig*", "hotel", "parkeren", "koerier", "ophalen", "levering", "pakketdienst", "pakketbezorging", "afleveradres" ],
        [Cue.Evaluation] = [ "juridische review", "juridische toetsing", "schriftelijk*","evaluatie", "criteri*", "resultat*", "succes", "poc", "pov", "test*", "doel*", "meting*", "cijfers", "commercie*", "contract"],
        [Cue.Stopword] = ["de", "het", "een", "en", "wij", "niet", "ik", "met", "voor", "zijn", "dat", "van", "maar", "ook", "bedankt", "hebben", "groet", "hallo", "we"],
        [Cue.Confirm] =
        [ "daar teken ik voor", "teken ik voor", "houden vast aan de", "blijven bij de conditional", "blijven bij de voorwaardelijke", "als ons akkoord", "geldt als akkoord", "als onze goedkeuring", "afgetekend", "teken ik af", "tekenen we af", "teken het af", "teken dit af",
            "bevestig*", "een succes", "als succes", "geslaagd", "succesvol", "criteria ~ behaald", "criteria ~ gehaald", "voldaan", "voldoet", "voldoen",
            "doelen ~ gehaald", "overtroffen", "akkoord", "gaan akkoord", "het eens", "goedgekeurd", "goedkeur*", "gevalideerd",
        ],
        [Cue.Proceed] = [ "met ~ aan de slag", "mag ~ aan de slag", "kan ~ aan de slag", "mogen ~ aan de slag", "commerciele review", "commerciele fase", "commerciele beoordeling", "prima dat ~ begint", "prima dat ~ start", "mag ~ beginnen", "mogen ~ beginnen", "kan ~ beginnen", "alvast beginnen", "alvast starten", "kan hij door", "kan ie door", "mag hij door", "wat ons betreft kan het door","verder gaan", "doorgaan", "groen licht", "ga je gang", "kunnen starten", "mogen starten", "volgende fase"],
        [Cue.NoObjection] = [ "komen overeen met wat we gemeten", "komt overeen met wat we gemeten", "kloppen met wat we gemeten", "klopt met wat we gemeten", "zonder meer", "zonder enige twijfel", "zonder aarzelen", "geen twijfel", "geen enkele fout", "geen openstaande punten", "niets open", "niets meer open","geen bezwaar", "geen bezwaren", "geen problemen", "geen probleem", "geen opmerkingen", "geen blokkades", "geen voorbehoud", "komt overeen met onze", "komen overeen met onze", "klopt met onze", "kloppen met onze" ],
        [Cue.ShortYes] = ["ja", "jazeker", "klopt", "correct", "inderdaad", "zeker", "ja bevestigd"],
        [Cue.ShortNo] = [ "echt niet", "geen sprake van", "nee", "nog niet", "helaas niet"],
        [Cue.Condition] =
        [ "pas dan", "pas daarna", "met dien verstande dat", "mits", "in de veronderstelling dat", "met een kanttekening", "een kanttekening", "met een voorbehoud", "een voorbehoud", "met een nuance", "met een nuancering", "afhankelijk van", "hangt af van", "pas ~ als", "pas ~ na", "pas ~ wanneer", "maar alleen", "voor de ondertekening", "voor ondertekening", "voordat we tekenen", "op voorwaarde", "voorwaarde*", "onder voorbehoud", "zolang", "zodra", "pas na", "pas als", "niet voordat", "geen handtekening",
            "totdat", "tot ~ patch*", "tot ~ fix*", "behalve", "uitgezonderd", "als ~ patch*", "als ~ fix*", "als ~ opgelost", "als ~ gevalideerd",
            "indien", "gedeeltelijk", "twee van de drie",
        ],
        [Cue.WeakCondition] = ["maar", "echter", "alleen", "wel"],
        [Cue.Concession] = [ "in het begin", "aanvankelijk", "eerst dachten","hoewel", "ofschoon", "ondanks", "weliswaar", "ook al"],
        [Cue.Disclaimer] = [ "uw rechten uitoefenen", "verwerkingsverantwoordelijke", "afkomstig van buiten", "externe afzender", "klik niet op links","vertrouwelijk*", "geadresseerde", "onjuist ontvangen", "per vergissing", "niet toegestaan"],
        [Cue.Requirement] = [ "vereist dat", "eist dat", "eisen dat","nodig", "moet*", "eerst", "vooraf", "nog een", "nog ~ zien", "nog ~ test*", "nog ~ valid*", "nog ~ controle*", "nog ~ check*", "nog ~ verifi*", "nog ~ meten", "wil ~ nog"],
        [Cue.Refusal] =
        [ "het antwoord is nee", "mijn antwoord is nee", "ons antwoord is nee", "niet mee akkoord", "niet ~ mee akkoord",
            "afwijz*", "wijzen ~ af", "niet eens", "niet akkoord", "niet klaar", "niet in de positie", "geen succes", "niet geslaagd", "mislukt",
            "niet gehaald", "niet behaald", "onaanvaardbaar", "niet acceptabel", "blokker*", "on hold", "gepauzeerd", "andere leverancier", "kunnen niet", "geen zin", "heeft geen zin", "zien ~ geen zin", "bevriezing", "bevroren", "uitgavenstop" ],
        [Cue.NotYet] = [ "afwachten", "laten we ~ wachten","nog niet", "nog open", "niet afgerond", "loopt nog", "te vroeg", "nog bezig", "voorlopig niet", "wachten liever", "we wachten", "willen ~ wachten" ],
        [Cue.Dispute] = [ "te weinig", "te laag", "onvoldoende", "niet genoeg", "volstaat niet", "jammer dat", "is een probleem", "zijn een probleem", "een echt probleem", "een concreet probleem","wij hebben ~ gemeten", "we hebben ~ gemeten", "onze cijfers", "onze metingen", "klopt niet", "kloppen niet", "onjuist", "niet correct", "en niet"],
        [Cue.Hedge] = [ "in theorie", "theoretisch", "op papier","ik denk", "ik geloof", "wij denken", "we denken", "waarschijnlijk", "grotendeels", "over het algemeen", "in principe", "min of meer", "bijna", "lijkt*", "redelijk", "vrij", "voorlopig"],
        [Cue.SoftPositive] = ["ziet er goed uit", "ziet er prima uit", "klinkt goed", "prima", "goed", "top", "mooi", "super", "goed werk", "uitstekend", "netjes", "ok"],
        [Cue.Thanks] = ["bedank*", "dank*"],
        [Cue.Delegation] = [ "laat ~ antwoorden", "laat ik aan","in cc", "cc", "voeg ~ toe", "doorgestuurd", "stuur ~ door", "kom ~ terug", "intern", "overleg*", "collega", "zal ~ bevestigen", "de juiste persoon", "het juiste aanspreekpunt", "doorgestuurd", "doorgezet", "stuur ~ door" ],
        [Cue.Deferred] = [ "zijn we het nog niet eens", "het intern nog niet eens", "nog niet met elkaar eens", "zijn we er nog niet uit", "bevestiging ~ komt van", "bevestiging ~ stuurt ~ jullie", "bevestiging ~ krijgen jullie van", "ben ~ nog schuldig", "nog schuldig", "op mijn lijstje", "op mijn lijst", "voordat ik formeel", "formeel antwoord", "officieel antwoord", "zou ~ graag bevestigen", "had ~ graag bevestigd", "wil ~ graag bevestigen","zal ~ bevestig*", "zullen ~ bevestig*", "ga ~ bevestig*", "bevestig* ~ later", "bevestig* ~ morgen", "voordat ~ bevestig*", "voordat ~ teken*", "kom ~ terug", "moet ~ bevestigen", "zou ~ moeten bevestigen", "moet ~ goedkeuren", "moet ~ akkoord geven" ],
        [Cue.Request] = ["graag ~ bevestig*", "kun je ~ bevestig*", "kunt u ~ bevestig*", "gelieve", "vroeg ~ bevestig*", "vroeg om", "vroegen om", "verlengen ~ proef*", "verlenging", "licentie ~ verlengen" ],
        [Cue.Negator] = ["niet", "geen", "nooit", "niets", "noch", "zonder"],
        [Cue.Precondition] = ["eerst", "vooraf", "voordat"],
        [Cue.Subordinator] = ["zodra", "voordat", "totdat", "tot het", "tot de", "wanneer", "indien", "mits", "pas als", "nadat"],
        [Cue.OutOfOffice] =
        [
            "afwezig", "niet op kantoor", "buiten kantoor", "met vakantie", "op vakantie", "vakantie", "verlof", "terug op", "weer aanwezig",
            "beperkt toegang", "beperkte toegang", "geen toegang", "dringende zaken", "in dringende gevallen",
        ],
        [Cue.Acknowledgement] = [ "nog niet gezien", "nog niet gelezen", "bevestig* ~ ontvangen", "bevestig* ~ ontvangst", "in goede orde ~ ontvangen", "hebben ~ ontvangen","ontvangst ~ bevestig*", "goed ontvangen", "in goede orde ontvangen"],
        [Cue.Courtesy] = [ "zou fijn zijn als", "zou mooi zijn als", "zou handig zijn als", "zou prettig zijn als", "om jullie niet op te houden", "om je niet op te houden", "om u niet op te houden","als je vragen", "als u vragen", "laat ~ weten als"],
        [Cue.Reported] = ["staat als", "aangemerkt als", "vermeld als", "gemarkeerd als", "aangegeven als", "gepresenteerd als"],
        [Cue.Handover] = [ "niet aan mij", "niet ik die", "wie officieel bevestigt", "moet ~ van ~ komen", "moet ~ zelf komen", "moet van ~ komen", "ik weet ~ niet of ik", "wie dit ~ formeel mag bevestigen", "wie dit mag bevestigen", "antwoordt zelf", "zal zelf antwoorden", "antwoordt je zelf", "reageert zelf", "ligt bij", "laat de bevestiging aan", "laat ~ de bevestiging over aan", "kan niet namens het team", "niet meer degene die beslist", "niet degene", "is degene die", "beslissing ligt bij", "dat moet ~ beslissen", "kan het team niet ~ vastleggen", "kan het team niet committeren", "niet namens", "beslist hierover", "beslist daarover", "zij beslist", "hij beslist", "is echt aan", "niet in mijn eentje", "niet bevoegd", "moet van ~ komen", "niet aan mij", "is niet aan mij", "reageert ~ apart", "antwoordt ~ apart","jouw call", "jouw beslissing", "is aan jou", "uw beslissing"],
        [Cue.OtherSubject] = [ "over de prijs", "de prijs", "qua prijs", "klantcase", "persbericht", "over de prijs", "de prijs","de samenwerking", "als samenwerking", "de workshop", "de training"],
        [Cue.Reword] = ["herformuler*", "anders formuleren", "formulering ~ aanpassen", "tekst ~ aanpassen"],
        [Cue.Retraction] = [ "toch nog geen akkoord", "toch geen akkoord", "dus toch niet", "vergeet mijn akkoord","bevestiging ~ intrekken", "bevestiging ~ in trekken", "trek ~ bevestiging ~ in", "bevestiging ~ herroepen", "bevestiging ~ terugnemen", "akkoord ~ intrekken", "trek ~ akkoord ~ in"],
        [Cue.Restrictive] = ["pas"],
        [Cue.Later] = [ "daarna", "nadien","als", "zodra", "nadat", "wanneer", "totdat", "na", "dan"],
        [Cue.PastIntent] = [ "ik wilde eerst", "we wilden eerst", "wij wilden eerst", "wilde ~ wachten", "wilden ~ wachten", "was ik van plan", "waren we van plan", "ik was van plan", "we waren van plan", "had ik ~ graag", "hadden we ~ graag", "ik was eigenlijk van plan" ],
        [Cue.Aside] = [ "ander onderwerp", "je andere vraag", "jouw andere vraag", "apart onderwerp", "verandert niets aan de bevestiging", "doet niets af aan de bevestiging", "nog een wens", "een paar wensen", "los daarvan", "een paar suggesties","heeft niets te maken met", "staat los van", "is geen voorwaarde", "geen voorwaarde", "puur ter info", "ter info", "ter informatie", "niet blokkerend"],
        [Cue.Name] = [ "als we doorgaan", "als we verder gaan", "eindejaarsfreeze", "change freeze", "telt ~ niet als officieel antwoord", "iets op papier", "het onderling ~ eens", "onderling eens","succesplan", "mutual success plan"],
    };

    private static Dictionary<Cue, string[]> Italian() => new()
    {
        [Cue.Recap] = ["se ho capito bene", "se capisco bene", "per come la capisco", "per come l ho capita", "come promemoria", "per ricordare", "la vostra proposta", "la proposta e", "come scrivi", "come scrivete"],
        [Cue.Litotes] = [ "niente male", "non male", "non c e nulla da eccepire", "non c e niente da eccepire", "nessun motivo per non", "non vedo motivi per non", "non vedo motivo per non", "non vedo ragioni per non", "non c e motivo di non", "nessun problema", "senza problemi","nessun motivo per non", "nessuna ragione per non", "non c e motivo di non", "i numeri non mentono", "non mentono", "niente da ridire", "nulla da ridire", "niente da obiettare", "nulla da obiettare", "nessuna lamentela", "non possiamo lamentarci", "non si puo discutere", "difficile contestare"],
        [Cue.ConditionalWord] = ["condizional*"],
        [Cue.Opposition] = [ "non ~ come confermato", "non ~ come una vittoria", "non ~ come un successo","mi oppongo", "ci opponiamo", "si oppone", "veto"],
        [Cue.Unconditional] = [ "cancellare ~ condizional*", "cancella ~ condizional*", "togliere ~ condizional*", "togli ~ condizional*", "eliminare ~ condizional*", "depennare ~ condizional*", "condizional* ~ superflu*", "condizionale ~ superato", "si puo considerare superato", "considerarsi superato", "non condizioni", "non sono condizioni", "senza quella riserva", "senza questa riserva", "senza la riserva", "senza quella condizione", "non solo ~ condizionat*", "non piu solo condizionat*", "anziche ~ condizionat*", "invece della ~ condizionat*", "invece del ~ condizionat*", "non condizionat* ma", "non condiziona*", "nessuna condizione in sospeso", "non resta alcuna condizione", "non sono condizioni", "nessuna e una condizione", "non ~ piu ~ condizional*", "non e piu condizional*", "in nessun caso una condizione", "non e affatto una condizione", "nulla in sospeso", "niente in sospeso", "condizione ~ e soddisfatta", "condizione ~ e stata soddisfatta", "condizione ~ e rispettata","non e una condizione", "non e condizione", "senza condizioni", "nessuna condizione", "senza alcuna condizione", "incondizionat*", "senza riserve", "nessuna riserva"],
        [Cue.Reassurance] = [ "senza impatto su", "nessun impatto su", "non incide sul", "non cambia il verdetto", "nulla di tutto questo cambia", "non cambia il risultato", "non toglie nulla al risultato", "prima del previsto", "in anticipo", "prima della data","non cambia ~ risultato", "non cambia nulla", "non cambia niente", "non cambia ~ conclusion*", "non altera ~ risultato", "il risultato resta", "il risultato rimane", "resta sotto", "resta sopra", "rimane sotto", "rimane sopra", "resta entro", "rimane entro", "ancora sotto", "ancora sopra", "ampiamente sotto", "ampiamente sopra", "ampiamente entro"],
        [Cue.FixDone] = ["rilasciat*", "installat*", "in produzione", "risolt*", "applicat*", "messo in produzione", "mess* in esercizio"],
        [Cue.CommercialSide] = [ "parte economica", "lato economico", "aspetti economici", "trattativa commerciale", "parte commerciale", "soggett* a contratto", "soggett* ~ contratto", "impegno all acquisto", "impegno di acquisto", "obbligo di acquisto", "condizioni commerciali", "condizioni contrattuali", "aspetti commerciali", "puramente tecnic*", "strettamente tecnic*", "esclusivamente ~ tecnic*", "solo tecnic*", "processo di acquisto", "decisione di acquisto", "ordine di acquisto" ],
        [Cue.Logistics] = [ "fornitor*", "ordine d acquisto", "fattura", "anagrafica fornitore", "fattura", "fatturazione", "ritiro", "spedizione", "vpn", "corriere", "nota spese", "note spese", "rimborso spese","trasferta", "spese di viaggio", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "domani", "riunione", "appuntamento", "invito", "calendario", "orario", "sala", "indirizzo", "cena", "pranzo", "kickoff", "workshop", "partecipazione", "hotel", "parcheggio", "corriere", "ritiro", "consegna", "spedizione", "pacco", "slot"],
        [Cue.Evaluation] = [ "revisione legale", "per iscritto","valutazione", "criteri*", "risultat*", "successo", "poc", "pov", "test*", "prova", "obiettiv*", "target", "misur*", "numeri", "commercial*", "contratto"],
        [Cue.Stopword] = [ "di", "dal", "dalla", "sul", "sulla", "alla", "allo", "ai", "dei", "mi", "ci", "quindi", "tutti", "tutto", "gia", "piu", "poi", "lo", "ho", "ecco", "vostro", "vostra", "nostro", "nostra", "nostri", "gentile", "venerdi", "lunedi", "martedi", "mercoledi", "giovedi","il", "gli", "che", "per", "non", "sono", "abbiamo", "siamo", "della", "delle", "degli", "nel", "nella", "ciao", "buongiorno", "anche", "questo", "questa", "grazie", "molto", "stato", "stati", "saluti"],
        [Cue.Confirm] =
        [ "ritien* ~ ~ successo", "conclusa con successo", "come il nostro accordo", "come nostro accordo", "il nostro benestare", "come nostro benestare", "conferm*", "un successo", "e un successo", "come un successo", "riuscit*", "criteri ~ soddisfatt*", "criteri ~ rispettat*", "criteri ~ raggiunt*",
            "soddisf* ~ criteri", "obiettivi ~ raggiunt*", "raggiunt*", "superat*", "validat*", "validiamo", "d accordo", "siamo d accordo", "sono d accordo",
            "approv*", "accett*", "diamo il nostro ok", "do il mio ok", "il nostro ok", "il mio ok", "diamo l ok", "do l ok",
        ],
        [Cue.Proceed] = [ "revisione commerciale", "fase commerciale", "parte commerciale", "partire ~ revisione", "parta ~ revisione", "iniziare ~ revisione", "inizi* ~ fase commerciale", "partire ~ fase commerciale", "revisione commerciale ~ part*", "va bene ~ per noi", "ok ~ per noi", "per noi va bene", "per noi ok","andare avanti", "procedere", "proseguire", "via libera", "luce verde", "semaforo verde", "avviare ~ revisione", "avvii ~ revisione", "avvio ~ revisione", "ok per noi", "per noi va bene", "va bene per noi", "passare ~ commercial*"],
        [Cue.NoObjection] = [ "tornano con", "i numeri tornano", "quadrano con", "tornano anche a noi", "nulla osta", "nessun ostacolo", "avevate ragione", "avete ragione", "nulla da eccepire", "niente da eccepire", "corrispondono a quanto abbiamo misurato", "corrisponde a quanto abbiamo misurato", "in linea con quanto abbiamo misurato","senza esitazione", "senza esitazioni", "senza dubbio", "nessun dubbio", "nessuna obiezione", "non abbiamo obiezioni", "non ho obiezioni", "nessun problema", "nessun punto aperto", "nessuna criticita", "niente da segnalare", "nulla da segnalare", "nulla in contrario", "niente in contrario", "coincide con i nostri", "coincidono con i nostri", "corrispondono ai nostri", "in linea con i nostri"],
        [Cue.ShortYes] = ["si", "certo", "corretto", "esatto", "esattamente", "assolutamente", "certamente", "senz altro", "confermato", "si confermato", "affermativo"],
        [Cue.ShortNo] = [ "non se ne parla", "neanche per sogno", "no", "non ancora", "purtroppo no", "ancora no"],
        [Cue.Condition] =
        [ "fermo restando che", "a patto che", "purche", "con una precisazione", "una precisazione", "con una sfumatura", "una sfumatura", "subordinat* a", "subordinat* al", "subordinat* alla", "vincolat* a", "vincolat* al", "vincolat* alla", "ma solo", "ma soltanto", "solo ~ quando", "solo ~ dopo", "prima della firma", "prima di firmare", "a condizione",
            "condizion*", "soggett* a", "salvo", "tranne", "eccetto", "una volta", "solo dopo", "soltanto dopo", "non prima", "nessuna firma", "senza firma",
            "finche", "fino a quando", "fintanto che", "se il", "se la", "se i", "se le", "se lo", "in attesa", "pendente*", "parzial*", "due dei tre", "due su tre",
            "con riserva", "con una riserva", "una riserva",
        ],
        [Cue.WeakCondition] = ["ma", "pero", "tuttavia", "solo", "soltanto", "eppure"],
        [Cue.Concession] = [ "all inizio", "inizialmente", "in un primo momento","anche se", "sebbene", "benche", "nonostante", "malgrado"],
        [Cue.Disclaimer] = [ "esercitare i suoi diritti", "titolare del trattamento", "proviene dall esterno", "mittente esterno", "non fare clic su","riservat*", "destinatari*", "per errore", "vietat*", "confidenzial*"],
        [Cue.Requirement] = [ "richiede che", "richiedono che", "impone che","serve", "servono", "ci serve", "bisogno", "bisogna", "deve", "dobbiamo", "devo", "richied*", "necessari*", "prima", "ancora"],
        [Cue.Refusal] =
        [ "la risposta ~ e no", "la mia risposta e no", "non e percorribile", "non percorribile", "non e praticabile", "rifiut*", "declin*", "non siamo d accordo", "non sono d accordo", "disaccordo", "non siamo pronti", "non siamo in grado", "non e un successo",
            "fallimento", "fallit*", "inaccettabile", "non accettabile", "bloccant*", "in pausa", "altro fornitore", "non possiamo", "non posso",
            "non ha senso", "congelament*", "congelat*", "blocco della spesa", "blocco degli acquisti", "sconsigli*" ],
        [Cue.NotYet] = ["non ancora", "ancora no", "non e ancora", "non ~ ancora conclus*", "in corso", "ancora aperto", "ancora aperta", "troppo presto", "per ora", "per il momento", "al momento", "preferiamo aspettare", "aspettiamo il", "aspettiamo la", "aspettiamo lo", "aspettiamo l", "aspettiamo i", "aspettiamo gli", "aspettiamo le", "aspettiamo che", "aspettiamo ancora", "aspettiamo di", "aspettiamo prima", "aspettate il", "aspettate la", "aspettate lo", "aspettate l", "aspettate i", "aspettate gli", "aspettate le", "aspettate che", "aspettate ancora", "aspettate di", "aspettate prima", "cosi com e", "allo stato attuale"],
        [Cue.Dispute] = [ "troppo poco", "troppo basso", "insufficient*", "non e sufficiente", "non basta", "peccato che", "un problema concreto", "sono un problema", "e un problema", "un problema reale","abbiamo misurato", "ho misurato", "misuriamo", "i nostri numeri", "i nostri dati", "le nostre misure", "le nostre misurazioni", "non corrispond*", "non torna", "non tornano", "errat*", "sbagliat*", "non e corretto", "non rappresenta", "e non"],
        [Cue.Hedge] = [ "in teoria", "teoricamente", "sulla carta","credo", "crediamo", "penso", "pensiamo", "probabilmente", "in generale", "nel complesso", "quasi", "sembra*", "in linea di principio", "in linea di massima", "in principio", "piu o meno", "abbastanza", "provvisori*", "tutto sommato"],
        [Cue.SoftPositive] = ["sembra buono", "va bene", "molto bene", "bene", "ottimo", "ottimi", "ottima", "perfetto", "bravi", "bel lavoro", "ottimo lavoro", "eccellente", "fantastico", "top", "ok"],
        [Cue.Thanks] = ["grazie*", "ringrazi*"],
        [Cue.Delegation] = ["lascio ~ rispondere", "lascio a", "in copia", "metto in copia", "inoltro", "inoltrat*", "ho girato", "giro a", "ti giro", "vi giro", "verifico con", "internamente", "collega*", "confermera", "la persona giusta", "il referente giusto"],
        [Cue.Deferred] =
        [ "non siamo ancora d accordo tra", "non c e ancora consenso", "non abbiamo ancora trovato un accordo", "conferma ~ ve la manda", "conferma ~ te la manda", "conferma ~ ve la inviera", "conferma ~ arrivera da", "conferma ~ ve la mandera", "verifico ~ e ti confermo", "e poi ti confermo", "ti confermo dopo", "ti confermo piu tardi", "ti devo ancora", "vi devo ancora", "le devo ancora", "nella mia lista", "sulla mia lista", "prima di chiamarlo", "prima di chiamarla", "prima di dichiararlo", "prima di risponderti", "prima di rispondere formalmente", "risponderti formalmente", "risposta formale", "risposta ufficiale", "vorrei confermare", "vorremmo confermare", "confermero", "confermeremo", "confermera", "prima di ~ conferm*", "prima di firmare", "prima di dare",
            "vi faro sapere", "vi faremo sapere", "vi rispondo", "vi risponderemo", "vi rispondero", "deve confermare", "deve approvare", "dovra confermare", "dovra approvare",
            "vi aggiorno", "vi aggiorneremo", "riguardo alla conferma", "quanto alla conferma", "per la conferma" ],
        [Cue.Request] = ["per favore ~ conferm*", "potete confermare", "puoi confermare", "potresti confermare", "ci avete chiesto", "mi hai chiesto", "mi avete chiesto", "estendere ~ licenza", "prorogare", "proroga", "estensione ~ licenza", "estendere ~ prova"],
        [Cue.Negator] = ["non", "mai", "nessun", "nessuna", "nessuno", "niente", "nulla", "senza", "neanche", "nemmeno", "neppure"],
        [Cue.Precondition] = ["prima", "preliminarmente", "prima di tutto"],
        [Cue.Subordinator] = ["una volta", "finche", "fino a quando", "prima che", "prima di", "quando", "appena", "non appena", "se il", "se la", "se i", "purche", "a patto che", "a condizione", "nel caso"],
        [Cue.OutOfOffice] =
        [
            "fuori ufficio", "fuori sede", "assente", "assenza", "in ferie", "ferie", "in vacanza", "rientrero", "rientro il", "saro di nuovo", "accesso limitato",
            "senza accesso", "per urgenze", "in caso di urgenza", "per questioni urgenti",
        ],
        [Cue.Acknowledgement] = [ "non l ha ancora visto", "non l ha ancora letto", "ancora non l ha visto", "conferm* ~ di aver inoltrat*", "conferm* ~ di aver girat*", "conferm* ~ di aver inviat*","conferm* ~ ricezione", "conferm* ~ ricevut*", "abbiamo ricevuto", "ho ricevuto", "ricevuto", "ricevuta", "presa in carico"],
        [Cue.Reported] = ["indicato come", "indicata come", "segnato come", "segnata come", "presentato come", "presentata come", "riportato come", "riportata come", "dichiarato come", "dichiarata come"],
        [Cue.Courtesy] = [ "sarebbe bello se", "sarebbe utile se", "ci piacerebbe", "sarebbe gradit*", "per non farvi aspettare", "per non rallentarvi", "per non bloccarvi","se hai", "se avete", "resto a disposizione", "restiamo a disposizione", "rimango a disposizione", "a disposizione", "solo per la cronaca", "per la cronaca"],
        [Cue.Handover] = [ "non tocca a me", "tocca a lei", "tocca a lui", "la manda lei", "la manda lui", "conferma la manda", "conferma la mandera", "non sono io a", "non spetta a me", "deve darla lui", "deve darla lei", "chi conferma ufficialmente", "deve arrivare da", "deve venire da", "chi risponde per", "lascio la parola a", "passo la parola a", "lascio rispondere", "non sono autorizzat*", "ti risponde lui", "ti risponde lei", "ti rispondera lui", "ti rispondera lei", "le rispondera personalmente", "rispondera personalmente", "rispondera lui stesso", "rispondera lei stessa", "lascio la conferma", "lascio a ~ la conferma", "non posso rispondere ~ per il team", "non posso rispondere io", "non posso rispondere a nome", "non e piu lui a decidere", "non e piu lei a decidere", "non sono io a", "non sono io che", "e lui che deve", "e lei che deve", "la decisione spetta", "non posso impegnare il team", "non posso impegnare la squadra", "non posso impegnare l azienda", "spetta al", "spetta alla", "compete al", "compete alla", "non posso ~ a nome", "non ho l autorita", "non posso parlare per il team", "spetta a lui", "spetta a lei", "impegnare il team da sol*", "non sono autorizzat* a confermare", "deve arrivare da", "deve venire da", "non spetta a me", "aspettiamo ~ per l ok", "aspettiamo l ok", "aspettiamo ~ ok ufficiale", "rispondera ~ separatamente","decisione tua", "sta a te", "decidi tu", "la decisione e tua", "non e una mia decisione"],
        [Cue.OtherSubject] = [ "sul prezzo", "il prezzo", "sui prezzi", "caso di successo", "caso studio", "comunicato stampa", "sul prezzo", "il prezzo","la collaborazione", "come collaborazione", "il workshop", "la formazione"],
        [Cue.Reword] = ["riformular*", "riscrivere", "cambiare la formulazione", "modificare la formulazione"],
        [Cue.Retraction] = [ "ritiro quanto detto", "anzi no", "dimentica il mio","ritiro la mia conferma", "ritirare la mia conferma", "ritirare la conferma", "revoco la mia conferma", "revocare la conferma", "annullare la mia conferma", "non considerate la mia conferma"],
        [Cue.Restrictive] = ["solo", "soltanto", "solamente"],
        [Cue.Later] = ["quando", "dopo", "una volta", "appena", "non appena"],
        [Cue.PastIntent] = [ "volevo prima vedere", "volevamo prima vedere", "volevo aspettare", "volevamo aspettare", "volevo ~ aspettare", "volevamo ~ aspettare", "pensavo di aspettare", "avevo pensato di aspettare", "avrei voluto", "avremmo voluto", "avrei preferito aspettare", "stavo per" ],
        [Cue.Aside] = [ "altro tema", "altra domanda", "tema separato", "argomento diverso", "non cambia la conferma", "nulla di tutto questo cambia la conferma", "non cambiano la conferma", "un paio di osservazioni", "osservazioni per il futuro", "un desiderio", "qualche suggerimento","non c entra nulla con", "non c entra niente con", "non e una condizione", "in nessun caso una condizione", "solo per informazione", "a titolo informativo", "non e bloccante", "indipendentemente dalla conferma"],
        [Cue.Name] = [ "se andiamo avanti", "se procediamo", "freeze di fine anno", "congelamento di fine anno", "citarla cosi com e", "citarlo cosi com e", "citare cosi com e", "usarla cosi com e", "usarlo cosi com e", "d accordo tra di noi", "d accordo tra noi", "d accordo fra noi","piano di successo", "piano di successo reciproco"],
    };

    private static Dictionary<Cue, string[]> Japanese() => new()
    {
        [Cue.Litotes] = [ "保留となっておりました", "保留となっていた", "保留になっていた", "保留になっておりました", "保留としておりました", "保留中でした", "保留となっていました", "保留になっていました","申し分な", "言うことはありません", "文句のつけよう", "異論はありません", "異論はございません"],
        [Cue.ConditionalWord] = ["条件付き"],
        [Cue.Opposition] = ["反対します", "反対いたします", "異議を唱え"],
        // "保留になっていた件" names the item that had been on hold; it puts nothing on hold now.
        [Cue.Name] = [ "保留の項目", "保留になっていた", "保留としていた", "保留扱いだった", "保留だった", "来週以降でご調整", "その前提で", "途中経過", "私から正式にご回答します", "私から正式にご回答いたします", "私からご回答いたします", "私から正式に回答します", "はいずれも", "はいかが", "はいつ", "はいただけ", "はいった", "途中から", "途中参加", "計測条件", "測定条件", "試験条件", "テスト条件", "条件付き技術的勝利", "条件付きの技術的勝利", "条件付きテクニカルウィン", "条件付き勝利","保留になっていた", "保留となっていた", "保留中だった"],
        [Cue.Unconditional] = [ "条件も解消", "残っていた条件が解消", "残っていた条件も解消", "条件として残っていた項目が解消", "条件は充足", "条件が充足", "条件を充足", "条件付きとする必要は", "条件付きにする必要は", "条件付きとする理由は", "条件は付けません", "条件を付けません", "条件はつけません", "条件付きと呼ぶ理由はない", "条件付きを外", "条件付きは外", "条件付きは取り消", "条件付きを取り消", "条件付きは不要", "条件付きである必要はありません", "条件付きでの合意ではなく", "条件付きの合意ではなく", "条件付きでの承認ではなく", "条件付きでのご承認ではなく", "条件付きではない", "前提条件も満たされ", "前提条件は満たされ", "前提条件が満たされ", "条件も満たされ", "条件付きの扱いも解除", "条件付きの扱いを解除", "条件を解除", "条件も解除", "条件付きを解除", "条件付きではなく", "条件付きではありません", "条件付きではございません", "条件は解消", "条件が解消", "条件は満たされ", "条件が満たされ", "条件はクリア", "条件をクリア", "条件ではありません", "条件ではございません","無条件", "条件はありません", "条件はございません", "残っている条件はありません", "条件なし", "条件は残っていません"],
        [Cue.Reassurance] = [ "評価結果への異論ではございません", "評価結果への異論ではありません","結果に変わりは", "変わりはありません", "変わりはございません", "影響はありません", "影響はございません", "問題なく満たして", "十分に満たして"],
        [Cue.FixDone] = ["適用", "リリース", "本番", "導入しました", "展開", "解消", "修正済"],
        [Cue.CommercialSide] = [ "商談については", "商談につきましては", "商談に関して", "契約条件", "契約については", "契約につきましては", "契約に関して", "購入については", "購入につきましては", "購入を約束", "発注を約束", "購買手続", "調達手続", "価格については", "商務面", "技術評価に関するもの", "技術的な評価に関するもの", "技術面に限", "技術評価に限" ],
        [Cue.Logistics] = [ "午後", "午前", "日時", "ご都合", "取引先登録", "請求書", "発注書", "見積書", "請求書", "返却", "VPN", "出張", "旅費","月曜", "火曜", "水曜", "木曜", "金曜", "会議", "打ち合わせ", "ミーティング", "日程", "お時間", "時間帯", "会場", "住所", "懇親会", "食事", "キックオフ", "集荷", "配送", "宅配", "発送", "引き取り", "お届け" ],
        [Cue.Evaluation] = ["評価", "基準", "結果", "成功", "検証", "目標", "数値", "測定", "商談", "契約", "PoC", "POC"],
        [Cue.Confirm] =
        [ "確認とさせてください", "確認とさせていただきます", "成功であることを", "成功であると", "チームとして確認いたします", "成功であることを確認いたします", "成功であることを確認します", "成功であることを確認しました", "成功であると確認", "すべてを満たし", "全てを満たし", "すべて達成", "全て達成", "成功として確認します", "成功として確認いたします", "成功として正式に確認", "正式に確認いたします", "正式に確認します", "すべてが達成", "全てが達成", "成功と確認します", "成功と確認いたしました", "合意済み", "合意しました", "合意いたしました", "合意します", "合意いたします", "ご確認申し上げます", "確認申し上げます",
            "成功と判断", "成功とは判断", "成功と考え", "成功とみな", "成功と見な", "成功であった", "成功でした", "成功です", "成功と認め", "成功とさせて", "基準を満たし",
            "基準をすべて満たし", "基準を全て満たし", "目標を達成", "達成しました", "達成を確認", "合格", "承認します", "承認しました", "承認いたします",
            "同意します", "同意いたします", "合意します", "合意いたします", "技術的な勝利", "確認いたしました。評価は成功",
            "成功したと確認", "成功したことを確認", "成功を確認", "成功と確認", "成功しました", "確認済み", "検証済み" ],
        [Cue.Proceed] = [ "開始は了承", "開始を了承", "開始については了承", "開始を承認", "商談の開始", "商談を開始", "商談開始", "レビューを先行して開始", "レビューを開始", "開始することについては", "商務レビュー", "法務レビュー","進めてください", "進めて下さい", "進めましょう", "進めていただいて", "進めていただければ", "進めて問題", "商談を進め", "契約手続き", "商用レビュー", "次のステップに進", "先に進", "契約の検討"],
        [Cue.NoObjection] = [ "差し支えない", "差し支えないかと存じます", "差し支えございません", "差し支えありません", "異存はございません", "異存ございません", "異存ありません", "懸念点も残っておりません", "懸念点はございません", "懸念はございません", "異論はございません", "異議はございません", "残っておりません","異議はありません", "異論はありません", "異存はありません", "異議ありません", "異論ありません", "問題ありません", "問題ございません", "問題ない", "懸念はありません", "支障ありません", "構いません", "差し支えありません"],
        [Cue.ShortYes] = ["はい"],
        [Cue.ShortNo] = ["いいえ"],
        [Cue.Condition] = [ "なければ", "なけれ ば", "についてのみ", "のみ確認", "項目のみ", "できてから", "確認できてから", "てから、とさせて", "からとさせて","条件", "ただし", "但し", "前提", "場合", "次第", "(ま)までは", "であれば", "なら", "一部"],
        [Cue.WeakCondition] = ["しかし", "(い)ただ", "けど", "けれど"],
        // Not "まず" (first): folded without its dakuten it is "ます", the ending of every polite verb.
        [Cue.Requirement] = ["必要", "先に", "事前に", "まずは"],
        [Cue.Refusal] = [ "凍結", "通しにくい", "通りにくい", "認められにくい", "とは確認できません", "と確認することはできません", "成功を確認できません", "confirmできません", "confirmはできません", "confirm できません", "同意することはできません", "同意することができません", "同意することはいたしかねます", "合意することはできません", "合意することができません", "承認することはできません", "お受けすることはできません", "意味が薄い", "合意に至りませんでした", "合意に至らず", "合意には至りませんでした", "合意に至っておりません","見送", "お断り", "できかねます", "いたしかねます", "致しかねます", "辞退", "同意できません", "承認できません", "合意できません", "不合格", "失敗", "満たしていません", "達成していません", "達していません", "受け入れられません", "お受けできません", "お受けしかねます", "受け入れかねます", "応じられません", "応じかねます", "他社", "保留", "進められません", "認められません", "許可できません", "見合わせ", "お控え", "控えさせて", "中止", "難しい", "困難" ],
        [Cue.NotYet] = [ "言い切れません", "言い切れない", "断言できません", "断言はできません", "までお待ち", "それまでお待ち", "までは商談", "まだ", "未完了", "完了していません", "終わっていません", "時期尚早", "途中", "現時点では", "できていない", "できておりません" ],
        [Cue.Dispute] = [ "未達と考えて", "未達です", "未達のため", "不十分", "足りません", "足りない","測定した結果", "計測した結果", "当社の測定", "弊社の測定", "こちらの測定", "数値が異な", "一致しません", "異なります", "実測値", "ではなく"],
        [Cue.Hedge] = ["概ね", "おおむね", "ほぼ", "大体", "だいたい", "と思います", "と思われ", "と考えられ", "ようです", "みたい", "かもしれ", "おそらく", "基本的には", "一応", "暫定"],
        [Cue.SoftPositive] = ["良さそう", "よさそう", "いい感じ", "素晴らしい", "すばらしい", "良い結果", "よい結果", "お疲れ様", "了解", "承知しました", "承知いたしました", "かしこまりました"],
        [Cue.Thanks] = ["ありがとう", "感謝"],
        [Cue.Delegation] = ["に転送", "確認してもら", "から連絡", "から回答", "担当者", "上長に確認", "上司に確認", "に確認します", "に相談"],
        [Cue.Deferred] = [ "結果を見てから", "を見てから最終確認", "最終確認とさせて", "再検証中", "現在検証中", "再確認させて", "再確認します", "まだ意見が分かれ", "意見が分かれています", "まだ確認中", "まだ検討中", "まだ社内で検討", "お待ちください","確認させていただきたく", "確認させてください", "もう一度確認", "再度確認", "最終的なご回答", "改めてご回答", "確認中", "検討中", "後ほど", "改めてご連絡", "改めてご回答いたします", "追って", "来週", "確認してから", "確認後", "改めて確認します", "社内で確認します", "確認のうえ", "確認の上", "ご連絡します", "連絡いたします", "回答します", "社内で確認", "社内確認"],
        [Cue.Request] = [ "以下をお願い", "お願いできますでしょうか", "お願いできますか", "いただけますでしょうか", "いただけますか","ご確認ください", "ご確認をお願い", "ご確認いただけ", "確認をお願い", "ご回答ください", "ご返信ください", "延長" ],
        [Cue.Negator] = ["ません", "ない", "せず", "できず", "ておらず", "できかね", "ではありません"],
        [Cue.Precondition] = ["先に", "事前に", "まずは", "前に"],
        [Cue.OutOfOffice] = ["不在", "休暇", "外出", "戻り", "帰社", "自動返信", "自動応答", "メールを確認できません", "緊急の場合", "ご不便"],
        [Cue.Acknowledgement] = [ "まだ見ていない", "まだ読んでいない", "まだ目を通していない", "再度確認いたしました", "再度確認しました", "改めて確認いたしました", "改めて確認しました","受領しました", "拝受", "受け取りました", "拝見しました"],
        [Cue.Disclaimer] = ["機密情報", "秘密情報", "誤って受信", "誤送信", "宛先以外", "本メールに含まれる"],
        [Cue.Courtesy] = [ "ていただければと思います", "ていただければと存じます", "ていただけたらと思います", "私から回答", "私からご回答", "私より回答", "私よりご回答", "わたくしから回答", "小職から回答", "私から回答させていただきます", "返信できておりませんでした", "返信できず", "ご連絡できず", "返信が遅くなり", "ご返信が遅くなり", "返事が遅れて", "ご連絡が遅くなり","よろしくお願い", "お疲れ様です"],
        [Cue.OtherSubject] = [ "協業", "ご協力", "ワークショップ"],
        [Cue.Reword] = ["文言を修正", "表現を修正", "文言の修正", "表現を変更", "文言を変更"],
        [Cue.Handover] = [ "権限がございません", "権限がありません", "権限はございません", "権限はありません","別途回答", "別途ご回答", "別途ご連絡", "から改めてご回答", "から別途"],
        [Cue.Retraction] = [ "と返信を書いていたところ", "と書きかけたところ", "前言撤回", "先ほどの回答は取り消","撤回", "取り消させて", "取り下げさせて"],
        [Cue.Later] = ["検証後", "適用後", "完了後", "検証が完了次第", "完了次第"],
        [Cue.PastIntent] = [ "つもりでした", "つもりでしたが", "予定でしたが", "と思っていましたが", "と考えていましたが" ],
        [Cue.Aside] = [ "別件ですが", "別件で", "上記の確認とは別", "確認とは別件","条件ではございません", "条件ではありません", "異論ではございません", "異論ではありません", "ご参考まで", "参考までに"],
    };
}
