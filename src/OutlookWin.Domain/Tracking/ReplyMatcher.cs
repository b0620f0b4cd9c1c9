using OutlookWin.Domain.Mail;

namespace OutlookWin.Domain.Tracking;

/// <summary>What the service knows about a sent declaration, to recognise replies to it.</summary>
public sealed record SentDeclaration(
    Guid Id,
    string? InternetMessageId,
    string? ConversationId,
    string Subject,
    string LeadEngineerEmail,
    DateTimeOffset? SentAt,
    bool AwaitingDecision = true);

/// <summary>Why a message was taken for a reply to a declaration, strongest first. Serialised in snake_case (<c>in_reply_to</c>).</summary>
public enum MatchSignal
{
    /// <summary>Same Exchange conversation.</summary>
    Conversation,

    /// <summary>In-Reply-To names the declaration's Message-ID.</summary>
    InReplyTo,

    /// <summary>References names the declaration's Message-ID.</summary>
    References,

    /// <summary>From the lead engineer, with the declaration's subject (a reply that started a new thread).</summary>
    LeadEngineerSubject,

    /// <summary>From the lead engineer's organisation, about the declaration's deal (a colleague answered).</summary>
    ColleagueSubject,

    /// <summary>
    /// From the lead engineer, in a thread of its own, while the declaration still awaits a decision: the person we
    /// asked to answer in writing did write.
    /// </summary>
    LeadEngineer,
}

/// <summary>A message matched to a declaration, and on what evidence.</summary>
public sealed record ReplyMatch(Guid DeclarationId, MatchSignal Signal);

/// <summary>
/// Recognises replies to sent declarations: thread identity first (conversation, In-Reply-To, References), then
/// sender and subject as weaker signals, so a reply that starts a new thread or comes from a colleague of the lead
/// engineer is still found. Our own messages never match.
/// </summary>
public static class ReplyMatcher
{
    private static readonly string[] ReplyPrefixes =
    [
        "re", "aw", "antw", "sv", "vs", "ref", "rif", "r", "res", "odp", "ynt", "atb", "fw", "fwd", "wg", "tr", "rv", "enc", "doorst",
        "回复", "答复", "返信", "転送", "fs",
    ];

    /// <summary>
    /// How much earlier than the declaration's recorded send a message may seem to arrive and still answer it: Graph's
    /// receivedDateTime is whole seconds (a reply in the same second as the send reads as earlier), and Exchange's clock
    /// and this service's differ.
    /// </summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public static ReplyMatch? Match(MailMessage message, string ownerEmail, IReadOnlyCollection<SentDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(declarations);
        var from = message.From?.Email;
        if (from is null || SameAddress(from, ownerEmail))
        {
            return null;
        }

        // Only declarations sent before the message arrived can be answered by it — give or take ClockTolerance: Graph
        // gives receivedDateTime to the second, and Exchange's clock is not this service's.
        var candidates = declarations
            .Where(d => d.SentAt is null || message.ReceivedAt is null || d.SentAt - ClockTolerance <= message.ReceivedAt)
            .OrderByDescending(d => d.SentAt)
            .ToList();

        foreach (var d in candidates)
        {
            if (d.ConversationId is not null && d.ConversationId == message.ConversationId)
            {
                return new ReplyMatch(d.Id, MatchSignal.Conversation);
            }
        }

        foreach (var d in candidates.Where(d => d.InternetMessageId is not null))
        {
            if (SameMessageId(message.InReplyTo, d.InternetMessageId))
            {
                return new ReplyMatch(d.Id, MatchSignal.InReplyTo);
            }
        }

        foreach (var d in candidates.Where(d => d.InternetMessageId is not null))
        {
            if (message.References.Any(r => SameMessageId(r, d.InternetMessageId)))
            {
                return new ReplyMatch(d.Id, MatchSignal.References);
            }
        }

        var subject = NormalizeSubject(message.Subject);
        foreach (var d in candidates)
        {
            var sameSubject = subject.Length > 0 && subject.Contains(NormalizeSubject(d.Subject), StringComparison.OrdinalIgnoreCase);
            if (sameSubject && SameAddress(from, d.LeadEngineerEmail))
            {
                return new ReplyMatch(d.Id, MatchSignal.LeadEngineerSubject);
            }

            if ((sameSubject || SharesDealWords(subject, d.Subject))
                && string.Equals(Domain(from), Domain(d.LeadEngineerEmail), StringComparison.OrdinalIgnoreCase))
            {
                return new ReplyMatch(d.Id, MatchSignal.ColleagueSubject);
            }
        }

        // The lead engineer's latest-sent declaration that still awaits a decision takes their new-thread mail.
        var awaiting = candidates.FirstOrDefault(d => d.AwaitingDecision && SameAddress(from, d.LeadEngineerEmail));
        if (awaiting is not null)
        {
            return new ReplyMatch(awaiting.Id, MatchSignal.LeadEngineer);
        }

        return null;
    }

    /// <summary>Strips reply/forward prefixes in common languages ("RE: AW: Fwd:") and folds whitespace.</summary>
    public static string NormalizeSubject(string? subject)
    {
        var s = (subject ?? string.Empty).Trim();
        var changed = true;
        while (changed && s.Length > 0)
        {
            changed = false;
            var colon = s.IndexOfAny([':', '：']);
            if (colon is > 0 and <= 8)
            {
                var prefix = s[..colon].Trim().TrimEnd(']').Split('[')[0].Trim().ToLowerInvariant();
                if (ReplyPrefixes.Contains(prefix))
                {
                    s = s[(colon + 1)..].TrimStart();
                    changed = true;
                }
            }
        }

        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Whether a new subject is about the same deal: at least two distinctive words of the declaration's subject
    /// (its prospect and deal name, not "Technical Win" or "validated").
    /// </summary>
    internal static bool SharesDealWords(string subject, string declarationSubject)
    {
        var words = Words(declarationSubject).Except(CommonSubjectWords, StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Words(subject).Distinct(StringComparer.OrdinalIgnoreCase).Count(words.Contains) >= 2;
    }

    private static readonly string[] CommonSubjectWords =
    [
        "technical", "win", "conditional", "success", "criteria", "criterion", "validated", "of", "the", "and", "a", "for", "to", "re",
        "pov", "poc", "proof", "value", "concept", "evaluation", "declaration", "formal",
    ];

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ':', '-', '—', '–', ',', '.', '(', ')', '[', ']', '/', '!', '?'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && !w.All(char.IsDigit));

    private static bool SameMessageId(string? a, string? b) =>
        a is not null && b is not null &&
        string.Equals(a.Trim().Trim('<', '>'), b.Trim().Trim('<', '>'), StringComparison.Ordinal);

    private static bool SameAddress(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Domain(string email) => email[(email.LastIndexOf('@') + 1)..];
}
