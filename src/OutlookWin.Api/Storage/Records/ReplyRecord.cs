using OutlookWin.Domain.Replies;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Storage;

/// <summary>
/// A reply matched to a declaration, kept as evidence: the raw MIME exactly as received and its SHA-256, with the
/// reading. Written once and never updated.
/// </summary>
public sealed class ReplyRecord
{
    public Guid Id { get; set; }

    public Guid DeclarationId { get; set; }

    public required string OwnerTenantId { get; set; }

    public required string OwnerObjectId { get; set; }

    /// <summary>The message's immutable Graph id.</summary>
    public required string MessageId { get; set; }

    public string? InternetMessageId { get; set; }

    public required string FromEmail { get; set; }

    public string? FromName { get; set; }

    public required string Subject { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset StoredAt { get; set; }

    /// <summary>How the message was recognised as a reply.</summary>
    public MatchSignal MatchedBy { get; set; }

    public required byte[] Mime { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Mime"/>.</summary>
    public required string Sha256 { get; set; }

    public ReplyVerdict Verdict { get; set; }

    public double Confidence { get; set; }

    public required string ReplyText { get; set; }

    /// <summary>Evidence sentences, conditions, objections and per-criterion readings (stored as JSON).</summary>
    public required ReplyReading Reading { get; set; }

    public DateOnly? ReturnDate { get; set; }

    /// <summary>Who the sender is to the plan: the lead engineer, a named contact, a colleague, or someone else.</summary>
    public SenderRole SenderRole { get; set; }

    /// <summary>What the receiving server concluded about the sender (its topmost Authentication-Results).</summary>
    public SenderAuthentication Authentication { get; set; }

    /// <summary>The checks in short ("spf=pass dkim=pass dmarc=pass compauth=pass"), empty when none were stamped.</summary>
    public string AuthenticationResults { get; set; } = string.Empty;
}
