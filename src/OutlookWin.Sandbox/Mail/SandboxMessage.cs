namespace OutlookWin.Sandbox;

/// <summary>A named address.</summary>
public sealed record MailAddressRecord(string Name, string Email);

/// <summary>
/// A file attached to a message, as Graph's <c>fileAttachment</c>: its bytes exactly as given (base64 in the saved
/// data), which a sent message carries as a MIME attachment.
/// </summary>
public sealed record SandboxAttachment(
    string Id,
    string Name,
    string ContentType,
    byte[] Content,
    bool IsInline,
    string? ContentId,
    DateTimeOffset LastModifiedAt);

/// <summary>
/// One message in a Sandbox mailbox: the raw MIME (what <c>$value</c> returns, byte for byte; null for drafts, whose
/// MIME is composed on request) and the metadata Graph exposes. Immutable: changes replace the record.
/// </summary>
public sealed record SandboxMessage
{
    public required string Id { get; init; }

    /// <summary>The owning mailbox's address (lower case).</summary>
    public required string Mailbox { get; init; }

    /// <summary>Well-known folder name: <c>inbox</c>, <c>sentitems</c> or <c>drafts</c>.</summary>
    public required string Folder { get; init; }

    public byte[]? Mime { get; init; }

    public string? InternetMessageId { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>The Message-ID of the thread's first message: what joins a conversation across mailboxes.</summary>
    public required string ThreadKey { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset LastModifiedAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    public bool IsDraft { get; init; }

    public bool IsRead { get; init; }

    public MailAddressRecord? From { get; init; }

    public IReadOnlyList<MailAddressRecord> To { get; init; } = [];

    public IReadOnlyList<MailAddressRecord> Cc { get; init; } = [];

    public string Subject { get; init; } = string.Empty;

    /// <summary><c>html</c> or <c>text</c>.</summary>
    public string BodyType { get; init; } = "html";

    public string Body { get; init; } = string.Empty;

    /// <summary>Internet headers of a received message (Graph exposes none for drafts and sent items).</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Headers { get; init; }

    /// <summary>Single-value extended properties by id (ids compared case-insensitively).</summary>
    public IReadOnlyDictionary<string, string> ExtendedProperties { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public required string ChangeKey { get; init; }

    /// <summary>
    /// How often the message was moved to another folder. Exchange's regular ids name the folder too, so each move gives
    /// the message a new one; its immutable id (<see cref="Id"/>, what a client asking for immutable ids sees) stays.
    /// </summary>
    public int Moves { get; init; }

    /// <summary>Mailbox change sequence of the last change (drives delta).</summary>
    public long ChangeSequence { get; init; }

    /// <summary>
    /// Mailbox change sequence when the message landed in its folder (delivered, drafted, moved there): delta's
    /// <c>changeType=created</c> reports it only in the round after that.
    /// </summary>
    public long CreatedSequence { get; init; }

    public bool HasAttachments { get; init; }

    /// <summary>A draft's attachments (what <c>POST …/attachments</c> added, or the original's on a forward), sent as MIME parts.</summary>
    public IReadOnlyList<SandboxAttachment> Attachments { get; init; } = [];

    /// <summary>For a reply draft: the Message-ID it answers, sent as <c>In-Reply-To</c>.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>For a reply or forward draft: the thread's Message-IDs, oldest first, sent as <c>References</c>.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>For a reply or forward draft: the original's <c>Thread-Index</c>, which the sent message extends.</summary>
    public string? ParentThreadIndex { get; init; }
}
