using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using MimeKit.Text;
using MimeKit.Utils;

namespace OutlookWin.Sandbox;

/// <summary>What the Sandbox reads out of a MIME message to fill Graph's message properties.</summary>
internal sealed record ParsedMail(
    string? MessageId,
    string? InReplyTo,
    IReadOnlyList<string> References,
    string Subject,
    MailAddressRecord? From,
    IReadOnlyList<MailAddressRecord> To,
    IReadOnlyList<MailAddressRecord> Cc,
    DateTimeOffset? Date,
    string BodyType,
    string Body,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    bool HasAttachments);

/// <summary>Builds and reads MIME the way Exchange Online would for the messages the Sandbox creates.</summary>
internal static class MimeComposer
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static MimeMessage Compose(
        MailAddressRecord from,
        IEnumerable<MailAddressRecord> to,
        IEnumerable<MailAddressRecord> cc,
        string subject,
        string bodyType,
        string body,
        DateTimeOffset date,
        string? inReplyTo = null,
        IEnumerable<string>? references = null,
        string? threadIndexParent = null,
        IReadOnlyList<SandboxAttachment>? attachments = null)
    {
        var message = new MimeMessage();
        message.From.Add(Mailbox(from));
        message.To.AddRange(to.Select(Mailbox));
        message.Cc.AddRange(cc.Select(Mailbox));
        message.Subject = subject;
        message.Date = date;
        message.MessageId = MimeUtils.GenerateMessageId(Domain(from.Email));
        message.Headers.Add("Thread-Topic", NormalizedSubject(subject));
        message.Headers.Add("Thread-Index", ThreadIndex(date, threadIndexParent));
        if (inReplyTo is not null)
        {
            message.InReplyTo = inReplyTo.Trim('<', '>');
        }

        foreach (var reference in references ?? [])
        {
            message.References.Add(reference.Trim('<', '>'));
        }

        message.Headers.Add("Content-Language", "en-US");
        message.Headers.Add("X-MS-Has-Attach", attachments is { Count: > 0 } ? "yes" : string.Empty);
        message.Headers.Add("X-MS-TNEF-Correlator", string.Empty);

        MimeEntity text;
        if (bodyType == "html")
        {
            text = new MultipartAlternative
            {
                new TextPart(TextFormat.Plain) { Text = HtmlToText(body) },
                new TextPart(TextFormat.Html) { Text = body },
            };
        }
        else
        {
            text = new TextPart(TextFormat.Plain) { Text = body };
        }

        if (attachments is not { Count: > 0 })
        {
            message.Body = text;
            return message;
        }

        var mixed = new Multipart("mixed") { text };
        foreach (var attachment in attachments)
        {
            mixed.Add(AttachmentPart(attachment));
        }

        message.Body = mixed;
        return message;
    }

    /// <summary>
    /// An attachment as a MIME part, its bytes untouched: a message (<c>message/rfc822</c>) goes in as it is (7bit or
    /// 8bit, as RFC 2046 requires of a message), anything else in base64.
    /// </summary>
    private static MimePart AttachmentPart(SandboxAttachment attachment)
    {
        var type = ContentType.TryParse(attachment.ContentType, out var parsed) ? parsed : new ContentType("application", "octet-stream");
        var isMessage = type.IsMimeType("message", "rfc822");
        return new MimePart(type)
        {
            Content = new MimeContent(new MemoryStream(attachment.Content, writable: false)),
            ContentDisposition = new ContentDisposition(attachment.IsInline ? ContentDisposition.Inline : ContentDisposition.Attachment) { FileName = attachment.Name },
            ContentTransferEncoding = !isMessage ? ContentEncoding.Base64 : attachment.Content.Any(b => b >= 0x80) ? ContentEncoding.EightBit : ContentEncoding.SevenBit,
            ContentId = attachment.ContentId,
        };
    }

    /// <summary>A message's attachments as the Sandbox keeps them (what a forward of it carries along).</summary>
    public static IReadOnlyList<SandboxAttachment> Attachments(MimeMessage message, DateTimeOffset now)
    {
        var result = new List<SandboxAttachment>();
        foreach (var entity in message.Attachments)
        {
            using var content = new MemoryStream();
            var options = FormatOptions.Default.Clone();
            options.NewLineFormat = NewLineFormat.Dos;
            switch (entity)
            {
                case MessagePart { Message: { } embedded }:
                    embedded.WriteTo(options, content);
                    break;
                case MimePart { Content: { } data }:
                    data.DecodeTo(content);
                    break;
                default:
                    continue;
            }

            result.Add(new SandboxAttachment(
                SandboxIds.NewAttachmentId(),
                entity.ContentDisposition?.FileName ?? entity.ContentType.Name ?? "attachment",
                entity.ContentType.MimeType,
                content.ToArray(),
                entity.ContentDisposition?.Disposition == ContentDisposition.Inline,
                entity.ContentId,
                now));
        }

        return result;
    }

    /// <summary>
    /// The body Outlook gives a reply or forward draft: what is typed (here the comment, if any), Outlook's header block
    /// of the original, and the original's body below it.
    /// </summary>
    public static string QuotedBody(string? commentHtml, SandboxMessage original)
    {
        var header = QuoteHeader(original.From, original.SentAt, original.To, original.Cc, original.Subject);
        var originalHtml = original.BodyType == "html" ? BodyInner(original.Body) : BodyInner(TextToHtml(original.Body));
        return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + $"<div dir=\"ltr\">{commentHtml ?? "<br>"}</div>" + header.Html + originalHtml + "</body></html>";
    }

    /// <summary>
    /// The non-delivery report Exchange returns to the sender of <paramref name="sent"/> for <paramref name="bounced"/>:
    /// "Undeliverable: …" from the sender's own organisation's Exchange, <c>multipart/report; report-type=delivery-status</c>
    /// (RFC 3464) with a readable part, the per-recipient status and the original's headers, threaded to the original
    /// (In-Reply-To/References), so it lands in the declaration's conversation as Exchange's does.
    /// </summary>
    public static MimeMessage NonDeliveryReport(SandboxMessage sent, IReadOnlyList<string> bounced, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(bounced);
        var readable = new StringBuilder()
            .AppendLine("Your message to " + string.Join(", ", bounced) + " couldn't be delivered.")
            .AppendLine()
            .AppendLine(string.Join(", ", bounced) + " wasn't found at " + string.Join(", ", bounced.Select(b => b[(b.IndexOf('@', StringComparison.Ordinal) + 1)..]).Distinct(StringComparer.OrdinalIgnoreCase)) + ".")
            .AppendLine()
            .AppendLine("Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'");
        return DeliveryReport(sent, now, "Undeliverable: ", readable.ToString(), bounced.Select(address => new HeaderList
        {
            { "Final-Recipient", "rfc822; " + address },
            { "Action", "failed" },
            { "Status", "5.1.10" },
            { "Diagnostic-Code", "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup" },
        }));
    }

    /// <summary>
    /// The delay notice Exchange sends the sender of <paramref name="sent"/> while it keeps retrying
    /// <paramref name="delayed"/>: "Delivery delayed: …", a delivery-status report whose per-recipient action is
    /// <c>delayed</c> (RFC 3464, status 4.4.7), threaded to the original. It says the message is not delivered yet, not
    /// that it failed.
    /// </summary>
    public static MimeMessage DelayNotice(SandboxMessage sent, IReadOnlyList<string> delayed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(delayed);
        var retryUntil = DateUtils.FormatDate(now.AddDays(2));
        var readable = new StringBuilder()
            .AppendLine("Delivery is delayed to these recipients or groups:")
            .AppendLine()
            .AppendLine(string.Join(", ", delayed))
            .AppendLine()
            .AppendLine("This message hasn't been delivered yet. Delivery will continue to be attempted.")
            .AppendLine("The server will keep trying to deliver this message until " + retryUntil + ". You'll be notified if the message can't be delivered by that time.");
        return DeliveryReport(sent, now, "Delivery delayed: ", readable.ToString(), delayed.Select(address => new HeaderList
        {
            { "Final-Recipient", "rfc822; " + address },
            { "Action", "delayed" },
            { "Status", "4.4.7" },
            { "Diagnostic-Code", "smtp; 451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped.\"" },
            { "Will-Retry-Until", retryUntil },
        }));
    }

    /// <summary>
    /// A report from the sender's own organisation's Exchange ("Microsoft Outlook"), <c>multipart/report;
    /// report-type=delivery-status</c> (RFC 3464) with a readable part, the per-recipient status and the original's
    /// headers, threaded to the original (In-Reply-To/References), so it lands in the declaration's conversation.
    /// </summary>
    private static MimeMessage DeliveryReport(SandboxMessage sent, DateTimeOffset now, string subjectPrefix, string readable, IEnumerable<HeaderList> recipients)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var sender = sent.From?.Email ?? sent.Mailbox;
        var domain = sender[(sender.IndexOf('@', StringComparison.Ordinal) + 1)..];
        var message = new MimeMessage
        {
            Date = now,
            Subject = subjectPrefix + sent.Subject,
            MessageId = $"{Guid.NewGuid():N}@{domain}",
        };
        message.From.Add(new MailboxAddress("Microsoft Outlook", $"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}"));
        message.To.Add(new MailboxAddress(sent.From?.Name ?? sender, sender));
        if (sent.InternetMessageId is { } original)
        {
            message.InReplyTo = original.Trim('<', '>');
            message.References.Add(original.Trim('<', '>'));
        }

        message.Headers.Add("Auto-Submitted", "auto-replied");
        message.Headers.Add("X-MS-Exchange-Message-Is-Ndr", "");
        var status = new MessageDeliveryStatus();
        status.StatusGroups.Add(new HeaderList { { "Reporting-MTA", $"dns; mail.{domain}" }, { "Arrival-Date", DateUtils.FormatDate(sent.SentAt ?? now) } });
        foreach (var group in recipients)
        {
            status.StatusGroups.Add(group);
        }

        var originalHeaders = Load(sent.Mime ?? []).Headers;
        var headers = new MimePart("text", "rfc822-headers")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(originalHeaders.Select(h => h.ToString() + "\r\n"))), writable: false)),
        };
        message.Body = new MultipartReport("delivery-status") { new TextPart("plain") { Text = readable }, status, headers };
        return message;
    }

    public static byte[] ToBytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        var options = FormatOptions.Default.Clone();
        // Exchange stores CRLF line ends; so do we, so $value bytes look like what Graph returns.
        options.NewLineFormat = NewLineFormat.Dos;
        message.WriteTo(options, stream);
        return stream.ToArray();
    }

    public static MimeMessage Load(byte[] mime)
    {
        using var stream = new MemoryStream(mime, writable: false);
        return MimeMessage.Load(stream);
    }

    public static ParsedMail Parse(byte[] mime)
    {
        var message = Load(mime);
        var html = message.HtmlBody;
        var text = message.TextBody;
        return new ParsedMail(
            message.MessageId is null ? null : $"<{message.MessageId}>",
            message.InReplyTo is null ? null : $"<{message.InReplyTo}>",
            message.References.Select(r => $"<{r}>").ToList(),
            message.Subject ?? string.Empty,
            message.From.Mailboxes.Select(Record).FirstOrDefault(),
            message.To.Mailboxes.Select(Record).ToList(),
            message.Cc.Mailboxes.Select(Record).ToList(),
            message.Headers.Contains(HeaderId.Date) ? message.Date : null,
            html is not null ? "html" : "text",
            html ?? text ?? string.Empty,
            message.Headers.Select(h => new KeyValuePair<string, string>(h.Field, Unfold(h.Value))).ToList(),
            message.Attachments.Any());
    }

    /// <summary>A plain-text rendering of HTML for the text/plain alternative (line breaks kept, tags dropped).</summary>
    public static string HtmlToText(string html)
    {
        var text = Regex.Replace(html, @"<(style|script|head)[^>]*>.*?</\1>", string.Empty, RegexOptions.Singleline | RegexOptions.IgnoreCase);
        text = Regex.Replace(text, @"<br\s*/?>|</p>|</div>|</li>|</tr>|<hr[^>]*>", "\n", RegexOptions.IgnoreCase);
        text = Regex.Replace(text, "<[^>]+>", string.Empty);
        text = WebUtility.HtmlDecode(text).Replace("\u00a0", " ", StringComparison.Ordinal);
        text = Regex.Replace(text, @"[ \t]+\n", "\n");
        text = Regex.Replace(text, @"\n{3,}", "\n\n");
        return text.Trim();
    }

    public static string TextToHtml(string text) =>
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div dir=\"ltr\">"
        + string.Join("<br>", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(WebUtility.HtmlEncode))
        + "</div></body></html>";

    /// <summary>The header block Outlook puts above a quoted or forwarded message, in HTML and text.</summary>
    public static (string Html, string Text) QuoteHeader(MailAddressRecord? from, DateTimeOffset? sent, IReadOnlyList<MailAddressRecord> to, IReadOnlyList<MailAddressRecord> cc, string subject)
    {
        var sentText = (sent ?? DateTimeOffset.UtcNow).ToString("dddd, MMMM d, yyyy h:mm tt", English);
        var fromText = from is null ? string.Empty : Display(from);
        var toText = string.Join("; ", to.Select(Display));
        var ccText = string.Join("; ", cc.Select(Display));
        var html = new StringBuilder()
            .Append("<div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">")
            .Append("<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">")
            .Append("<b>From:</b> ").Append(WebUtility.HtmlEncode(fromText)).Append("<br>")
            .Append("<b>Sent:</b> ").Append(WebUtility.HtmlEncode(sentText)).Append("<br>")
            .Append("<b>To:</b> ").Append(WebUtility.HtmlEncode(toText)).Append("<br>");
        if (cc.Count > 0)
        {
            html.Append("<b>Cc:</b> ").Append(WebUtility.HtmlEncode(ccText)).Append("<br>");
        }

        html.Append("<b>Subject:</b> ").Append(WebUtility.HtmlEncode(subject)).Append("</font><div>&nbsp;</div></div>");
        var text = new StringBuilder()
            .Append("________________________________\n")
            .Append("From: ").Append(fromText).Append('\n')
            .Append("Sent: ").Append(sentText).Append('\n')
            .Append("To: ").Append(toText).Append('\n');
        if (cc.Count > 0)
        {
            text.Append("Cc: ").Append(ccText).Append('\n');
        }

        text.Append("Subject: ").Append(subject).Append('\n');
        return (html.ToString(), text.ToString());
    }

    /// <summary>The inside of an HTML document's body (or the whole string when it has none).</summary>
    public static string BodyInner(string html)
    {
        var start = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return html;
        }

        var open = html.IndexOf('>', start);
        var close = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return open < 0 || close < open ? html : html[(open + 1)..close];
    }

    public static string Domain(string email)
    {
        var at = email.LastIndexOf('@');
        return at < 0 ? "sandbox.local" : email[(at + 1)..];
    }

    public static string Display(MailAddressRecord address) =>
        string.IsNullOrWhiteSpace(address.Name) ? address.Email : $"{address.Name} <{address.Email}>";

    public static string NormalizedSubject(string subject)
    {
        var s = subject.Trim();
        while (true)
        {
            var colon = s.IndexOf(':', StringComparison.Ordinal);
            if (colon is > 0 and <= 15 && !s[..colon].Contains(' ', StringComparison.Ordinal))
            {
                s = s[(colon + 1)..].TrimStart();
                continue;
            }

            return s;
        }
    }

    /// <summary>A display name for an address with no name: "priya.shah@x" becomes "Priya Shah".</summary>
    public static string NameFromAddress(string email)
    {
        var local = email.Split('@')[0];
        var words = local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        return string.Join(' ', words);
    }

    private static string ThreadIndex(DateTimeOffset date, string? parent)
    {
        if (parent is not null)
        {
            try
            {
                var bytes = Convert.FromBase64String(parent);
                return Convert.ToBase64String([.. bytes, .. RandomNumberGenerator.GetBytes(5)]);
            }
            catch (FormatException)
            {
                // Not a usable parent index: start a new one.
            }
        }

        var fileTime = BitConverter.GetBytes(date.ToFileTime());
        Array.Reverse(fileTime);
        return Convert.ToBase64String([0x01, .. fileTime[..5], .. Guid.NewGuid().ToByteArray()]);
    }

    private static MailboxAddress Mailbox(MailAddressRecord address) => new(address.Name, address.Email);

    private static MailAddressRecord Record(MailboxAddress address) =>
        new(string.IsNullOrEmpty(address.Name) ? NameFromAddress(address.Address) : address.Name, address.Address);

    private static string Unfold(string value) => value.Replace("\r\n", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Trim();
}
