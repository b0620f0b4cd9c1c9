using System.Text.Json;
using Microsoft.Graph.Models;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Graph;

/// <summary>Graph SDK messages to the Domain's records; no SDK type leaves this project.</summary>
internal static class MessageMapping
{
    public static MailMessage ToMailMessage(Message message)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in message.InternetMessageHeaders ?? [])
        {
            // The first occurrence wins (for trace headers such as Received it is the most recent one).
            if (header.Name is { Length: > 0 } name && header.Value is not null)
            {
                headers.TryAdd(name, header.Value);
            }
        }

        headers.TryGetValue("In-Reply-To", out var inReplyTo);
        var references = headers.TryGetValue("References", out var refs)
            ? refs.Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries)
            : [];

        return new MailMessage(
            message.Id ?? string.Empty,
            message.InternetMessageId,
            message.ConversationId,
            message.Subject ?? string.Empty,
            message.From?.EmailAddress is { } from ? ToDomain(from) : null,
            (message.ToRecipients ?? []).Where(r => r.EmailAddress is not null).Select(r => ToDomain(r.EmailAddress!)).ToList(),
            message.SentDateTime,
            message.ReceivedDateTime,
            string.IsNullOrWhiteSpace(inReplyTo) ? null : inReplyTo.Trim(),
            references,
            headers,
            StampedDeclarationId(message) ?? AddinDeclarationId(message));
    }

    /// <summary>The declaration id the service stamped on the draft, when the property was expanded.</summary>
    public static Guid? StampedDeclarationId(Message message)
    {
        var value = Property(message, DeclarationMark.ExtendedPropertyId);
        return Guid.TryParse(value, out var id) ? id : null;
    }

    /// <summary>The declaration id inside the add-in's custom-properties JSON, when the property was expanded.</summary>
    public static Guid? AddinDeclarationId(Message message)
    {
        // Only the configured add-in's property is ever asked for (expanded): whichever cecp- property came is ours.
        var json = message.SingleValueExtendedProperties?
            .FirstOrDefault(p => p.Id?.StartsWith(DeclarationMark.AddinCustomPropertiesPrefix, StringComparison.OrdinalIgnoreCase) == true)?.Value;
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (string.Equals(property.Name, DeclarationMark.CustomPropertyName, StringComparison.OrdinalIgnoreCase)
                    && property.Value.ValueKind == JsonValueKind.String
                    && Guid.TryParse(property.Value.GetString(), out var id))
                {
                    return id;
                }
            }
        }
        catch (JsonException)
        {
            // Someone else's malformed custom properties: not ours.
        }

        return null;
    }

    private static string? Property(Message message, string id) =>
        message.SingleValueExtendedProperties?
            .FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))?.Value;

    private static Domain.Mail.Recipient ToDomain(EmailAddress address) =>
        new(address.Name ?? string.Empty, address.Address ?? string.Empty);
}
