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

/// <summary>Sends what is in the <see cref="NotificationOutbox"/>, a few at a time.</summary>
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
        try
        {
            await foreach (var notification in outbox.Reader.ReadAllAsync(stoppingToken))
            {
                await DeliverAsync(notification, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task DeliverAsync(PendingNotification notification, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        int? status = null;
        string outcome;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            timeout.CancelAfter(settings.NotificationTimeout);
            try
            {
                using var content = new StringContent(notification.Json, Encoding.UTF8, "application/json");
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

        outbox.Record(new NotificationAttempt(notification.Kind, notification.SubscriptionId, notification.MessageId, notification.Url, notification.Attempt, status, outcome, DateTimeOffset.UtcNow));
        if (outcome == "delivered")
        {
            return;
        }

        var retryIndex = notification.Attempt - 1;
        if (retryIndex >= settings.NotificationRetryDelays.Count)
        {
            outbox.Record(new NotificationAttempt(notification.Kind, notification.SubscriptionId, notification.MessageId, notification.Url, notification.Attempt, status, "abandoned", DateTimeOffset.UtcNow));
            if (logger.IsEnabled(LogLevel.Warning))
            {
                logger.LogWarning("Gave up delivering a {Kind} notification to {Url} after {Attempts} attempts", notification.Kind, notification.Url, notification.Attempt);
            }

            return;
        }

        // Retry later without holding this sender.
        _ = RetryLaterAsync(notification with { Attempt = notification.Attempt + 1 }, settings.NotificationRetryDelays[retryIndex], stoppingToken);
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
