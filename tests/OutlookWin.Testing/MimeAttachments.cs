using MimeKit;

namespace OutlookWin.Testing;

/// <summary>An attachment of a received message, as a mail client saves it.</summary>
public sealed record ReceivedAttachment(string Name, string ContentType, byte[] Content);

/// <summary>Reads the attachments out of a message's MIME.</summary>
public static class MimeAttachments
{
    /// <summary>A file's decoded bytes; an attached message (<c>message/rfc822</c>) as it is written in the MIME.</summary>
    public static IReadOnlyList<ReceivedAttachment> Read(byte[] mime)
    {
        ArgumentNullException.ThrowIfNull(mime);
        using var message = MimeMessage.Load(new MemoryStream(mime, writable: false));
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        var result = new List<ReceivedAttachment>();
        foreach (var entity in message.Attachments)
        {
            using var content = new MemoryStream();
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

            result.Add(new ReceivedAttachment(entity.ContentDisposition?.FileName ?? entity.ContentType.Name ?? string.Empty, entity.ContentType.MimeType, content.ToArray()));
        }

        return result;
    }
}
