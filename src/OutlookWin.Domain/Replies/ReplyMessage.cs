using MimeKit;

namespace OutlookWin.Domain.Replies;

/// <summary>One reply reduced to what the reader needs, from raw MIME or from Graph's parts.</summary>
internal sealed record ReplyMessage(
    string? Subject,
    string? From,
    string? Html,
    string? Text,
    IReadOnlyDictionary<string, string> Headers,
    DateTimeOffset? Date,
    string? ReactionEmoji,
    string? ContentType = null,
    ReplyMessage? Attached = null,
    string? DeliveryAction = null,
    bool MeetingResponse = false)
{
    static ReplyMessage()
    {
        // ISO-2022-JP, Shift_JIS, EUC-KR, GB2312, windows-125x...: .NET ships them but only decodes them once this
        // provider is registered (idempotent, process-wide). Without it MimeKit hands back the raw bytes.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    public static ReplyMessage FromParts(ReplyParts parts)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in parts.Headers ?? new Dictionary<string, string>())
        {
            headers[name] = value;
        }

        var date = parts.Date;
        if (date is null && headers.TryGetValue("Date", out var raw) && MimeKit.Utils.DateUtils.TryParse(raw, out var parsed))
        {
            date = parsed;
        }

        return new ReplyMessage(parts.Subject, parts.From, parts.Html, parts.Text, headers, date, null, headers.GetValueOrDefault("Content-Type"));
    }

    internal static ReplyMessage FromMime(Stream stream, ReplyReaderOptions options, Deadline deadline)
    {
        var buffer = ReadBounded(stream, options.MaxMessageBytes);
        if (buffer.Length == 0)
        {
            throw new ReplyReadException(ReplyReadError.Empty, "The message is empty.");
        }

        if (HeaderBlockLength(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) > options.MaxHeaderBytes)
        {
            // Parsing long folded headers costs the square of their length; no mail server sends this much.
            throw new ReplyReadException(ReplyReadError.TooLarge, $"The message's headers are larger than the {options.MaxHeaderBytes} byte limit.");
        }

        MimeMessage message;
        try
        {
            buffer.Position = 0;
            message = MimeMessage.Load(new ParserOptions { MaxMimeDepth = 16 }, buffer, deadline.Token);
        }
        catch (FormatException ex)
        {
            throw new ReplyReadException(ReplyReadError.Malformed, "The message is not readable MIME: " + ex.Message, ex);
        }
        catch (OperationCanceledException ex)
        {
            // The budget ran out inside the parser (the caller's own cancellation is rethrown as it is).
            throw deadline.Exceeded("parsing the message", ex);
        }

        deadline.Check("parsing the message");

        return FromMessage(message, attachedDepth: 0);
    }

    /// <summary>The reader's view of a parsed message; a message attached to it (forwarded as an attachment) is kept one level deep.</summary>
    private static ReplyMessage FromMessage(MimeMessage message, int attachedDepth)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in message.Headers)
        {
            headers.TryAdd(header.Field, header.Value);
        }

        string? html = null;
        string? text = null;
        string? reaction = null;
        foreach (var part in Entities(message.Body).OfType<TextPart>().Take(32))
        {
            if (part.IsAttachment)
            {
                continue;
            }

            if (part.ContentType.IsMimeType("text", "vnd.google.email-reaction+json"))
            {
                reaction = EmojiOf(SafeText(part));
            }
            else if (part.IsHtml && html is null)
            {
                html = SafeText(part);
            }
            else if (part.IsPlain && text is null)
            {
                text = SafeText(part);
            }
        }

        DateTimeOffset? date = message.Headers.Contains(HeaderId.Date) ? message.Date : null;
        var contentType = message.Body?.ContentType is { } type
            ? type.MimeType + (type.Parameters["report-type"] is { } report ? $"; report-type={report}" : string.Empty)
            : null;
        var attached = attachedDepth == 0 && Entities(message.Body).OfType<MessagePart>().FirstOrDefault(p => p.Message is not null)?.Message is { } inner
            ? FromMessage(inner, attachedDepth + 1)
            : null;
        // A delivery report's per-recipient action (RFC 3464): "failed", or "delayed" while the server keeps trying.
        var action = Entities(message.Body).OfType<MessageDeliveryStatus>().FirstOrDefault()?.StatusGroups
            .Skip(1).Select(g => g["Action"]?.Trim().ToLowerInvariant()).FirstOrDefault(a => !string.IsNullOrEmpty(a));
        // An answer to a meeting invitation (iCalendar METHOD:REPLY, RFC 5546): what Outlook sends when "Accept" is clicked.
        var meeting = Entities(message.Body).OfType<MimePart>().Take(32).Any(p => p.ContentType.IsMimeType("text", "calendar")
            && (string.Equals(p.ContentType.Parameters["method"], "REPLY", StringComparison.OrdinalIgnoreCase)
                || (p is TextPart calendar && SafeText(calendar).Contains("METHOD:REPLY", StringComparison.OrdinalIgnoreCase))));
        return new ReplyMessage(message.Subject, message.From?.ToString(), html, text, headers, date, reaction, contentType, attached, action, meeting);
    }

    /// <summary>Every entity of the body, depth first, without descending into attached messages.</summary>
    private static IEnumerable<MimeEntity> Entities(MimeEntity? root)
    {
        if (root is null)
        {
            yield break;
        }

        var stack = new Stack<MimeEntity>([root]);
        var seen = 0;
        while (stack.Count > 0 && seen++ < 256)
        {
            var entity = stack.Pop();
            yield return entity;
            if (entity is Multipart multipart)
            {
                foreach (var child in multipart.Reverse())
                {
                    stack.Push(child);
                }
            }
        }

    }

    private static string SafeText(TextPart part)
    {
        try
        {
            return part.Text ?? "";
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or FormatException or System.Text.DecoderFallbackException)
        {
            // An unknown or lying charset: read it as Latin-1 rather than give up on the message.
            return part.GetText(System.Text.Encoding.Latin1);
        }
    }

    private static string? EmojiOf(string json)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(json, new System.Text.Json.JsonDocumentOptions { MaxDepth = 8 });
            return doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && doc.RootElement.TryGetProperty("emoji", out var e)
                ? e.GetString() ?? "?"
                : "?";
        }
        catch (System.Text.Json.JsonException)
        {
            return "?";
        }
    }

    /// <summary>Bytes before the first empty line (the top-level header block), or the whole message without one.</summary>
    internal static int HeaderBlockLength(ReadOnlySpan<byte> mime)
    {
        var at = 0;
        while (at < mime.Length)
        {
            var end = mime[at..].IndexOf((byte)'\n');
            var line = end < 0 ? mime[at..] : mime[at..(at + end)];
            if (line.IsEmpty || line is [(byte)'\r'])
            {
                return at;
            }

            if (end < 0)
            {
                break;
            }

            at += end + 1;
        }

        return mime.Length;
    }

    private static MemoryStream ReadBounded(Stream stream, long max)
    {
        var result = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (result.Length + read > max)
            {
                throw new ReplyReadException(ReplyReadError.TooLarge, $"The message is larger than the {max} byte limit.");
            }

            result.Write(chunk, 0, read);
        }

        return result;
    }
}
