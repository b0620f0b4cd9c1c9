using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookWin.Api.Storage;

namespace OutlookWin.Api.Tracking;

/// <summary>
/// Graph's change notifications and lifecycle events. Anonymous (Graph sends no user token): every notification
/// must carry the subscription's <c>clientState</c>. Valid ones are persisted and answered 202 at once; a worker
/// does the rest, so Graph never waits on mailbox calls (it wants an answer within 3 seconds).
/// </summary>
public static class GraphWebhooks
{
    /// <summary>Graph batches notifications; a body bigger than this is not from Graph.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    private const int MaxValidationTokenLength = 2048;

    public static RouteGroupBuilder MapGraphWebhooks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/webhooks/graph")
            .WithTags("Graph webhooks")
            .AllowAnonymous()
            .RequireRateLimiting(Hosting.RateLimitSetup.Webhook)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        group.MapPost("/", Notifications).WithName("GraphNotifications")
            .WithSummary("Microsoft Graph change notifications (and the subscription validation handshake). Checks clientState; answers 202.");
        group.MapPost("/lifecycle", Lifecycle).WithName("GraphLifecycleNotifications")
            .WithSummary("Microsoft Graph lifecycle events: reauthorizationRequired, subscriptionRemoved, missed.");
        return group;
    }

    public static async Task<Results<ContentHttpResult, Accepted, BadRequest>> Notifications(
        HttpContext context, NotificationInbox inbox, WebhookTraffic traffic, TimeProvider clock, ILoggerFactory logs)
    {
        using var answering = traffic.Enter();
        return await ReceiveAsync(context, inbox, clock, logs.CreateLogger("OutlookWin.GraphWebhooks"), lifecycle: false);
    }

    public static async Task<Results<ContentHttpResult, Accepted, BadRequest>> Lifecycle(
        HttpContext context, NotificationInbox inbox, WebhookTraffic traffic, TimeProvider clock, ILoggerFactory logs)
    {
        using var answering = traffic.Enter();
        return await ReceiveAsync(context, inbox, clock, logs.CreateLogger("OutlookWin.GraphWebhooks"), lifecycle: true);
    }

    private static async Task<Results<ContentHttpResult, Accepted, BadRequest>> ReceiveAsync(
        HttpContext context, NotificationInbox inbox, TimeProvider clock, ILogger log, bool lifecycle)
    {
        // The validation handshake: echo the decoded token as plain text (never as HTML), nothing else.
        if (context.Request.Query.TryGetValue("validationToken", out var token))
        {
            var value = token.ToString();
            if (value.Length is 0 or > MaxValidationTokenLength)
            {
                return TypedResults.BadRequest();
            }

            context.Response.Headers.XContentTypeOptions = "nosniff";
            return TypedResults.Text(value, "text/plain", Encoding.UTF8, StatusCodes.Status200OK);
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return TypedResults.BadRequest();
        }

        List<Incoming> items;
        try
        {
            items = await ParseAsync(context.Request.Body, context.RequestAborted);
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }

        if (items.Count == 0)
        {
            return TypedResults.Accepted((string?)null);
        }

        var secrets = await inbox.SecretsAsync(items.Select(i => i.SubscriptionId).Distinct().ToList(), context.RequestAborted);
        var now = clock.GetUtcNow();
        var accepted = new List<MailNotificationRecord>();
        foreach (var item in items)
        {
            if (!secrets.TryGetValue(item.SubscriptionId, out var secret) || !SameSecret(secret, item.ClientState))
            {
                log.LogWarning("Ignored a notification for subscription {SubscriptionId}: unknown subscription or wrong clientState", item.SubscriptionId);
                continue;
            }

            if (!lifecycle && item.MessageId is null)
            {
                continue;
            }

            accepted.Add(new MailNotificationRecord
            {
                SubscriptionId = item.SubscriptionId,
                ChangeType = lifecycle ? null : item.ChangeType,
                LifecycleEvent = lifecycle ? item.LifecycleEvent : null,
                MessageId = item.MessageId,
                ReceivedAt = now,
            });
        }

        if (accepted.Count > 0)
        {
            await inbox.StoreAsync(accepted, context.RequestAborted);
        }

        return TypedResults.Accepted((string?)null);
    }

    /// <summary>Parses a sample notification, so the first real one does not pay for compiling the parser.</summary>
    internal static void WarmUp()
    {
        var sample = """{"value":[{"subscriptionId":"s","clientState":"c","changeType":"created","resourceData":{"id":"m"}}]}"""u8.ToArray();
        using var body = new MemoryStream(sample);
        _ = SameSecret("c", ParseAsync(body, CancellationToken.None).GetAwaiter().GetResult()[0].ClientState);
    }

    private static bool SameSecret(string? expected, string? given) =>
        expected is not null && given is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));

    private static async Task<List<Incoming>> ParseAsync(Stream body, CancellationToken ct)
    {
        using var document = await JsonDocument.ParseAsync(body, new JsonDocumentOptions { MaxDepth = 16 }, ct);
        var items = new List<Incoming>();
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("A notification body has a 'value' array.");
        }

        foreach (var n in value.EnumerateArray())
        {
            if (n.ValueKind != JsonValueKind.Object || Str(n, "subscriptionId") is not { } subscriptionId)
            {
                continue;
            }

            string? messageId = null;
            if (n.TryGetProperty("resourceData", out var data) && data.ValueKind == JsonValueKind.Object)
            {
                messageId = Str(data, "id");
            }

            items.Add(new Incoming(subscriptionId, Str(n, "clientState"), Str(n, "changeType"), Str(n, "lifecycleEvent"), messageId));
        }

        return items;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private sealed record Incoming(string SubscriptionId, string? ClientState, string? ChangeType, string? LifecycleEvent, string? MessageId);
}
