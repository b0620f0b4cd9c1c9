using System.Text.RegularExpressions;
using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Replies;

/// <summary>
/// The one entry point for reading a reply to a Formal Declaration Email: raw MIME (what Graph returns
/// from <c>/messages/{id}/$value</c>) or the parts Graph gives as JSON. It extracts the new text
/// (<see cref="ReplyExtractor"/>), checks the envelope for automatic replies and reactions, and
/// classifies the text (<see cref="ReplyClassifier"/>). Stateless and thread-safe: one instance can
/// serve every request.
/// </summary>
/// <example>
/// <code>
/// var reader = new ReplyReader();
/// using var mime = File.OpenRead("reply.eml");
/// ReplyReading reading = reader.Read(mime, plan);
/// if (reading.Verdict == ReplyVerdict.Confirmed) { /* forward the original to the economic buyer */ }
/// </code>
/// </example>
public sealed class ReplyReader
{
    private readonly ReplyReaderOptions _options;
    private readonly ReplyExtractor _extractor = new();
    private readonly ReplyClassifier _classifier;

    public ReplyReader(ReplyReaderOptions? options = null)
    {
        _options = options ?? ReplyReaderOptions.Default;
        _options.Validate();
        _classifier = new ReplyClassifier(_options);
    }

    public ReplyReaderOptions Options => _options;

    /// <summary>Reads a raw RFC 822 / MIME message.</summary>
    /// <exception cref="ReplyReadException">The stream is empty, too large, not MIME, or took longer than the time budget.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ReplyReading Read(Stream mime, SuccessPlan? plan = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mime);
        using var deadline = new Deadline(_options.TimeProvider, _options.TimeBudget, cancellationToken);
        return ReadingPresentation.Tidy(Read(ReplyMessage.FromMime(mime, _options, deadline), plan, deadline));
    }

    /// <summary>Reads a reply given as parts (subject, from, HTML or text body, headers).</summary>
    /// <exception cref="ReplyReadException">There is neither a body nor a subject, or reading took longer than the time budget.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ReplyReading Read(ReplyParts parts, SuccessPlan? plan = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (string.IsNullOrEmpty(parts.Html) && string.IsNullOrEmpty(parts.Text) && string.IsNullOrWhiteSpace(parts.Subject))
        {
            throw new ReplyReadException(ReplyReadError.Empty, "The reply has no body and no subject.");
        }

        using var deadline = new Deadline(_options.TimeProvider, _options.TimeBudget, cancellationToken);
        return ReadingPresentation.Tidy(Read(ReplyMessage.FromParts(parts), plan, deadline));
    }

    /// <summary>Only the new text of a raw MIME message, without classifying it.</summary>
    public string Extract(Stream mime, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mime);
        using var deadline = new Deadline(_options.TimeProvider, _options.TimeBudget, cancellationToken);
        return ExtractText(ReplyMessage.FromMime(mime, _options, deadline), deadline);
    }

    /// <summary>Only the new text of a reply given as parts, without classifying it.</summary>
    public string Extract(ReplyParts parts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        using var deadline = new Deadline(_options.TimeProvider, _options.TimeBudget, cancellationToken);
        return ExtractText(ReplyMessage.FromParts(parts), deadline);
    }

    private ReplyReading Read(ReplyMessage message, SuccessPlan? plan, Deadline deadline)
    {
        var reading = ReadOne(message, plan, deadline);
        if (message.Attached is { } attached && IsCoverNote(reading))
        {
            // Forwarded as an attachment (a colleague passing on the lead engineer's answer, a reply that bounced):
            // the answer is the attached message, and the reading says that it came from there.
            var inner = ReadOne(attached, plan, deadline);
            if (inner.Verdict != ReplyVerdict.Ambiguous)
            {
                var from = string.IsNullOrWhiteSpace(attached.From) ? "its sender" : attached.From.Trim();
                return inner with
                {
                    ReplyText = reading.ReplyText.Trim().Length == 0 ? inner.ReplyText : reading.ReplyText.TrimEnd() + "\n\n" + inner.ReplyText,
                    Explanation = $"Read from the attached message from {from}, forwarded with this one. " + inner.Explanation,
                };
            }
        }

        // A cover note is a line or two; anything longer is read as it stands (and a hostile body is not parsed twice).
        if (message.Attached is null && reading.ReplyText.Length <= 1000 && IsCoverNote(reading) && ForwardWords.IsMatch(reading.ReplyText))
        {
            // Forwarded inline ("Forwarding Dana's reply; it only went to our internal list"): the answer is the
            // first message under the cover.
            var full = !string.IsNullOrEmpty(message.Html)
                ? HtmlReplyText.ToText(message.Html, _options, deadline, keepHistory: true)
                : message.Text ?? string.Empty;
            var forwarded = _extractor.ExtractQuoted(full.Length > _options.MaxBodyChars ? full[.._options.MaxBodyChars] : full);
            if (forwarded.Trim().Length > 0)
            {
                var hints = AutoReplyDetector.Read(message with { Subject = null }, forwarded);
                var inner = _classifier.Classify(forwarded, plan, hints, Answering(message, plan));
                // The declaration itself quoted under "I forwarded this to Priya" asks to confirm; it answers nothing.
                var isDeclaration = inner.Evidence.Any(e => e.Signal == ReplySignal.Request);
                if (!isDeclaration && inner.Verdict is not (ReplyVerdict.Ambiguous or ReplyVerdict.AutoReply))
                {
                    return inner with
                    {
                        ReplyText = reading.ReplyText.TrimEnd() + "\n\n" + inner.ReplyText,
                        Explanation = "Read from the message forwarded under this one. " + inner.Explanation,
                    };
                }
            }
        }

        return reading;
    }

    /// <summary>
    /// Words typed into the subject before its reply prefix ("Agreed - RE: Conditional Technical Win: …"), without an
    /// "(eom)" marker; null when the subject is only the prefixed original.
    /// </summary>
    internal static string? SubjectAnswer(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        var prefix = ReplyPrefix.Match(subject);
        var at = prefix.Groups["prefix"].Index;
        if (!prefix.Success || at == 0)
        {
            return null;
        }

        var typed = EndOfMessage.Replace(subject[..at], " ").Trim(' ', '-', '–', '—', '|', ':', ',', ';', '/', '[', ']', '(', ')');
        return typed.Any(char.IsLetter) ? typed : null;
    }

    private static readonly Regex ReplyPrefix = new(
        @"(?:^|[^\p{L}\p{N}])(?<prefix>re|aw|wg|sv|antw|rv|r|res|ref|réf|tr|fw|fwd|enc|doorst|答复|回复|返信|転送)\s*(\[\d+\])?\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex EndOfMessage = new(
        @"[\(\[<]?\s*\b(eom|nt|n/t)\b\s*[\)\]>]?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Only a cover for what is attached: no decision, no condition, no question, nothing deferred.</summary>
    private static bool IsCoverNote(ReplyReading reading) =>
        reading.Verdict == ReplyVerdict.Ambiguous
        && reading.Evidence.All(e => e.Signal is ReplySignal.Thanks or ReplySignal.SoftPositive or ReplySignal.Empty or ReplySignal.EmojiOnly
            || (e.Signal == ReplySignal.Delegation && ForwardWords.IsMatch(e.Text) && !LaterWords.IsMatch(e.Text)));

    // "See her note attached – we're checking internally": a cover that promises a later answer is not a bare cover.
    private static readonly Regex LaterWords = new(
        @"check|get back|revert|next week|prüf|pruef|melden|vérifi|verifi|revien|volver|retorn|controle|laten weten|確認中|改めて|追って",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex ForwardWords = new(
        @"forward|attach|weitergeleitet|anhang|angehängt|transf[eé]r|pi[eè]ce jointe|reenv|adjunt|encaminh|anexo|doorgestuurd|bijlage|inoltr|allegat|転送|添付",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private ReplyReading ReadOne(ReplyMessage message, SuccessPlan? plan, Deadline deadline)
    {
        var replyText = ExtractText(message, deadline);
        deadline.Check("extracting the reply");
        var hints = AutoReplyDetector.Read(message, replyText);
        var reading = _classifier.Classify(replyText, plan, hints, Answering(message, plan));
        deadline.Check("classifying the reply");

        if (reading.Verdict == ReplyVerdict.AutoReply)
        {
            var reference = message.Date is { } d
                ? DateOnly.FromDateTime(d.UtcDateTime)
                : DateOnly.FromDateTime(_options.TimeProvider.GetUtcNow().UtcDateTime);
            var monthFirst = LanguageGuess.Pick(replyText, [.. Lexicon.All.Values]).Count == 1;
            var evidence = reading.Evidence.ToList();
            if (hints.Strong is { } strong)
            {
                evidence.Insert(0, new ReplyEvidence(strong, strong.StartsWith("subject", StringComparison.Ordinal) ? ReplySignal.AutoReplySubject : ReplySignal.AutoReplyHeader));
            }
            else if (hints.Weak is { } weak)
            {
                evidence.Insert(0, new ReplyEvidence(weak, ReplySignal.AutoReplyHeader));
            }

            return reading with
            {
                ReturnDate = ReturnDateParser.Find(replyText, reference, monthFirst),
                Evidence = evidence,
                Criteria = reading.Criteria.Select(c => c with { Reading = CriterionReadingKind.NotMentioned }).ToList(),
            };
        }

        if (reading.Verdict == ReplyVerdict.Ambiguous && hints.Strong is null && hints.Weak is null && !hints.Reaction
            && reading.Evidence.All(e => e.Signal is ReplySignal.Empty or ReplySignal.EmojiOnly) && SubjectAnswer(message.Subject) is { } typed)
        {
            // "CONFIRMED, eval successful (eom) Re: Technical Win: …" over an empty body: the answer was typed into the subject.
            var fromSubject = _classifier.Classify(typed, plan, hints, Answering(message, plan));
            if (fromSubject.Verdict != ReplyVerdict.Ambiguous)
            {
                return fromSubject with { ReplyText = typed, Explanation = "Read from the subject line, where the answer was typed. " + fromSubject.Explanation };
            }
        }

        if (hints.Reaction)
        {
            var emoji = message.ReactionEmoji ?? replyText.Trim();
            return reading with { Evidence = [new ReplyEvidence(emoji.Length > 0 ? emoji : "(reaction)", ReplySignal.Reaction), .. reading.Evidence] };
        }

        if (reading.Verdict == ReplyVerdict.Ambiguous && reading.Evidence.Count == 0)
        {
            var signal = replyText.Trim().Length == 0 ? ReplySignal.Empty : replyText.Any(char.IsLetterOrDigit) ? (ReplySignal?)null : ReplySignal.EmojiOnly;
            if (signal is { } s)
            {
                return reading with { Evidence = [new ReplyEvidence(replyText.Trim(), s)] };
            }
        }

        return reading;
    }

    /// <summary>
    /// Which declaration the reply answers: the plan says so when known; otherwise the subject or the quoted
    /// declaration does (a conditional one is titled and worded "Conditional Technical Win").
    /// </summary>
    private static DeclarationVariant? Answering(ReplyMessage message, SuccessPlan? plan)
    {
        if (plan is not null)
        {
            return PlanAssessment.Of(plan).Variant;
        }

        const string conditional = "Conditional Technical Win";
        // The quoted declaration sits near the top of a reply: a hostile 5 MB body is not searched end to end.
        static bool Names(string? s) => s is not null && s.AsSpan(0, Math.Min(s.Length, 200_000)).Contains(conditional, StringComparison.OrdinalIgnoreCase);
        return Names(message.Subject) || Names(message.Text) || Names(message.Html) ? DeclarationVariant.Conditional : null;
    }

    private string ExtractText(ReplyMessage message, Deadline deadline)
    {
        if (!string.IsNullOrEmpty(message.Html))
        {
            var fromHtml = _extractor.ExtractFromHtml(message.Html, _options, deadline);
            if (fromHtml.Trim().Length > 0 || string.IsNullOrEmpty(message.Text))
            {
                return fromHtml;
            }
        }

        var text = message.Text ?? "";
        if (text.Length > _options.MaxBodyChars)
        {
            text = text[.._options.MaxBodyChars];
        }

        return _extractor.ExtractFromText(text);
    }
}
