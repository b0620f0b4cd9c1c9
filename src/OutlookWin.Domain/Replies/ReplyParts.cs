namespace OutlookWin.Domain.Replies;

/// <summary>
/// A reply as Microsoft Graph gives it in JSON: subject, sender, one body and the internet headers.
/// Set <see cref="Html"/> or <see cref="Text"/>; when both are set the HTML is read.
/// </summary>
public sealed record ReplyParts
{
    public string? Subject { get; init; }

    public string? From { get; init; }

    public string? Html { get; init; }

    public string? Text { get; init; }

    /// <summary>Internet message headers by name (case-insensitive lookup is done by the reader).</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>When the reply was sent; return dates without a year are counted from it.</summary>
    public DateTimeOffset? Date { get; init; }
}
