using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OutlookWin.Sandbox;

/// <summary>What happened to one delivery attempt of a notification.</summary>
public sealed record NotificationAttempt(
    string Kind,
    string SubscriptionId,
    string? MessageId,
    Uri Url,
    int Attempt,
    int? Status,
    string Outcome,
    DateTimeOffset At);

/// <summary>
/// Change and lifecycle notifications waiting to be POSTed. Delivery is at-least-once and never blocks the request
/// that caused it: a background service sends them, retries on a non-2xx or an answer slower than
/// <see cref="SandboxOptions.NotificationTimeout"/>, with growing waits, then gives up.
/// </summary>
public sealed class NotificationOutbox
{
    private readonly Channel<PendingNotification> _queue = Channel.CreateUnbounded<PendingNotification>();
    private readonly ConcurrentQueue<NotificationAttempt> _log = new();

    /// <summary>Every attempt, including <c>dropped</c> (fault injection) and <c>abandoned</c> (retries used up).</summary>
    public IReadOnlyList<NotificationAttempt> Attempts => [.. _log];

    internal ChannelReader<PendingNotification> Reader => _queue.Reader;

    internal void Enqueue(PendingNotification notification) => _queue.Writer.TryWrite(notification);

    internal void Record(NotificationAttempt attempt)
    {
        _log.Enqueue(attempt);
        while (_log.Count > 10_000 && _log.TryDequeue(out _))
        {
        }
    }
}

internal sealed record PendingNotification(string Kind, string SubscriptionId, string? MessageId, Uri Url, string Json, int Attempt = 1);

/// <summary>
/// Sends what is in the <see cref="NotificationOutbox"/>: four senders, each posting what changed close together in one
/// batch per endpoint.
/// </summary>
internal sealed class NotificationDeliveryService(
    NotificationOutbox outbox,
    IHttpClientFactory httpClients,
    IOptions<SandboxOptions> options,
    ILogger<NotificationDeliveryService> logger) : BackgroundService
{
    public const string HttpClientName = "OutlookWin.Sandbox.Notifications";
    private const int Senders = 4;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Senders).Select(_ => SendLoopAsync(stoppingToken)));

    private async Task SendLoopAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            await foreach (var first in outbox.Reader.ReadAllAsync(stoppingToken))
            {
                // Gather what changed close together and post it in one batch per endpoint, as Graph does.
                var gathered = new List<PendingNotification> { first };
                if (settings.NotificationBatchWindow > TimeSpan.Zero)
                {
                    await Task.Delay(settings.NotificationBatchWindow, stoppingToken);
                    while (gathered.Count < settings.MaxNotificationsPerPost && outbox.Reader.TryRead(out var next))
                    {
                        gathered.Add(next);
                    }
                }

                foreach (var batch in gathered.GroupBy(n => (n.Url, n.Kind == "change")))
                {
                    await DeliverAsync([.. batch], stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Graph's payload for several notifications: their <c>value</c> items in one array.</summary>
    private static string Combined(IReadOnlyList<PendingNotification> batch)
    {
        if (batch.Count == 1)
        {
            return batch[0].Json;
        }

        var values = new System.Text.Json.Nodes.JsonArray();
        foreach (var notification in batch)
        {
            foreach (var item in System.Text.Json.Nodes.JsonNode.Parse(notification.Json)?["value"]?.AsArray() ?? [])
            {
                values.Add(item?.DeepClone());
            }
        }

        return new System.Text.Json.Nodes.JsonObject { ["value"] = values }.ToJsonString();
    }

    private async Task DeliverAsync(IReadOnlyList<PendingNotification> batch, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var notification = batch[0];
        int? status = null;
        string outcome;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            timeout.CancelAfter(settings.NotificationTimeout);
            try
            {
                using var content = new StringContent(Combined(batch), Encoding.UTF8, "application/json");
                using var response = await httpClients.CreateClient(HttpClientName).PostAsync(notification.Url, content, timeout.Token);
                status = (int)response.StatusCode;
                outcome = response.IsSuccessStatusCode ? "delivered" : "failed";
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                outcome = "timed out";
            }
            catch (HttpRequestException e)
            {
                outcome = "unreachable";
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    logger.LogDebug(e, "Notification to {Url} failed", notification.Url);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        foreach (var item in batch)
        {
            outbox.Record(new NotificationAttempt(item.Kind, item.SubscriptionId, item.MessageId, item.Url, item.Attempt, status, outcome, DateTimeOffset.UtcNow));
            if (outcome == "delivered")
            {
                continue;
            }

            var retryIndex = item.Attempt - 1;
            if (retryIndex >= settings.NotificationRetryDelays.Count)
            {
                outbox.Record(new NotificationAttempt(item.Kind, item.SubscriptionId, item.MessageId, item.Url, item.Attempt, status, "abandoned", DateTimeOffset.UtcNow));
                if (logger.IsEnabled(LogLevel.Warning))
                {
                    logger.LogWarning("Gave up delivering a {Kind} notification to {Url} after {Attempts} attempts", item.Kind, item.Url, item.Attempt);
                }

                continue;
            }

            // Retry later without holding this sender.
            _ = RetryLaterAsync(item with { Attempt = item.Attempt + 1 }, settings.NotificationRetryDelays[retryIndex], stoppingToken);
        }
    }

    private async Task RetryLaterAsync(PendingNotification notification, TimeSpan wait, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(wait, stoppingToken);
            outbox.Enqueue(notification);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
