namespace OutlookWin.Domain.Replies;

/// <summary>What the envelope (headers, subject, MIME parts) says before the text is read.</summary>
/// <param name="Strong">The header or subject that proves an automatic message, as written (quoted as evidence).</param>
/// <param name="Weak">A header that only suggests one.</param>
/// <param name="Reaction">An emoji reaction.</param>
/// <param name="Plain">What <paramref name="Strong"/> or <paramref name="Weak"/> means, in plain words for the explanation.</param>
/// <param name="Kind">Which kind of automatic message, when the envelope says (a report's type).</param>
/// <param name="MeetingResponse">An answer to a meeting invitation: what it accepts or declines is the meeting.</param>
internal sealed record AutoReplyHints(string? Strong, string? Weak, bool Reaction, string? Plain = null, AutomaticKind? Kind = null, bool MeetingResponse = false)
{
    public static AutoReplyHints None { get; } = new(null, null, false);
}
