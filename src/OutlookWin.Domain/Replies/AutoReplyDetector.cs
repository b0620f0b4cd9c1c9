using System.Text.RegularExpressions;

namespace OutlookWin.Domain.Replies;

/// <summary>
/// Reads the envelope for automatic replies (RFC 3834 <c>Auto-Submitted</c>, <c>X-Autoreply</c>,
/// <c>Precedence: auto_reply</c>, Exchange's <c>X-Auto-Response-Suppress</c>, localised subject
/// prefixes) and reactions (Outlook's "reacted to your message" mails, Gmail's reaction part).
/// </summary>
internal static class AutoReplyDetector
{
    private static readonly Regex AutoSubject = new(
        @"^\s*(automatic reply|auto(matic)?[- ]?reply|autoreply|out of (the )?office( reply| autoreply)?|ooo|abwesenheitsnotiz|automatische antwort|abwesend|réponse automatique|reponse automatique|absent(e)? du bureau|respuesta automática|respuesta automatica|fuera de la oficina|resposta automática|resposta automatica|fora do escritório|automatisch antwoord|afwezig|niet aanwezig|自動応答|自動返信|不在)\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex ReactionText = new(
        @"reacted to your (message|email)|hat auf ihre nachricht reagiert|hat auf deine nachricht reagiert|a réagi à votre message|reaccionó a (tu|su) mensaje|reagiu à (sua|tua) mensagem|heeft (op|gereageerd op) (je|uw) bericht|がメッセージにリアクションしました|さんがリアクション",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static AutoReplyHints Read(ReplyMessage message, string? bodyStart)
    {
        var reaction = message.ReactionEmoji is not null
            || (message.Subject is { } s && ReactionText.IsMatch(Cap(s)))
            || (bodyStart is not null && ReactionText.IsMatch(Cap(bodyStart)))
            || message.Headers.ContainsKey("X-MS-Reactions") && message.Headers["X-MS-Reactions"].Length > 0 && bodyStart is { Length: < 200 };

        string? strong = null;
        string? weak = null;
        if (message.Headers.TryGetValue("Auto-Submitted", out var autoSubmitted) && !autoSubmitted.Trim().StartsWith("no", StringComparison.OrdinalIgnoreCase))
        {
            strong = $"Auto-Submitted: {autoSubmitted.Trim()} (RFC 3834)";
        }
        else if (message.Headers.TryGetValue("X-Autoreply", out var x) || message.Headers.TryGetValue("X-Autorespond", out x))
        {
            strong = $"X-Autoreply: {x.Trim()}";
        }
        else if (message.Headers.TryGetValue("Precedence", out var precedence) && precedence.Trim().Equals("auto_reply", StringComparison.OrdinalIgnoreCase))
        {
            strong = "Precedence: auto_reply";
        }
        else if (message.Subject is { } subject && AutoSubject.IsMatch(Cap(subject)))
        {
            strong = $"subject \"{Cap(subject.Trim())}\"";
        }
        else if (message.Headers.TryGetValue("X-Auto-Response-Suppress", out var suppress) && suppress.Trim().Length > 0)
        {
            // Exchange stamps this on its own automatic replies, but bulk senders use it too: a hint, not proof.
            weak = $"X-Auto-Response-Suppress: {suppress.Trim()}";
        }
        else if (message.Headers.TryGetValue("Precedence", out var p) && p.Trim() is { } pv && (pv.Equals("bulk", StringComparison.OrdinalIgnoreCase) || pv.Equals("junk", StringComparison.OrdinalIgnoreCase)))
        {
            weak = $"Precedence: {pv}";
        }

        if (reaction)
        {
            return new AutoReplyHints(null, null, true);
        }

        return new AutoReplyHints(strong, weak, false);
    }

    private static string Cap(string s) => s.Length > 300 ? s[..300] : s;
}
