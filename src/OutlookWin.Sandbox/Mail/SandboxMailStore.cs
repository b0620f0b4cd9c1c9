using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using MimeKit;

namespace OutlookWin.Sandbox;

/// <summary>What a draft is created from (Graph's message JSON, already read).</summary>
public sealed record DraftInput(
    string Subject,
    string BodyType,
    string Body,
    IReadOnlyList<MailAddressRecord> To,
    IReadOnlyList<MailAddressRecord> Cc,
    IReadOnlyDictionary<string, string> ExtendedProperties);

/// <summary>What <c>PATCH /messages/{id}</c> changes (Graph's message JSON, already read); null leaves a property as it is.</summary>
public sealed record DraftUpdate(
    string? Subject = null,
    string? BodyType = null,
    string? Body = null,
    IReadOnlyList<MailAddressRecord>? To = null,
    IReadOnlyList<MailAddressRecord>? Cc = null,
    IReadOnlyDictionary<string, string>? ExtendedProperties = null,
    bool? IsRead = null)
{
    /// <summary>Whether it changes what Graph lets only a draft change (subject, body; recipients, in the Sandbox).</summary>
    internal bool ChangesContent => Subject is not null || Body is not null || To is not null || Cc is not null;
}

/// <summary>An Inbox rule: mail from an address (or from anyone at a domain, written <c>@contoso.example</c>) is filed into a folder.</summary>
public sealed record SandboxRule(string From, string Folder)
{
    internal bool Matches(MailAddressRecord? from) =>
        from is not null && (From.StartsWith('@')
            ? from.Email.EndsWith(From, StringComparison.OrdinalIgnoreCase)
            : string.Equals(from.Email, From, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A message leaving a folder, remembered so delta can report it as <c>@removed</c>.</summary>
internal sealed record Tombstone(string Id, string Folder, long Sequence);

/// <summary>
/// Every Sandbox mailbox, keyed by address (case-insensitive), created on first use with Inbox, Sent Items and
/// Drafts. One lock guards all of it: a local stand-in values being obviously right over throughput. Messages are
/// immutable records, so what leaves the lock is a snapshot.
/// </summary>
public sealed class SandboxMailStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, MailboxState> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _threadByMessageId = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;
    private readonly TimeSpan _sentCopyDelay;

    public SandboxMailStore(TimeProvider time, IOptions<SandboxOptions>? options = null)
    {
        _time = time;
        _sentCopyDelay = options?.Value.SentCopyDelay ?? TimeSpan.Zero;
    }

    /// <summary>Raised outside the lock for every message that lands in a folder (delivery, send, draft).</summary>
    internal event Action<SandboxMessage>? MessageCreated;

    /// <summary>Raised outside the lock after any change (for persistence).</summary>
    internal event Action? Changed;

    public IReadOnlyList<string> Mailboxes
    {
        get
        {
            lock (_gate)
            {
                return [.. _mailboxes.Keys.Order(StringComparer.OrdinalIgnoreCase)];
            }
        }
    }

    /// <summary>The mailbox's display name (set from the first sign-in or message that names it).</summary>
    public string DisplayName(string mailbox)
    {
        lock (_gate)
        {
            return Mailbox(mailbox).DisplayName;
        }
    }

    public void EnsureMailbox(string email, string? displayName = null)
    {
        lock (_gate)
        {
            var state = Mailbox(email);
            if (!string.IsNullOrWhiteSpace(displayName))
            {
                state.DisplayName = displayName;
            }
        }
    }

    public SandboxMessage? Find(string mailbox, string id)
    {
        lock (_gate)
        {
            return _mailboxes.TryGetValue(mailbox, out var state) && state.Messages.TryGetValue(id, out var message) ? message : null;
        }
    }

    /// <summary>
    /// A message by the id a client holds. One that asked for immutable ids holds the immutable id; one that did not
    /// holds the id of the folder it saw the message in, which no longer finds it once the message has moved.
    /// </summary>
    public SandboxMessage? Find(string mailbox, string id, bool immutableIds)
    {
        lock (_gate)
        {
            if (!_mailboxes.TryGetValue(mailbox, out var state))
            {
                return null;
            }

            if (state.Messages.TryGetValue(id, out var message))
            {
                return immutableIds || message.Moves == 0 ? message : null;
            }

            return state.Messages.Values.FirstOrDefault(m => m.Moves > 0 && SandboxIds.RestId(m) == id);
        }
    }

    /// <summary>Graph's <c>POST /messages/{id}/move</c>: the message goes to <paramref name="folder"/> (its regular id changes).</summary>
    public SandboxMessage Move(string mailbox, string id, string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        SandboxMessage moved;
        bool filed;
        lock (_gate)
        {
            var state = Mailbox(mailbox);
            var message = state.Messages.GetValueOrDefault(id) ?? throw GraphErrorException.NotFound();
            if (message.Folder == SandboxFolders.Outbox)
            {
                throw GraphErrorException.BadRequest("ErrorInvalidOperation", "A message being sent cannot be moved.");
            }

            filed = message.Folder != folder;
            moved = message with
            {
                Folder = folder,
                Moves = message.Folder == folder ? message.Moves : message.Moves + 1,
                LastModifiedAt = _time.GetUtcNow(),
                ChangeKey = SandboxIds.NewChangeKey(),
                ChangeSequence = ++state.Sequence,
            };
            state.Messages[id] = moved;
        }

        Changed?.Invoke();
        if (filed)
        {
            // Exchange reports a message moved into another folder as created there (a mailbox-wide subscription sees
            // it arrive again), with the id form the subscription asked for.
            MessageCreated?.Invoke(moved);
        }

        return moved;
    }

    /// <summary>Messages of a folder (or of the whole mailbox), newest first.</summary>
    public IReadOnlyList<SandboxMessage> List(string mailbox, string? folder = null)
    {
        lock (_gate)
        {
            if (!_mailboxes.TryGetValue(mailbox, out var state))
            {
                return [];
            }

            return [.. state.Messages.Values
                .Where(m => folder is null || m.Folder == folder)
                .OrderByDescending(m => m.ReceivedAt ?? m.CreatedAt)
                .ThenByDescending(m => m.ChangeSequence)];
        }
    }

    /// <summary>The message's MIME: stored bytes, or for a draft a rendering of its current content.</summary>
    public byte[] MimeOf(SandboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Mime is { } stored)
        {
            return stored;
        }

        var from = message.From ?? new MailAddressRecord(DisplayName(message.Mailbox), message.Mailbox);
        return MimeComposer.ToBytes(Compose(message, from, message.LastModifiedAt));
    }

    /// <summary>A draft's MIME as it goes out: threading headers of a reply or forward, and its attachments as parts.</summary>
    private static MimeMessage Compose(SandboxMessage draft, MailAddressRecord from, DateTimeOffset date) =>
        MimeComposer.Compose(from, draft.To, draft.Cc, draft.Subject, draft.BodyType, draft.Body, date,
            inReplyTo: draft.InReplyTo, references: draft.References, threadIndexParent: draft.ParentThreadIndex, attachments: draft.Attachments);

    public SandboxMessage CreateDraft(string mailbox, DraftInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        SandboxMessage draft;
        lock (_gate)
        {
            var state = Mailbox(mailbox);
            var now = _time.GetUtcNow();
            draft = new SandboxMessage
            {
                Id = SandboxIds.NewMessageId(),
                Mailbox = state.Email,
                Folder = SandboxFolders.Drafts,
                ConversationId = SandboxIds.ConversationId(Guid.NewGuid().ToString()),
                ThreadKey = string.Empty,
                CreatedAt = now,
                LastModifiedAt = now,
                IsDraft = true,
                IsRead = true,
                From = new MailAddressRecord(state.DisplayName, state.Email),
                To = input.To,
                Cc = input.Cc,
                Subject = input.Subject,
                BodyType = input.BodyType,
                Body = input.Body,
                ExtendedProperties = new Dictionary<string, string>(input.ExtendedProperties, StringComparer.OrdinalIgnoreCase),
                ChangeKey = SandboxIds.NewChangeKey(),
                ChangeSequence = ++state.Sequence,
                CreatedSequence = state.Sequence,
            };
            state.Messages[draft.Id] = draft;
        }

        Changed?.Invoke();
        MessageCreated?.Invoke(draft);
        return draft;
    }

    /// <summary>
    /// Sends a draft: composes its MIME (Message-ID, Date, From = owner) and queues it in the Outbox keeping its id
    /// (immutable ids survive moves) and extended properties; after <see cref="SandboxOptions.SentCopyDelay"/> it moves
    /// to Sent Items and a copy is delivered to every recipient's Inbox, as Exchange's transport does.
    /// </summary>
    public SandboxMessage Send(string mailbox, string draftId)
    {
        SandboxMessage sent;
        lock (_gate)
        {
            var state = Mailbox(mailbox);
            var draft = state.Messages.GetValueOrDefault(draftId) ?? throw GraphErrorException.NotFound();
            if (!draft.IsDraft)
            {
                throw GraphErrorException.BadRequest("ErrorInvalidOperation", "Only a draft can be sent.");
            }

            if (draft.To.Count + draft.Cc.Count == 0)
            {
                throw GraphErrorException.BadRequest("ErrorInvalidRecipients", "At least one recipient isn't valid., A message can't be sent because it contains no recipients.");
            }

            sent = Queue(state, draft);
            state.Tombstones.Add(new Tombstone(draft.Id, SandboxFolders.Drafts, sent.ChangeSequence));
        }

        Changed?.Invoke();
        return Transport(sent);
    }

    /// <summary>
    /// Composes a draft's MIME (Message-ID, Date, From = owner) and puts it in the Outbox keeping its id. A reply or
    /// forward stays in its original's conversation; any other message starts one.
    /// </summary>
    private SandboxMessage Queue(MailboxState state, SandboxMessage draft)
    {
        var now = _time.GetUtcNow();
        var from = new MailAddressRecord(state.DisplayName, state.Email);
        var mime = Compose(draft, from, now);
        var messageId = $"<{mime.MessageId}>";
        var threadKey = string.IsNullOrEmpty(draft.ThreadKey) ? messageId : draft.ThreadKey;
        _threadByMessageId[messageId] = threadKey;
        var sent = draft with
        {
            Folder = SandboxFolders.Outbox,
            Mime = MimeComposer.ToBytes(mime),
            InternetMessageId = messageId,
            ThreadKey = threadKey,
            ConversationId = SandboxIds.ConversationId(threadKey),
            IsDraft = false,
            IsRead = true,
            From = from,
            SentAt = now,
            ReceivedAt = now,
            LastModifiedAt = now,
            HasAttachments = draft.Attachments.Any(a => !a.IsInline),
            ChangeKey = SandboxIds.NewChangeKey(),
            ChangeSequence = ++state.Sequence,
            CreatedSequence = state.Sequence,
        };
        state.Messages[sent.Id] = sent;
        return sent;
    }

    /// <summary>
    /// Moves a queued message from the Outbox to Sent Items and delivers it to its recipients; null when it is not (or
    /// no longer) in the Outbox. Called by the transport after the delay, or at once when something needs it delivered.
    /// </summary>
    public SandboxMessage? CompleteSend(string mailbox, string id)
    {
        SandboxMessage sent;
        lock (_gate)
        {
            var state = Mailbox(mailbox);
            if (!state.Messages.TryGetValue(id, out var queued) || queued.Folder != SandboxFolders.Outbox)
            {
                return null;
            }

            sent = queued with
            {
                Folder = SandboxFolders.SentItems,
                ChangeKey = SandboxIds.NewChangeKey(),
                ChangeSequence = ++state.Sequence,
                CreatedSequence = state.Sequence,
            };
            state.Messages[id] = sent;
        }

        Changed?.Invoke();
        MessageCreated?.Invoke(sent);
        var bounced = new List<string>();
        foreach (var recipient in sent.To.Concat(sent.Cc).Select(r => r.Email).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (Unknown(recipient))
            {
                bounced.Add(recipient);
                continue;
            }

            try
            {
                Deliver(recipient, sent.Mime!);
            }
            catch (GraphErrorException)
            {
                // An address no mailbox can have: bounced like an unknown one; the sent copy stands.
                bounced.Add(recipient);
            }
        }

        if (bounced.Count > 0)
        {
            // Exchange answers an unknown recipient with a non-delivery report in the sender's Inbox, in the same
            // conversation as what bounced.
            Deliver(sent.Mailbox, MimeComposer.ToBytes(MimeComposer.NonDeliveryReport(sent, bounced, _time.GetUtcNow())));
        }

        var delayed = sent.To.Concat(sent.Cc).Select(r => r.Email).Distinct(StringComparer.OrdinalIgnoreCase).Where(Unreachable).ToList();
        if (delayed.Count > 0)
        {
            // A recipient whose server does not answer for a while: Exchange keeps retrying and tells the sender
            // "Delivery delayed" (the message here still arrives, as it does once the server is back).
            Deliver(sent.Mailbox, MimeComposer.ToBytes(MimeComposer.DelayNotice(sent, delayed, _time.GetUtcNow())));
        }

        return sent;
    }

    /// <summary>Completes every message still in an Outbox (after a restart: the transport picks them up again).</summary>
    internal void CompleteQueuedSends()
    {
        List<(string Mailbox, string Id)> queued;
        lock (_gate)
        {
            queued = [.. _mailboxes.Values.SelectMany(m => m.Messages.Values).Where(m => m.Folder == SandboxFolders.Outbox).Select(m => (m.Mailbox, m.Id))];
        }

        foreach (var (mailbox, id) in queued)
        {
            CompleteSend(mailbox, id);
        }
    }

    /// <summary>Hands a message queued in the Outbox to the transport: at once, or after the configured delay.</summary>
    private SandboxMessage Transport(SandboxMessage queued)
    {
        if (_sentCopyDelay <= TimeSpan.Zero)
        {
            return CompleteSend(queued.Mailbox, queued.Id) ?? queued;
        }

        _ = CompleteLaterAsync(queued.Mailbox, queued.Id);
        return queued;
    }

    private async Task CompleteLaterAsync(string mailbox, string id)
    {
        await Task.Delay(_sentCopyDelay, _time).ConfigureAwait(false);
        CompleteSend(mailbox, id);
    }

    /// <summary>
    /// Forwards a message the way Graph's <c>forward</c> does: a new message with the comment, Outlook's header
    /// block and the original body inline (its attachments attached), saved in Sent Items and delivered. No draft is
    /// seen on the way.
    /// </summary>
    public SandboxMessage Forward(string mailbox, string messageId, string comment, IReadOnlyList<MailAddressRecord> to, IReadOnlyList<MailAddressRecord> cc)
    {
        var original = Find(mailbox, messageId) ?? throw GraphErrorException.NotFound();
        var draft = ForwardDraft(original, comment) with { To = to, Cc = cc };
        SandboxMessage sent;
        lock (_gate)
        {
            sent = Queue(Mailbox(mailbox), draft);
        }

        Changed?.Invoke();
        return Transport(sent);
    }

    /// <summary>
    /// Graph's <c>createReply</c>: a draft answering the original's sender, "RE:" and the original's subject, Outlook's
    /// quoted original below the comment, and threaded — once sent it carries <c>In-Reply-To</c> and <c>References</c>
    /// and stays in the original's conversation.
    /// </summary>
    public SandboxMessage CreateReply(string mailbox, string messageId, string? comment)
    {
        var original = Find(mailbox, messageId) ?? throw GraphErrorException.NotFound();
        var originalMime = original.IsDraft ? null : MimeComposer.Load(MimeOf(original));
        var references = (originalMime?.References.Select(r => $"<{r}>") ?? []).ToList();
        if (original.InternetMessageId is { } answered && !references.Contains(answered, StringComparer.Ordinal))
        {
            references.Add(answered);
        }

        return AddDraft(mailbox, original, state => new SandboxMessage
        {
            Id = SandboxIds.NewMessageId(),
            Mailbox = state.Email,
            Folder = SandboxFolders.Drafts,
            ConversationId = original.ConversationId,
            ThreadKey = original.ThreadKey,
            CreatedAt = _time.GetUtcNow(),
            LastModifiedAt = _time.GetUtcNow(),
            IsDraft = true,
            IsRead = true,
            From = new MailAddressRecord(state.DisplayName, state.Email),
            To = original.From is { } sender ? [sender] : [],
            Subject = "RE: " + MimeComposer.NormalizedSubject(original.Subject),
            BodyType = "html",
            Body = MimeComposer.QuotedBody(comment, original),
            InReplyTo = original.InternetMessageId,
            References = references,
            ParentThreadIndex = originalMime?.Headers["Thread-Index"],
            ChangeKey = SandboxIds.NewChangeKey(),
        });
    }

    /// <summary>
    /// Graph's <c>createForward</c>: a draft with "FW:" and the original's subject, the comment above Outlook's header
    /// block and the original inline, and the original's attachments.
    /// </summary>
    public SandboxMessage CreateForward(string mailbox, string messageId, string? comment, IReadOnlyList<MailAddressRecord> to, IReadOnlyList<MailAddressRecord> cc)
    {
        var original = Find(mailbox, messageId) ?? throw GraphErrorException.NotFound();
        var draft = ForwardDraft(original, comment);
        return AddDraft(mailbox, original, state => draft with
        {
            Mailbox = state.Email,
            From = new MailAddressRecord(state.DisplayName, state.Email),
            To = to,
            Cc = cc,
        });
    }

    /// <summary>A forward of <paramref name="original"/>, as a draft not yet stored anywhere.</summary>
    private SandboxMessage ForwardDraft(SandboxMessage original, string? comment)
    {
        var now = _time.GetUtcNow();
        var originalMime = MimeComposer.Load(MimeOf(original));
        return new SandboxMessage
        {
            Id = SandboxIds.NewMessageId(),
            Mailbox = original.Mailbox,
            Folder = SandboxFolders.Drafts,
            ConversationId = original.ConversationId,
            ThreadKey = original.ThreadKey,
            CreatedAt = now,
            LastModifiedAt = now,
            IsDraft = true,
            IsRead = true,
            Subject = "FW: " + MimeComposer.NormalizedSubject(original.Subject),
            BodyType = "html",
            Body = MimeComposer.QuotedBody(comment, original),
            References = original.InternetMessageId is { } id ? [id] : [],
            ParentThreadIndex = originalMime.Headers["Thread-Index"],
            Attachments = MimeComposer.Attachments(originalMime, now),
            HasAttachments = originalMime.Attachments.Any(),
            ChangeKey = SandboxIds.NewChangeKey(),
        };
    }

    private SandboxMessage AddDraft(string mailbox, SandboxMessage original, Func<MailboxState, SandboxMessage> create)
    {
        SandboxMessage draft;
        lock (_gate)
        {
            var state = Mailbox(mailbox);
            if (!state.Messages.ContainsKey(original.Id))
            {
                throw GraphErrorException.NotFound();
            }

            draft = create(state) with { ChangeSequence = ++state.Sequence };
            state.Messages[draft.Id] = draft;
        }

        Changed?.Invoke();
        MessageCreated?.Invoke(draft);
        return draft;
    }

    /// <summary>
    /// Graph's <c>PATCH /messages/{id}</c>. Subject and body change on a draft only (Graph:
    /// <c>ErrorInvalidPropertyUpdateSentMessage</c> otherwise), and so do recipients here; extended properties and
    /// read state on any message.
    /// </summary>
    public SandboxMessage Update(string mailbox, string id, DraftUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        SandboxMessage updated;
        lock (_gate)
        {
            var state = Mailbox(mailbox);
            var message = state.Messages.GetValueOrDefault(id) ?? throw GraphErrorException.NotFound();
            if (!message.IsDraft && update.ChangesContent)
            {
                throw GraphErrorException.BadRequest("ErrorInvalidPropertyUpdateSentMessage", "Update operation is invalid for property of a sent message.");
            }

            var properties = new Dictionary<string, string>(message.ExtendedProperties, StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in update.ExtendedProperties ?? new Dictionary<string, string>())
            {
                properties[key] = value;
            }

            // Exchange keys a conversation on its topic (the subject without RE:/FW:): a draft whose subject is edited
            // starts a conversation of its own.
            var conversationId = update.Subject is { } subject
                && !string.Equals(MimeComposer.NormalizedSubject(subject), MimeComposer.NormalizedSubject(message.Subject), StringComparison.OrdinalIgnoreCase)
                    ? SandboxIds.ConversationId(Guid.NewGuid().ToString())
                    : message.ConversationId;
            updated = message with
            {
                ConversationId = conversationId,
                Subject = update.Subject ?? message.Subject,
                BodyType = update.BodyType ?? message.BodyType,
                Body = update.Body ?? message.Body,
                To = update.To ?? message.To,
                Cc = update.Cc ?? message.Cc,
                ExtendedProperties = properties,
                IsRead = update.IsRead ?? message.IsRead,
                LastModifiedAt = _time.GetUtcNow(),
                ChangeKey = SandboxIds.NewChangeKey(),
                ChangeSequence = ++state.Sequence,
            };
            state.Messages[id] = updated;
        }

        Changed?.Invoke();
        return updated;
    }

    /// <summary>Graph's <c>POST /messages/{id}/attachments</c> for a file: kept with the draft, sent as a MIME part.</summary>
    public SandboxAttachment AddAttachment(string mailbox, string id, string name, string contentType, byte[] content, bool isInline, string? contentId)
    {
        SandboxAttachment attachment;
        lock (_gate)
        {
            var state = Mailbox(mailbox);
            var message = state.Messages.GetValueOrDefault(id) ?? throw GraphErrorException.NotFound();
            if (!message.IsDraft)
            {
                throw GraphErrorException.BadRequest("ErrorInvalidOperation", "The Sandbox adds attachments to drafts only.");
            }

            var now = _time.GetUtcNow();
            attachment = new SandboxAttachment(SandboxIds.NewAttachmentId(), name, contentType, content, isInline, contentId, now);
            state.Messages[id] = message with
            {
                Attachments = [.. message.Attachments, attachment],
                HasAttachments = message.HasAttachments || !isInline,
                LastModifiedAt = now,
                ChangeKey = SandboxIds.NewChangeKey(),
                ChangeSequence = ++state.Sequence,
            };
        }

        Changed?.Invoke();
        return attachment;
    }

    /// <summary>
    /// Puts a MIME message into a mailbox's folder exactly as given, threading it into a known conversation when its
    /// In-Reply-To/References name a known Message-ID, and raises the change. Mail for the Inbox is filed as Exchange
    /// would: into Junk when its sender failed DMARC, else into the folder of the first rule that matches its sender.
    /// </summary>
    public SandboxMessage Deliver(string recipient, byte[] mime, string folder = SandboxFolders.Inbox)
    {
        ArgumentNullException.ThrowIfNull(mime);
        var parsed = MimeComposer.Parse(mime);
        SandboxMessage delivered;
        lock (_gate)
        {
            var state = Mailbox(recipient);
            if (folder == SandboxFolders.Inbox)
            {
                folder = FailsDmarc(parsed) ? SandboxFolders.JunkEmail : state.Rules.FirstOrDefault(r => r.Matches(parsed.From))?.Folder ?? folder;
            }

            var received = SandboxFolders.HoldsReceivedMail(folder);
            var now = _time.GetUtcNow();
            var messageId = parsed.MessageId ?? $"<{Guid.NewGuid():N}@sandbox.local>";
            var threadKey = ThreadOf(parsed) ?? messageId;
            _threadByMessageId.TryAdd(messageId, threadKey);
            delivered = new SandboxMessage
            {
                Id = SandboxIds.NewMessageId(),
                Mailbox = state.Email,
                Folder = folder,
                Mime = mime,
                InternetMessageId = parsed.MessageId,
                ThreadKey = threadKey,
                ConversationId = SandboxIds.ConversationId(threadKey),
                CreatedAt = now,
                LastModifiedAt = now,
                SentAt = parsed.Date ?? now,
                ReceivedAt = received ? now : parsed.Date ?? now,
                IsRead = !received,
                From = parsed.From,
                To = parsed.To,
                Cc = parsed.Cc,
                Subject = parsed.Subject,
                BodyType = parsed.BodyType,
                Body = parsed.Body,
                Headers = received ? parsed.Headers : null,
                ChangeKey = SandboxIds.NewChangeKey(),
                ChangeSequence = ++state.Sequence,
                CreatedSequence = state.Sequence,
                HasAttachments = parsed.HasAttachments,
            };
            state.Messages[delivered.Id] = delivered;
        }

        Changed?.Invoke();
        MessageCreated?.Invoke(delivered);
        return delivered;
    }

    /// <summary>Adds an Inbox rule to a mailbox (after its existing ones, as Outlook appends a new rule).</summary>
    public void AddRule(string mailbox, SandboxRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            Mailbox(mailbox).Rules.Add(rule);
        }

        Changed?.Invoke();
    }

    /// <summary>Whether the receiving server's Authentication-Results (stamped on delivery) say DMARC failed.</summary>
    private static bool FailsDmarc(ParsedMail parsed) =>
        parsed.Headers.Any(h => string.Equals(h.Key, "Authentication-Results", StringComparison.OrdinalIgnoreCase)
            && h.Value.Contains("dmarc=fail", StringComparison.OrdinalIgnoreCase));

    /// <summary>Deletes a message (delta reports it as <c>@removed</c>).</summary>
    public bool Delete(string mailbox, string id)
    {
        lock (_gate)
        {
            if (!_mailboxes.TryGetValue(mailbox, out var state) || !state.Messages.Remove(id, out var removed))
            {
                return false;
            }

            state.Tombstones.Add(new Tombstone(id, removed.Folder, ++state.Sequence));
        }

        Changed?.Invoke();
        return true;
    }

    /// <summary>The mailbox's change sequence, the messages of a folder changed after <paramref name="since"/>, and the ids that left it.</summary>
    internal (long Sequence, IReadOnlyList<SandboxMessage> Changed, IReadOnlyList<string> Removed) ChangesSince(string mailbox, string folder, long since)
    {
        lock (_gate)
        {
            var state = Mailbox(mailbox);
            var changed = state.Messages.Values
                .Where(m => m.Folder == folder && m.ChangeSequence > since)
                .OrderByDescending(m => m.ReceivedAt ?? m.CreatedAt)
                .ToList();
            var present = changed.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            var removed = since == 0
                ? []
                : state.Tombstones.Where(t => t.Folder == folder && t.Sequence > since && !present.Contains(t.Id)).Select(t => t.Id).Distinct().ToList();
            return (state.Sequence, changed, removed);
        }
    }

    /// <summary>A copy of all state, for persistence.</summary>
    internal SandboxSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new SandboxSnapshot(
                [.. _mailboxes.Values.Select(m => new SandboxSnapshot.MailboxData(m.Email, m.DisplayName, m.Sequence, [.. m.Messages.Values], [.. m.Tombstones]) { Rules = [.. m.Rules] })],
                new Dictionary<string, string>(_threadByMessageId, StringComparer.OrdinalIgnoreCase));
        }
    }

    internal void Restore(SandboxSnapshot snapshot)
    {
        lock (_gate)
        {
            _mailboxes.Clear();
            _threadByMessageId.Clear();
            foreach (var data in snapshot.Mailboxes)
            {
                var state = new MailboxState(data.Email) { DisplayName = data.DisplayName, Sequence = data.Sequence };
                foreach (var message in data.Messages)
                {
                    // JSON gives dictionaries back with the default comparer; property ids compare case-insensitively.
                    state.Messages[message.Id] = message with
                    {
                        ExtendedProperties = new Dictionary<string, string>(message.ExtendedProperties, StringComparer.OrdinalIgnoreCase),
                    };
                }

                state.Tombstones.AddRange(data.Tombstones);
                state.Rules.AddRange(data.Rules ?? []);
                _mailboxes[data.Email] = state;
            }

            foreach (var (key, value) in snapshot.Threads)
            {
                _threadByMessageId[key] = value;
            }
        }
    }

    private string? ThreadOf(ParsedMail parsed)
    {
        if (parsed.InReplyTo is not null && _threadByMessageId.TryGetValue(parsed.InReplyTo, out var byReply))
        {
            return byReply;
        }

        foreach (var reference in parsed.References.Reverse())
        {
            if (_threadByMessageId.TryGetValue(reference, out var byReference))
            {
                return byReference;
            }
        }

        return null;
    }

    /// <summary>
    /// An address no server will take: one under the reserved <c>.invalid</c> top-level domain (RFC 2606), which the
    /// Sandbox treats as Exchange treats a recipient not found, with a non-delivery report.
    /// </summary>
    public static bool Unknown(string email) =>
        email.TrimEnd().EndsWith(".invalid", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// An address whose server is down for a while: a domain whose first label is <c>unreachable</c>
    /// (<c>dana@unreachable.contoso.example</c>). Exchange sends the sender a delay notice and delivers later.
    /// </summary>
    public static bool Unreachable(string email) =>
        email.IndexOf('@', StringComparison.Ordinal) is var at and >= 0
        && email[(at + 1)..].StartsWith("unreachable.", StringComparison.OrdinalIgnoreCase) && !Unknown(email);

    private MailboxState Mailbox(string email)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            throw new GraphErrorException(StatusCodes.Status400BadRequest, "ErrorInvalidRecipients", $"'{email}' is not a valid SMTP address.");
        }

        if (!_mailboxes.TryGetValue(email, out var state))
        {
            state = new MailboxState(email.Trim().ToLowerInvariant()) { DisplayName = MimeComposer.NameFromAddress(email) };
            _mailboxes[state.Email] = state;
        }

        return state;
    }

    private sealed class MailboxState(string email)
    {
        public string Email { get; } = email;

        public string DisplayName { get; set; } = email;

        public long Sequence { get; set; }

        public Dictionary<string, SandboxMessage> Messages { get; } = new(StringComparer.Ordinal);

        public List<Tombstone> Tombstones { get; } = [];

        public List<SandboxRule> Rules { get; } = [];
    }
}

/// <summary>Everything the mail store holds, as saved to <see cref="SandboxOptions.DataPath"/>.</summary>
internal sealed record SandboxSnapshot(IReadOnlyList<SandboxSnapshot.MailboxData> Mailboxes, IReadOnlyDictionary<string, string> Threads)
{
    /// <summary>The subscriptions (absent from files saved before they were kept).</summary>
    public IReadOnlyList<SandboxSubscription>? Subscriptions { get; init; }

    /// <summary>The delta and skip tokens, oldest first.</summary>
    public IReadOnlyList<SavedDeltaToken>? DeltaTokens { get; init; }

    internal sealed record MailboxData(string Email, string DisplayName, long Sequence, IReadOnlyList<SandboxMessage> Messages, IReadOnlyList<Tombstone> Tombstones)
    {
        /// <summary>Inbox rules (absent from files saved before rules existed).</summary>
        public IReadOnlyList<SandboxRule>? Rules { get; init; }
    }
}
