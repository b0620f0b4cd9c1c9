using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace OutlookWin.Sandbox;

/// <summary>
/// The OData query options the Sandbox understands on messages — exactly the shapes OutlookWin sends — and Graph's
/// 400 for anything else it would otherwise have to ignore silently.
/// </summary>
internal sealed partial record MessageQuery(
    IReadOnlyList<string>? Select,
    MessageFilter? Filter,
    ExpandExtendedProperties? Expand,
    int? Top,
    int Skip,
    string? OrderBy)
{
    /// <summary>Every message property the Sandbox can return (valid in $select).</summary>
    public static readonly IReadOnlySet<string> Properties = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "id", "createdDateTime", "lastModifiedDateTime", "changeKey", "categories", "receivedDateTime", "sentDateTime",
        "hasAttachments", "internetMessageId", "subject", "bodyPreview", "importance", "parentFolderId", "conversationId",
        "conversationIndex", "isDeliveryReceiptRequested", "isReadReceiptRequested", "isRead", "isDraft", "webLink",
        "inferenceClassification", "body", "uniqueBody", "sender", "from", "toRecipients", "ccRecipients", "bccRecipients",
        "replyTo", "flag", "internetMessageHeaders",
    };

    public static MessageQuery Parse(IQueryCollection query)
    {
        IReadOnlyList<string>? select = null;
        if (query.TryGetValue("$select", out var selectValue))
        {
            var names = selectValue.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names)
            {
                if (!Properties.Contains(name))
                {
                    throw GraphErrorException.BadRequest("RequestBroker--ParseUri", $"Could not find a property named '{name}' on type 'Microsoft.OutlookServices.Message'.");
                }
            }

            select = names;
        }

        MessageFilter? filter = null;
        if (query.TryGetValue("$filter", out var filterValue))
        {
            var text = filterValue.ToString().Trim();
            if (ConversationPattern().Match(text) is { Success: true } conversation)
            {
                filter = new MessageFilter(null, null, Unquote(conversation.Groups["id"].Value));
            }
            else
            {
                var match = FilterPattern().Match(text);
                if (!match.Success || match.Groups["v1"].Value != match.Groups["v2"].Value)
                {
                    throw GraphErrorException.BadRequest("ErrorInvalidUrlQueryFilter", "The query filter contains one or more invalid nodes.");
                }

                filter = new MessageFilter(Unquote(match.Groups["id"].Value), Unquote(match.Groups["value"].Value), null);
            }
        }

        ExpandExtendedProperties? expand = null;
        if (query.TryGetValue("$expand", out var expandValue))
        {
            var text = expandValue.ToString().Trim();
            if (string.Equals(text, "singleValueExtendedProperties", StringComparison.OrdinalIgnoreCase))
            {
                expand = new ExpandExtendedProperties(null);
            }
            else if (ExpandPattern().Match(text) is { Success: true } match)
            {
                expand = new ExpandExtendedProperties(Unquote(match.Groups["id"].Value));
            }
            else
            {
                throw GraphErrorException.BadRequest("BadRequest", $"The Sandbox supports $expand=singleValueExtendedProperties($filter=id eq '...') only, not '{text}'.");
            }
        }

        int? top = null;
        if (query.TryGetValue("$top", out var topValue))
        {
            if (!int.TryParse(topValue, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 1 or > 1000)
            {
                throw GraphErrorException.BadRequest("BadRequest", $"Invalid $top value '{topValue}'.");
            }

            top = parsed;
        }

        var skip = 0;
        if (query.TryGetValue("$skip", out var skipValue) && (!int.TryParse(skipValue, NumberStyles.None, CultureInfo.InvariantCulture, out skip) || skip < 0))
        {
            throw GraphErrorException.BadRequest("BadRequest", $"Invalid $skip value '{skipValue}'.");
        }

        string? orderBy = null;
        if (query.TryGetValue("$orderby", out var orderValue))
        {
            var text = orderValue.ToString().Trim();
            if (!OrderPattern().IsMatch(text))
            {
                throw GraphErrorException.BadRequest("ErrorInvalidUrlQuery", $"The Sandbox supports $orderby on sentDateTime or receivedDateTime only, not '{text}'.");
            }

            orderBy = text;
        }

        return new MessageQuery(select, filter, expand, top, skip, orderBy);
    }

    public IEnumerable<SandboxMessage> Apply(IEnumerable<SandboxMessage> messages)
    {
        if (Filter is { ConversationId: { } conversationId })
        {
            messages = messages.Where(m => m.ConversationId == conversationId);
        }
        else if (Filter is { PropertyId: { } id } filter)
        {
            messages = messages.Where(m => m.ExtendedProperties.TryGetValue(id, out var value) && value == filter.PropertyValue);
        }

        if (OrderBy is { } order)
        {
            var parts = order.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            Func<SandboxMessage, DateTimeOffset> key = parts[0].Equals("sentDateTime", StringComparison.OrdinalIgnoreCase)
                ? m => m.SentAt ?? m.CreatedAt
                : m => m.ReceivedAt ?? m.CreatedAt;
            messages = descending ? messages.OrderByDescending(key) : messages.OrderBy(key);
        }

        return messages;
    }

    private static string Unquote(string value) => value.Replace("''", "'", StringComparison.Ordinal);

    [GeneratedRegex(@"^singleValueExtendedProperties/any\((?<v1>\w+):\s*\k<v1>/id\s+eq\s+'(?<id>(?:[^']|'')*)'\s+and\s+(?<v2>\w+)/value\s+eq\s+'(?<value>(?:[^']|'')*)'\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FilterPattern();

    [GeneratedRegex(@"^conversationId\s+eq\s+'(?<id>(?:[^']|'')*)'$", RegexOptions.CultureInvariant)]
    private static partial Regex ConversationPattern();

    [GeneratedRegex(@"^singleValueExtendedProperties\(\$filter=id\s+eq\s+'(?<id>(?:[^']|'')*)'\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpandPattern();

    [GeneratedRegex(@"^(sentDateTime|receivedDateTime)(\s+(asc|desc))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderPattern();
}

/// <summary>
/// The two filters the product sends: <c>conversationId eq '…'</c>, or a single-value extended property equal to a value.
/// </summary>
internal sealed record MessageFilter(string? PropertyId, string? PropertyValue, string? ConversationId);

/// <summary>$expand of singleValueExtendedProperties, optionally narrowed to one id.</summary>
internal sealed record ExpandExtendedProperties(string? Id);

/// <summary>Graph's JSON for a message.</summary>
internal static class MessageJson
{
    /// <summary>Returned only when selected, as Graph does.</summary>
    private static readonly HashSet<string> OnlyWhenSelected = new(StringComparer.OrdinalIgnoreCase) { "uniqueBody", "internetMessageHeaders" };

    /// <summary>
    /// An update in a later delta round, as Graph sends it: the id and what an update changes (read state, folder,
    /// change key), without sender, subject, dates or body — a client must fetch the message to learn more.
    /// </summary>
    public static JsonObject Partial(SandboxMessage m, bool immutableIds) => new()
    {
        ["@odata.type"] = "#microsoft.graph.message",
        ["@odata.etag"] = $"W/\"{m.ChangeKey}\"",
        ["id"] = immutableIds ? m.Id : SandboxIds.RestId(m),
        ["changeKey"] = m.ChangeKey,
        ["isRead"] = m.IsRead,
        ["parentFolderId"] = SandboxIds.FolderId(m.Mailbox, m.Folder),
    };

    /// <summary>
    /// The message as Graph renders it; <paramref name="immutableIds"/> says whether the client asked for immutable ids
    /// (otherwise the id changes when the message moves).
    /// </summary>
    public static JsonObject Render(SandboxMessage m, IReadOnlyList<string>? select, ExpandExtendedProperties? expand, bool immutableIds = true)
    {
        var id = immutableIds ? m.Id : SandboxIds.RestId(m);
        var all = new JsonObject
        {
            ["@odata.etag"] = $"W/\"{m.ChangeKey}\"",
            ["id"] = id,
            ["createdDateTime"] = GraphJson.Date(m.CreatedAt),
            ["lastModifiedDateTime"] = GraphJson.Date(m.LastModifiedAt),
            ["changeKey"] = m.ChangeKey,
            ["categories"] = new JsonArray(),
            ["receivedDateTime"] = m.ReceivedAt is { } received ? GraphJson.Date(received) : GraphJson.Date(m.CreatedAt),
            ["sentDateTime"] = m.SentAt is { } sent ? GraphJson.Date(sent) : null,
            ["hasAttachments"] = m.HasAttachments,
            ["internetMessageId"] = m.InternetMessageId,
            ["subject"] = m.Subject,
            ["bodyPreview"] = Preview(m),
            ["importance"] = "normal",
            ["parentFolderId"] = SandboxIds.FolderId(m.Mailbox, m.Folder),
            ["conversationId"] = m.ConversationId,
            ["conversationIndex"] = null,
            ["isDeliveryReceiptRequested"] = false,
            ["isReadReceiptRequested"] = false,
            ["isRead"] = m.IsRead,
            ["isDraft"] = m.IsDraft,
            ["webLink"] = $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(m.Id)}&exvsurl=1&viewmodel=ReadMessageItem",
            ["inferenceClassification"] = "focused",
            ["body"] = new JsonObject { ["contentType"] = m.BodyType, ["content"] = m.Body },
            ["uniqueBody"] = new JsonObject { ["contentType"] = m.BodyType, ["content"] = m.Body },
            ["sender"] = m.From is null ? null : GraphJson.Address(m.From),
            ["from"] = m.From is null ? null : GraphJson.Address(m.From),
            ["toRecipients"] = GraphJson.Addresses(m.To),
            ["ccRecipients"] = GraphJson.Addresses(m.Cc),
            ["bccRecipients"] = new JsonArray(),
            ["replyTo"] = new JsonArray(),
            ["flag"] = new JsonObject { ["flagStatus"] = "notFlagged" },
            ["internetMessageHeaders"] = m.Headers is null
                ? null
                : new JsonArray([.. m.Headers.Select(h => (JsonNode)new JsonObject { ["name"] = h.Key, ["value"] = h.Value })]),
        };

        JsonObject result;
        if (select is null)
        {
            result = all;
            foreach (var hidden in OnlyWhenSelected)
            {
                result.Remove(hidden);
            }
        }
        else
        {
            result = new JsonObject { ["@odata.etag"] = all["@odata.etag"]!.DeepClone(), ["id"] = id };
            foreach (var name in select)
            {
                var canonical = MessageQuery.Properties.First(p => p.Equals(name, StringComparison.OrdinalIgnoreCase));
                result[canonical] = all[canonical]?.DeepClone();
            }
        }

        if (expand is not null)
        {
            var properties = m.ExtendedProperties
                .Where(p => expand.Id is null || string.Equals(p.Key, expand.Id, StringComparison.OrdinalIgnoreCase))
                .Select(p => (JsonNode)new JsonObject { ["id"] = p.Key, ["value"] = p.Value })
                .ToArray();
            if (properties.Length > 0)
            {
                result["singleValueExtendedProperties"] = new JsonArray(properties);
            }
        }

        return result;
    }

    private static string Preview(SandboxMessage m)
    {
        var text = m.BodyType == "html" ? MimeComposer.HtmlToText(m.Body) : m.Body;
        text = Regex.Replace(text, @"\s+", " ").Trim();
        return text.Length <= 255 ? text : text[..255];
    }
}
