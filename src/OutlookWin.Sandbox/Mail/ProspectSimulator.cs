using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using MimeKit;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Sandbox;

/// <summary>
/// How the prospect answers a declaration: free text or HTML, a pasted .eml (<see cref="Mime"/>), or a canned reply by
/// name (<see cref="ProspectSimulator.CannedReplies"/>). <see cref="From"/> defaults to the declaration's first To
/// recipient (the lead engineer); <see cref="NewThread"/> starts a new conversation (no In-Reply-To).
/// </summary>
public sealed record ProspectReplyRequest(
    Guid DeclarationId,
    string? Text = null,
    string? Html = null,
    string? Mime = null,
    string? Canned = null,
    string? From = null,
    bool NewThread = false,
    string? Mailbox = null,
    bool Spoofed = false);

/// <summary>The reply as delivered to the SE's Inbox.</summary>
public sealed record ProspectReplyResult(string Id, string Mailbox, string? InternetMessageId, string ConversationId, string Subject, string From);

/// <summary>A prospect request that cannot be carried out; <see cref="Field"/> names the input at fault.</summary>
public sealed class ProspectReplyException(string field, string message, bool notFound = false) : Exception(message)
{
    public string Field { get; } = field;

    public bool NotFound { get; } = notFound;
}

/// <summary>
/// The prospect's side of the conversation: finds the SE's sent declaration by its marks and makes the lead engineer
/// reply into the SE's Inbox the way Exchange would deliver it (threading headers, "RE:" subject, Outlook's quoted
/// original), which fires the change notification.
/// </summary>
public sealed class ProspectSimulator(SandboxMailStore store, TimeProvider time)
{
    public const string Confirmed = "confirmed";
    public const string Conditional = "conditional";
    public const string Declined = "declined";
    public const string ThumbsUp = "thumbs_up";
    public const string OutOfOffice = "out_of_office";

    public static readonly IReadOnlyList<string> CannedReplies = [Confirmed, Conditional, Declined, ThumbsUp, OutOfOffice];

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <param name="request">What the prospect answers.</param>
    /// <param name="signedInMailbox">The SE's mailbox when the host knows it; otherwise the request's, or any mailbox holding the declaration.</param>
    /// <param name="signedInName">The SE's display name when the host knows it: the lead engineer greets them by it.</param>
    public ProspectReplyResult Reply(ProspectReplyRequest request, string? signedInMailbox = null, string? signedInName = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var given = new[] { request.Text, request.Html, request.Mime, request.Canned }.Count(v => !string.IsNullOrEmpty(v));
        if (given != 1)
        {
            throw new ProspectReplyException("text", "Give exactly one of text, html, mime or canned.");
        }

        if (request.Canned is { } canned && !CannedReplies.Contains(canned))
        {
            throw new ProspectReplyException("canned", $"Unknown canned reply '{canned}'; use one of {string.Join(", ", CannedReplies)}.");
        }

        var sent = FindSentDeclaration(request.DeclarationId, signedInMailbox ?? request.Mailbox)
            ?? throw new ProspectReplyException("declarationId", $"No sent declaration {request.DeclarationId} in the Sandbox's mailboxes.", notFound: true);
        var se = sent.From ?? new MailAddressRecord(store.DisplayName(sent.Mailbox), sent.Mailbox);
        if (IsName(signedInName) || !IsName(se.Name) || se.Name == MimeComposer.NameFromAddress(se.Email))
        {
            // The mailbox's own name, never its address: "Hi Alex," rather than "Hi se@fabrikam.example," or "Hi Se,".
            var name = IsName(signedInName) ? signedInName! : store.DisplayName(sent.Mailbox);
            se = se with { Name = IsName(name) ? name.Trim() : se.Name };
        }

        var lead = request.From is { } from ? ParseAddress(from) : (sent.To.Count > 0 ? sent.To[0] : null)
            ?? throw new ProspectReplyException("from", "The declaration has no recipient to reply as; give 'from'.");

        var mime = request.Mime is { } raw ? Addressed(raw, se) : Compose(request, sent, se, lead);
        var delivered = store.Deliver(sent.Mailbox, Stamped(mime, request.Spoofed));
        // The sender keeps a copy too, as their own Sent Items would (without the receiving side's stamp).
        var sender = delivered.From?.Email ?? lead.Email;
        store.Deliver(sender, mime, SandboxFolders.SentItems);
        return new ProspectReplyResult(delivered.Id, delivered.Mailbox, delivered.InternetMessageId, delivered.ConversationId, delivered.Subject, sender);
    }

    /// <summary>
    /// What Exchange Online puts on top of every message it receives from outside: the result of SPF, DKIM, DMARC and
    /// its composite check for the From domain. A spoofed message (sent from somewhere the domain does not allow, and
    /// unsigned) fails them.
    /// </summary>
    internal static byte[] Stamped(byte[] mime, bool spoofed)
    {
        var from = MimeComposer.Load(mime).From.Mailboxes.FirstOrDefault()?.Address ?? "unknown.invalid";
        var domain = from[(from.LastIndexOf('@') + 1)..];
        var results = spoofed
            ? $"spf=fail (sender IP is 198.51.100.23) smtp.mailfrom={domain}; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from={domain};compauth=fail reason=000"
            : $"spf=pass (sender IP is 203.0.113.25) smtp.mailfrom={domain}; dkim=pass (signature was verified) header.d={domain};dmarc=pass action=none header.from={domain};compauth=pass reason=100";
        return [.. Encoding.ASCII.GetBytes($"Authentication-Results: {results}\r\n"), .. mime];
    }

    private SandboxMessage? FindSentDeclaration(Guid declarationId, string? mailbox)
    {
        var mailboxes = mailbox is null ? store.Mailboxes : [mailbox];
        // In Sent Items, or wherever the SE filed it since (a deal folder).
        var sent = mailboxes.SelectMany(m => store.List(m))
            .FirstOrDefault(m => !m.IsDraft && m.Folder != SandboxFolders.Outbox && m.SentAt is not null && IsDeclaration(m, declarationId));
        if (sent is not null)
        {
            return sent;
        }

        // Still in the Outbox: a prospect answering it means it reached them, so its delivery happens now.
        var queued = mailboxes.SelectMany(m => store.List(m, SandboxFolders.Outbox)).FirstOrDefault(m => IsDeclaration(m, declarationId));
        return queued is null ? null : store.CompleteSend(queued.Mailbox, queued.Id);
    }

    private static bool IsDeclaration(SandboxMessage message, Guid declarationId)
    {
        if (message.ExtendedProperties.TryGetValue(DeclarationMark.ExtendedPropertyId, out var stamped) && Guid.TryParse(stamped, out var id) && id == declarationId)
        {
            return true;
        }

        if (message.ExtendedProperties.TryGetValue(DeclarationMark.AddinCustomPropertiesId, out var json))
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                return document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty(DeclarationMark.CustomPropertyName, out var value)
                    && Guid.TryParse(value.GetString(), out var fromAddin) && fromAddin == declarationId;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        return false;
    }

    private byte[] Compose(ProspectReplyRequest request, SandboxMessage sent, MailAddressRecord se, MailAddressRecord lead)
    {
        var now = time.GetUtcNow();
        var outOfOffice = request.Canned == OutOfOffice;
        var (newHtml, newSubject) = request.Canned is { } canned
            ? CannedBody(canned, se, lead, now)
            : (request.Html ?? TextBlock(request.Text!), "Technical evaluation");

        var subject = outOfOffice ? "Automatic reply: " + sent.Subject
            : request.NewThread ? newSubject
            : "RE: " + MimeComposer.NormalizedSubject(sent.Subject);
        var html = new StringBuilder("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>")
            .Append("<div dir=\"ltr\">").Append(MimeComposer.BodyInner(newHtml)).Append("</div>");
        if (!request.NewThread && !outOfOffice)
        {
            var header = MimeComposer.QuoteHeader(se, sent.SentAt, sent.To, sent.Cc, sent.Subject);
            html.Append(header.Html).Append(sent.BodyType == "html" ? MimeComposer.BodyInner(sent.Body) : TextBlock(sent.Body));
        }

        html.Append("</body></html>");
        var original = sent.Mime is null ? null : MimeComposer.Load(sent.Mime);
        var threaded = !request.NewThread && sent.InternetMessageId is not null;
        var message = MimeComposer.Compose(
            lead,
            [se],
            [],
            subject,
            "html",
            html.ToString(),
            now,
            inReplyTo: threaded ? sent.InternetMessageId : null,
            references: threaded ? [.. original?.References.Select(r => $"<{r}>") ?? [], sent.InternetMessageId!] : null,
            threadIndexParent: threaded ? original?.Headers["Thread-Index"] : null);
        if (outOfOffice)
        {
            // RFC 3834 and Exchange's own markers of an automatic reply.
            message.Headers.Add("Auto-Submitted", "auto-replied");
            message.Headers.Add("X-Auto-Response-Suppress", "All");
            message.Headers.Add("X-MS-Exchange-Inbox-Rules-Loop", lead.Email);
        }

        return MimeComposer.ToBytes(message);
    }

    private static (string Html, string NewThreadSubject) CannedBody(string canned, MailAddressRecord se, MailAddressRecord lead, DateTimeOffset now)
    {
        var seFirst = FirstName(se);
        var leadFirst = FirstName(lead);
        return canned switch
        {
            Confirmed => (TextBlock(
                $"Hi {seFirst},\n\nConfirmed. The team considers the technical evaluation a success: all three mandatory success criteria were met, "
                + "with the figures you presented at the readout. Please go ahead and start the commercial review.\n\nThanks,\n" + leadFirst),
                "Technical evaluation: confirmed"),
            Conditional => (TextBlock(
                $"Hi {seFirst},\n\nThe proven criteria are confirmed on our side. We're OK to start the commercial and legal review now, "
                + "but we can't sign until the parser patch is deployed and validated in our environment.\n\nRegards,\n" + leadFirst),
                "Technical evaluation: conditional"),
            Declined => (TextBlock(
                $"Hi {seFirst},\n\nSorry, we're not there yet. We measured a 31% MTTR reduction in our own runs, not 43%, and our security review "
                + "isn't finished. We can't call this a technical win at this point.\n\n" + leadFirst),
                "Technical evaluation: not yet"),
            ThumbsUp => ("<p>\U0001F44D</p>", "\U0001F44D"),
            _ => (TextBlock(
                $"Thank you for your email. I am out of the office until {now.AddDays(7).ToString("dddd, d MMMM", English)} with limited access to email. "
                + "I will respond when I return. For urgent matters, please contact the platform team."),
                "Automatic reply"),
        };
    }

    private static bool IsName(string? name) => !string.IsNullOrWhiteSpace(name) && !name.Contains('@', StringComparison.Ordinal);

    private static string FirstName(MailAddressRecord address) =>
        (string.IsNullOrWhiteSpace(address.Name) ? MimeComposer.NameFromAddress(address.Email) : address.Name).Split(' ')[0];

    private static string TextBlock(string text) =>
        string.Join(string.Empty, text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(p =>
            "<p>" + string.Join("<br>", p.Split('\n').Select(WebUtility.HtmlEncode)) + "</p>"));

    private static MailAddressRecord ParseAddress(string value)
    {
        if (!MailboxAddress.TryParse(value, out var address) || !address.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new ProspectReplyException("from", $"'{value}' is not an email address.");
        }

        return new MailAddressRecord(string.IsNullOrWhiteSpace(address.Name) ? MimeComposer.NameFromAddress(address.Address) : address.Name, address.Address);
    }

    /// <summary>The pasted message as given, only made sure to be addressed to the SE.</summary>
    private static byte[] Addressed(string raw, MailAddressRecord se)
    {
        var bytes = Encoding.UTF8.GetBytes(raw);
        if (!raw.Contains(':', StringComparison.Ordinal))
        {
            try
            {
                bytes = Convert.FromBase64String(raw);
            }
            catch (FormatException)
            {
                throw new ProspectReplyException("mime", "mime must be an RFC 822 message (the text of an .eml file) or its base64.");
            }
        }

        try
        {
            var message = MimeComposer.Load(bytes);
            if (message.From.Mailboxes.FirstOrDefault() is null)
            {
                throw new ProspectReplyException("mime", "The message has no From address.");
            }

            if (message.To.Mailboxes.Concat(message.Cc.Mailboxes).Any(m => string.Equals(m.Address, se.Email, StringComparison.OrdinalIgnoreCase)))
            {
                return bytes;
            }

            message.To.Add(new MailboxAddress(se.Name, se.Email));
            return MimeComposer.ToBytes(message);
        }
        catch (FormatException e)
        {
            throw new ProspectReplyException("mime", $"The message could not be parsed: {e.Message}");
        }
    }
}
