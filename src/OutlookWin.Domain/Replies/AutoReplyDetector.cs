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

    // Read receipts (MDN) and delivery reports (DSN) as Exchange, Gmail, Notes and the rest title them.
    // A report that the message was not delivered, as servers title it (not "Delivered:", which reports success).
    private static readonly Regex FailureSubject = new(
        @"^\s*(undeliverable|undelivered|delivery status notification \(failure\)|mail delivery (failed|failure|subsystem)|returned mail|delivery failure|unzustellbar|nicht zustellbar|non remis|non distribuable|onbestelbaar|niet bezorgd|no se puede entregar|no entregado|n[aã]o [eé] poss[ií]vel entregar|n[aã]o entregue|配信不能|配信エラー|未配信)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex SuccessSubject = new(
        @"^\s*(delivered|zugestellt|remis|bezorgd|entregado|entregue|配信完了)\s*[:：]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex ReportSubject = new(
        @"^\s*(read|gelesen|lu|gelezen|leído|leido|lido|lida|開封済み|開封|read receipt|return receipt|lesebestätigung|accusé de réception|accuse de reception|leesbevestiging|confirmación de lectura|confirmação de leitura|undeliverable|undelivered mail returned to sender|delivery status notification( \(\w+\))?|mail delivery (failed|failure|subsystem)|delivery (failure|delayed|notification)|returned mail|warning: could not send message|unzustellbar|nicht zustellbar|non remis|non distribuable|onbestelbaar|niet bezorgd|no se puede entregar|no entregado|não é possível entregar|nao e possivel entregar|não entregue|delivered|zugestellt|remis|bezorgd|entregado|entregue|配信不能|配信エラー|配信完了|未配信)\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex SystemSender = new(
        @"(^|[<\s""])(mailer-daemon|postmaster|microsoftexchange[0-9a-f]*|no-?reply|noreply|do-?not-?reply|mailman|listserv|sympa|[\w.+-]+-(owner|bounces|request|admin))@",
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
        string? plain = null;
        AutomaticKind? kind = null;
        var failed = message.Subject is { } titled && FailureSubject.IsMatch(Cap(titled));
        // The report's own kind first: it says what the message is (a bounce, a receipt), which the headers below do not.
        if (message.ContentType is { } type && type.StartsWith("multipart/report", StringComparison.OrdinalIgnoreCase))
        {
            // RFC 6522: read receipts (disposition-notification) and delivery reports (delivery-status).
            strong = type.Contains("disposition-notification", StringComparison.OrdinalIgnoreCase) ? "a read receipt (RFC 8098)" : "a delivery report (RFC 3464)";
            kind = type.Contains("disposition-notification", StringComparison.OrdinalIgnoreCase) ? AutomaticKind.ReadReceipt
                : message.Subject is { } s2 && SuccessSubject.IsMatch(Cap(s2)) ? AutomaticKind.Other : AutomaticKind.DeliveryReport;
            plain = type.Contains("disposition-notification", StringComparison.OrdinalIgnoreCase)
                ? "it is a read receipt, which says only that the email was opened"
                : "it is a delivery report from a mail server";
        }
        else if (message.Headers.TryGetValue("Auto-Submitted", out var autoSubmitted) && !autoSubmitted.Trim().StartsWith("no", StringComparison.OrdinalIgnoreCase))
        {
            strong = $"Auto-Submitted: {autoSubmitted.Trim()} (RFC 3834)";
            plain = "the mail system marked it as sent automatically, not written by a person";
        }
        else if (message.Headers.TryGetValue("X-Autoreply", out var x) || message.Headers.TryGetValue("X-Autorespond", out x))
        {
            strong = $"X-Autoreply: {x.Trim()}";
            plain = "the mail system marked it as an automatic answer";
        }
        else if (message.Headers.TryGetValue("Precedence", out var precedence) && precedence.Trim().Equals("auto_reply", StringComparison.OrdinalIgnoreCase))
        {
            strong = "Precedence: auto_reply";
            plain = "the mail system marked it as an automatic answer";
        }
        else if (message.Subject is { } subject && AutoSubject.IsMatch(Cap(subject)))
        {
            strong = $"subject \"{Cap(subject.Trim())}\"";
            plain = $"its subject, \"{Cap(subject.Trim())}\", is that of an automatic answer";
        }
        else if (message.Headers.TryGetValue("X-List-Administrivia", out var administrivia) && administrivia.Trim().Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            strong = "a mailing list's notice (X-List-Administrivia)";
            plain = "it is a notice from a mailing list";
        }
        else if (message.Headers.TryGetValue("Return-Path", out var returnPath) && returnPath.Trim() == "<>")
        {
            // A null return path is reserved for messages no one may answer: bounces, receipts, auto-replies.
            strong = "an empty Return-Path (sent by a mail system)";
            plain = "it was sent by a mail system that takes no answers";
        }
        else if (message.Subject is { } reportSubject && ReportSubject.IsMatch(Cap(reportSubject)))
        {
            strong = $"subject \"{Cap(reportSubject.Trim())}\" (a receipt or delivery report)";
            plain = $"its subject, \"{Cap(reportSubject.Trim())}\", is that of a receipt or delivery report";
        }
        else if (message.From is { } from && SystemSender.IsMatch(Cap(from)))
        {
            strong = $"sent by a mail system ({Cap(from.Trim())})";
            plain = $"it was sent by a mail system ({Cap(from.Trim())}), not a person";
        }
        else if (message.Headers.TryGetValue("X-Auto-Response-Suppress", out var suppress) && suppress.Trim().Length > 0)
        {
            // Exchange stamps this on its own automatic replies, but bulk senders use it too: a hint, not proof.
            weak = $"X-Auto-Response-Suppress: {suppress.Trim()}";
            plain = "Exchange marked it as an automatic message, and it decides nothing";
        }
        else if (message.Headers.TryGetValue("Precedence", out var p) && p.Trim() is { } pv && (pv.Equals("bulk", StringComparison.OrdinalIgnoreCase) || pv.Equals("junk", StringComparison.OrdinalIgnoreCase)))
        {
            weak = $"Precedence: {pv}";
            plain = "it is marked as bulk mail, and it decides nothing";
        }

        if (reaction)
        {
            return new AutoReplyHints(null, null, true);
        }

        return new AutoReplyHints(strong, weak, false, plain, kind ?? (failed ? AutomaticKind.DeliveryReport : null));
    }

    private static string Cap(string s) => s.Length > 300 ? s[..300] : s;
}
