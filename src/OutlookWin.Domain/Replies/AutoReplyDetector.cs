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
        @"^\s*[【\[]\s*(不在|自動返信|自動応答|休暇中?|育休中?)\s*[】\]]|^\s*(automatic reply|auto(matic)?[- ]?reply|autoreply|out of (the )?office( reply| autoreply)?|ooo|abwesenheitsnotiz|automatische antwort|abwesend|réponse automatique|reponse automatique|absent(e)? du bureau|respuesta automática|respuesta automatica|fuera de la oficina|resposta automática|resposta automatica|fora do escritório|automatisch antwoord|afwezig|niet aanwezig|risposta automatica|fuori sede|fuori ufficio|自動応答|自動返信|不在)\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // Read receipts (MDN) and delivery reports (DSN) as Exchange, Gmail, Notes and the rest title them.
    // A report that the message was not delivered, as servers title it (not "Delivered:", which reports success).
    private static readonly Regex FailureSubject = new(
        @"^\s*(undeliverable|undelivered|delivery status notification \(failure\)|mail delivery (failed|failure|subsystem)|returned mail|delivery failure|unzustellbar|nicht zustellbar|non remis|non distribuable|onbestelbaar|niet bezorgd|non recapitabile|recapito non riuscito|no se puede entregar|no entregado|n[aã]o [eé] poss[ií]vel entregar|n[aã]o entregue|配信不能|配信エラー|未配信)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex SuccessSubject = new(
        @"^\s*(delivered|zugestellt|remis|bezorgd|entregado|entregue|配信完了)\s*[:：]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex ReportSubject = new(
        @"^\s*(read|gelesen|lu|gelezen|leído|leido|lido|lida|開封済み|開封|read receipt|return receipt|lesebestätigung|accusé de réception|accuse de reception|leesbevestiging|ricevuta di lettura|letto|confirmación de lectura|confirmação de leitura|undeliverable|undelivered mail returned to sender|delivery status notification( \(\w+\))?|mail delivery (failed|failure|subsystem)|delivery (failure|delayed|notification)|returned mail|warning: could not send message|unzustellbar|nicht zustellbar|non remis|non distribuable|onbestelbaar|niet bezorgd|no se puede entregar|no entregado|não é possível entregar|nao e possivel entregar|não entregue|delivered|zugestellt|remis|bezorgd|entregado|entregue|配信不能|配信エラー|配信完了|未配信)\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // A mailing list's digest: the list server's own composition of several members' messages, titled as such.
    private static readonly Regex DigestSubject = new(
        @"\b(digest|tageszusammenfassung|zusammenfassung f[üu]r|r[ée]sum[ée] (pour|de)|resumen (de|para)|resumo (de|para)|samenvatting (voor|van)|riepilogo (per|di))\b|ダイジェスト",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex SystemSender = new(
        @"(^|[<\s""])(mailer-daemon|postmaster|microsoftexchange[0-9a-f]*|no-?reply|noreply|do-?not-?reply|mailman|listserv|sympa|[\w.+-]+-(owner|bounces|request|admin))@",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex ReactionText = new(
        @"reacted to your (message|email)|hat auf ihre nachricht reagiert|hat auf deine nachricht reagiert|a réagi à votre message|reaccionó a (tu|su) mensaje|reagiu à (sua|tua) mensagem|heeft (op|gereageerd op) (je|uw) bericht|ha reagito al (tuo|suo) messaggio|がメッセージにリアクションしました|さんがリアクション",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // A message that says of itself that a system sent it and reads no answers: ticket desks, gateways, notifiers.
    // Each phrase speaks of "this message" itself, which a person answering a declaration does not.
    private static readonly Regex SystemNotice = new(
        @"\b(this is an? (automatically generated|auto-generated|automated|system-generated) (e-?mail|message|notification|response|reply)|this (e-?mail|message|notification) (was|is|has been) (sent|generated|created) automatically|do not reply to this (e-?mail|message|address)|replies to this (e-?mail|message|address) (are|will) not (be )?(read|monitored|answered)|this mailbox is not monitored"
        + @"|automatisch gegenereerde? (bericht|e-?mail|mail)|dit (bericht|e-?mail|mailtje) is automatisch|antwoorden op dit bericht worden niet (gelezen|behandeld)|reageer niet op dit bericht"
        + @"|automatisch (generierte|erzeugte|erstellte|versandte|versendete) (nachricht|e-?mail|benachrichtigung)|diese (nachricht|e-?mail) wurde automatisch|bitte antworten sie nicht auf diese"
        + @"|(message|courriel|e-?mail|mail) (g[ée]n[ée]r[ée]|envoy[ée]) automatiquement|merci de ne pas r[ée]pondre (à|a) ce|ne r[ée]pondez pas (à|a) ce (message|courriel|mail)"
        + @"|(mensaje|correo|e-?mail) (generado|enviado) autom[aá]ticamente|no responda a este (mensaje|correo)"
        + @"|(mensagem|e-?mail) (gerad[ao]|enviad[ao]) automaticamente|n[aã]o responda (a )?(esta|este) (mensagem|e-?mail)"
        + @"|(messaggio|e-?mail|mail) (generat[oa]|inviat[oa]) automaticamente|non rispondere a (questo|questa) (messaggio|e-?mail|mail)"
        // "This is an automatic notification", "Questa è una notifica automatica, la preghiamo di non rispondere".
        + @"|this is an? automatic (e-?mail|message|notification|response|reply)|dies ist eine automatische (nachricht|e-?mail|benachrichtigung|antwort)"
        + @"|ceci est une? (message|notification|r[ée]ponse|courriel) automatique|est(a|e) es una? (notificaci[oó]n|mensaje|respuesta|correo) autom[aá]tic[oa]"
        + @"|est(a|e) [eé] uma? (notifica[cç][aã]o|mensagem|resposta) autom[aá]tica|dit is een automatische (melding|notificatie|e-?mail|bericht|reactie)"
        + @"|questa [eè] una (notifica|risposta|comunicazione|e-?mail) automatica|(la preghiamo|si prega) di non rispondere)\b"
        + @"|自動通知です|自動で返して|自動で返信して|自動返信です|システムより自動|自動送信されて|自動配信されて|本メールへの返信はできません|このメールには返信できません|返信はできません",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // Outlook's recall: the message Exchange sends when someone asks to take back a message they sent, and the report on
    // how the recall went. A person clicked a button; nobody wrote an answer.
    private static readonly Regex RecallSubject = new(
        @"^\s*(recall|message recall (success|failure|report)|r[üu]ckruf|nachrichtenr[üu]ckruf|rappel du message|recuperar|recuperaci[óo]n del mensaje|recolher|intrekken|richiamo|回収)\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex RecallText = new(
        @"would like to recall the message|your recall of the message|m[öo]chte die nachricht .{0,200}zur[üu]ckrufen|souhaite rappeler le message|(desea|quiere|le gustar[íi]a) recuperar el mensaje|(gostaria de|deseja) (recolher|recuperar) a mensagem|wil het bericht .{0,200}intrekken|desidera richiamare il messaggio|メッセージを(取り消|回収)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static AutoReplyHints Read(ReplyMessage message, string? text)
    {
        var reaction = message.ReactionEmoji is not null
            || (message.Subject is { } s && ReactionText.IsMatch(Cap(s)))
            || (text is not null && ReactionText.IsMatch(Cap(text)));
        // "x-ms-reactions: allow" (or "disallow") is Exchange's permission to react to this message, stamped on ordinary
        // mail from Outlook; it is not a reaction. A reaction arrives as "… reacted to your message", read above.

        string? strong = null;
        string? weak = null;
        string? plain = null;
        AutomaticKind? kind = null;
        var failed = message.Subject is { } titled && FailureSubject.IsMatch(Cap(titled));
        // The report's own kind first: it says what the message is (a bounce, a receipt), which the headers below do not.
        if (message.ContentType is { } type && type.StartsWith("multipart/report", StringComparison.OrdinalIgnoreCase))
        {
            // RFC 6522: read receipts (disposition-notification) and delivery reports (delivery-status).
            var receipt = type.Contains("disposition-notification", StringComparison.OrdinalIgnoreCase);
            strong = receipt ? "a read receipt (RFC 8098)" : "a delivery report (RFC 3464)";
            kind = receipt ? AutomaticKind.ReadReceipt
                : message.Subject is { } s2 && SuccessSubject.IsMatch(Cap(s2)) ? AutomaticKind.Other
                : message.DeliveryAction is "delayed" or "delivered" or "relayed" or "expanded" ? AutomaticKind.Other
                : AutomaticKind.DeliveryReport;
            plain = receipt
                ? "it is a read receipt, which says only that the email was opened"
                : message.DeliveryAction == "delayed"
                    ? "it is a delay notice from a mail server: the email is not delivered yet, and the server keeps trying"
                    : "it is a delivery report from a mail server";
            failed &= message.DeliveryAction is null or "failed";
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
        else if ((message.Headers.ContainsKey("List-Id") || message.Headers.TryGetValue("Precedence", out var listed) && listed.Trim().Equals("list", StringComparison.OrdinalIgnoreCase))
            && message.Subject is { } digest && DigestSubject.IsMatch(Cap(digest)))
        {
            // A member's reply through a list carries the list's headers too; only the digest is the list's own mail.
            strong = $"a mailing list's digest (subject \"{Cap(digest.Trim())}\")";
            plain = "it is a mailing list's digest of several messages, put together by the list server";
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
        else if (text is not null && Notice(text.Length > 4000 ? text[..4000] : text) is { } notice)
        {
            strong = $"the text \"{notice.Value}\" (a system's notice)";
            plain = "its text says a system sent it automatically, not a person";
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

        if (strong is null && text is not null && text.Length < 2000 && RecallText.IsMatch(text)
            && (message.Subject is null || RecallSubject.IsMatch(Cap(message.Subject)) || text.Length < 400))
        {
            strong = "a message recall";
            plain = "it is Outlook's recall of an earlier message (the sender asked to take it back): check whether an answer was withdrawn";
            kind = AutomaticKind.Other;
        }

        if (message.MeetingResponse && strong is null && string.IsNullOrWhiteSpace(text))
        {
            // "Accepted: kick-off" with nothing typed: the calendar sent it when a button was clicked.
            strong = "a meeting response (iCalendar METHOD:REPLY) with nothing typed";
            plain = "it is the calendar's answer to a meeting invitation, sent when a button was clicked, with nothing written";
            kind = AutomaticKind.Other;
        }

        return new AutoReplyHints(strong, weak, false, plain, kind ?? (failed ? AutomaticKind.DeliveryReport : null), message.MeetingResponse);
    }

    private static string Cap(string s) => s.Length > 300 ? s[..300] : s;

    /// <summary>Whether a line is a system's notice that it sent the message ("This is an automatically generated message").</summary>
    internal static bool SaysASystemSentIt(string line) => line.Length <= 300 && Notice(line) is not null;

    /// <summary>
    /// The first system notice in a text. "This mailbox is not monitored 24/7" under a team's signature says when a person
    /// reads it, not that nobody does.
    /// </summary>
    private static Match? Notice(string text)
    {
        for (var m = SystemNotice.Match(text); m.Success; m = m.NextMatch())
        {
            var after = text.AsSpan(m.Index + m.Length).TrimStart();
            if (m.Value.EndsWith("not monitored", StringComparison.OrdinalIgnoreCase)
                && (after.StartsWith("24") || after.StartsWith("around", StringComparison.OrdinalIgnoreCase)
                    || after.StartsWith("outside", StringComparison.OrdinalIgnoreCase) || after.StartsWith("after", StringComparison.OrdinalIgnoreCase)
                    || after.StartsWith("on weekends", StringComparison.OrdinalIgnoreCase) || after.StartsWith("at all times", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            return m;
        }

        return null;
    }
}
