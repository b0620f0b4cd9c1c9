namespace OutlookWin.Domain.Replies;

/// <summary>What the envelope (headers, subject, MIME parts) says before the text is read.</summary>
internal sealed record AutoReplyHints(string? Strong, string? Weak, bool Reaction)
{
    public static AutoReplyHints None { get; } = new(null, null, false);
}
