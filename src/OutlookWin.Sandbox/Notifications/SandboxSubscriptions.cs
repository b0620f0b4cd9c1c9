using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OutlookWin.Sandbox;

/// <summary>A Graph subscription held by the Sandbox.</summary>
public sealed record SandboxSubscription(
    string Id,
    string Mailbox,
    string TenantId,
    string UserId,
    string Resource,
    bool AllFolders,
    string ChangeType,
    Uri NotificationUrl,
    Uri? LifecycleNotificationUrl,
    string? ClientState,
    DateTimeOffset ExpiresAt,
    string? LatestSupportedTlsVersion,
    string ApplicationId,
    bool ImmutableIds)
{
    /// <summary>When the subscription was last created, renewed or reauthorized.</summary>
    public DateTimeOffset? AuthorizedAt { get; init; }

    /// <summary>
    /// Set once <c>reauthorizationRequired</c> was sent: renew or reauthorize before then, or the subscription is removed.
    /// </summary>
    public DateTimeOffset? ReauthorizeBy { get; init; }
}

/// <summary>The body of <c>POST /subscriptions</c>, as read.</summary>
internal sealed record SubscriptionInput(
    string? ChangeType,
    string? NotificationUrl,
    string? LifecycleNotificationUrl,
    string? Resource,
    DateTimeOffset? ExpirationDateTime,
    string? ClientState,
    string? LatestSupportedTlsVersion);

/// <summary>The lifecycle events Graph sends to <c>lifecycleNotificationUrl</c>.</summary>
public static class LifecycleEvents
{
    public const string ReauthorizationRequired = "reauthorizationRequired";
    public const string SubscriptionRemoved = "subscriptionRemoved";
    public const string Missed = "missed";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { ReauthorizationRequired, SubscriptionRemoved, Missed };
}

/// <summary>
/// Subscriptions on mailbox messages: created only after both URLs pass Graph's validation handshake, expired by
/// the injected clock, and fed by the mail store's new messages. Saved with the mailboxes
/// (<see cref="SandboxPersistence"/>), as Graph keeps a subscription across its own restarts: notifications go on to
/// the stored URL whether or not anyone is listening there any more.
/// </summary>
public sealed partial class SandboxSubscriptions
{
    /// <summary>The Sandbox's pretend application id (what a real subscription reports as applicationId).</summary>
    public const string ApplicationId = "0c8a8f7e-1d55-4f3c-9f1a-6e2b4d7c9a10";

    private readonly object _gate = new();
    private readonly Dictionary<string, SandboxSubscription> _subscriptions = new(StringComparer.OrdinalIgnoreCase);
    private readonly IHttpClientFactory _httpClients;
    private readonly TimeProvider _time;
    private readonly SandboxOptions _options;
    private readonly NotificationOutbox _outbox;
    private readonly SandboxFaults _faults;
    private readonly ILogger<SandboxSubscriptions> _logger;

    public SandboxSubscriptions(
        SandboxMailStore store,
        IHttpClientFactory httpClients,
        TimeProvider time,
        IOptions<SandboxOptions> options,
        NotificationOutbox outbox,
        SandboxFaults faults,
        ILogger<SandboxSubscriptions> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _httpClients = httpClients;
        _time = time;
        _options = options.Value;
        _outbox = outbox;
        _faults = faults;
        _logger = logger;
        store.MessageCreated += OnMessageCreated;
    }

    /// <summary>Raised outside the lock after a subscription was made, renewed or removed (for persistence).</summary>
    internal event Action? Changed;

    /// <summary>Live (unexpired) subscriptions.</summary>
    public IReadOnlyList<SandboxSubscription> Active
    {
        get
        {
            lock (_gate)
            {
                PurgeExpired();
                return [.. _subscriptions.Values];
            }
        }
    }

    internal async Task<SandboxSubscription> CreateAsync(SandboxPrincipal principal, SubscriptionInput input, bool immutableIds, CancellationToken cancellationToken)
    {
        var changeTypes = (input.ChangeType ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (changeTypes.Length == 0 || changeTypes.Any(c => c is not ("created" or "updated" or "deleted")))
        {
            throw GraphErrorException.BadRequest("InvalidRequest", "Subscription changeType must be a comma-separated list of created, updated and deleted.");
        }

        var notificationUrl = WebhookUrl(input.NotificationUrl, "notificationUrl", _options.AllowHttpOnLoopback);
        var lifecycleUrl = input.LifecycleNotificationUrl is null ? null : WebhookUrl(input.LifecycleNotificationUrl, "lifecycleNotificationUrl", _options.AllowHttpOnLoopback);
        var (allFolders, userSegment) = ParseResource(input.Resource);
        if (userSegment is not null && !IsSelf(principal, userSegment))
        {
            throw new GraphErrorException(StatusCodes.Status403Forbidden, "ExtensionError", "Operation: Create; Exception: [Status Code: Forbidden; Reason: Access is denied. Check credentials and try again.]");
        }

        var expiresAt = CheckExpiration(input.ExpirationDateTime);
        if (input.ClientState is { Length: > 128 })
        {
            throw GraphErrorException.BadRequest("InvalidRequest", "clientState cannot be longer than 128 characters.");
        }

        if (input.LatestSupportedTlsVersion is { } tls && tls is not ("v1_0" or "v1_1" or "v1_2" or "v1_3"))
        {
            throw GraphErrorException.BadRequest("InvalidRequest", $"Invalid latestSupportedTlsVersion '{tls}'.");
        }

        await ValidateEndpointAsync(notificationUrl, "notificationUrl", cancellationToken);
        if (lifecycleUrl is not null)
        {
            await ValidateEndpointAsync(lifecycleUrl, "lifecycleNotificationUrl", cancellationToken);
        }

        var subscription = new SandboxSubscription(
            Guid.NewGuid().ToString(),
            principal.Email.ToLowerInvariant(),
            principal.TenantId,
            principal.ObjectId,
            input.Resource!,
            allFolders,
            string.Join(',', changeTypes),
            notificationUrl,
            lifecycleUrl,
            input.ClientState,
            expiresAt,
            input.LatestSupportedTlsVersion ?? "v1_2",
            ApplicationId,
            immutableIds)
        {
            AuthorizedAt = _time.GetUtcNow(),
        };
        lock (_gate)
        {
            _subscriptions[subscription.Id] = subscription;
        }

        Changed?.Invoke();
        return subscription;
    }

    internal SandboxSubscription Get(SandboxPrincipal principal, string id)
    {
        lock (_gate)
        {
            PurgeExpired();
            return _subscriptions.TryGetValue(id, out var found) && Owns(principal, found) ? found : throw SubscriptionNotFound(id);
        }
    }

    internal IReadOnlyList<SandboxSubscription> List(SandboxPrincipal principal)
    {
        lock (_gate)
        {
            PurgeExpired();
            return [.. _subscriptions.Values.Where(s => Owns(principal, s))];
        }
    }

    internal SandboxSubscription Renew(SandboxPrincipal principal, string id, DateTimeOffset? expirationDateTime)
    {
        var expiresAt = CheckExpiration(expirationDateTime);
        SandboxSubscription renewed;
        lock (_gate)
        {
            PurgeExpired();
            if (!_subscriptions.TryGetValue(id, out var found) || !Owns(principal, found))
            {
                throw SubscriptionNotFound(id);
            }

            // Renewing also reauthorizes, as in Graph.
            renewed = found with { ExpiresAt = expiresAt, AuthorizedAt = _time.GetUtcNow(), ReauthorizeBy = null };
            _subscriptions[id] = renewed;
        }

        Changed?.Invoke();
        return renewed;
    }

    internal void Delete(SandboxPrincipal principal, string id)
    {
        lock (_gate)
        {
            PurgeExpired();
            if (!_subscriptions.TryGetValue(id, out var found) || !Owns(principal, found))
            {
                throw SubscriptionNotFound(id);
            }

            _subscriptions.Remove(id);
        }

        Changed?.Invoke();
    }

    /// <summary><c>POST /subscriptions/{id}/reauthorize</c>: the subscription keeps going without changing its expiry.</summary>
    internal SandboxSubscription Reauthorize(SandboxPrincipal principal, string id)
    {
        SandboxSubscription reauthorized;
        lock (_gate)
        {
            PurgeExpired();
            if (!_subscriptions.TryGetValue(id, out var found) || !Owns(principal, found))
            {
                throw SubscriptionNotFound(id);
            }

            reauthorized = found with { AuthorizedAt = _time.GetUtcNow(), ReauthorizeBy = null };
            _subscriptions[id] = reauthorized;
        }

        Changed?.Invoke();
        return reauthorized;
    }

    /// <summary>
    /// Graph asks now and then for a subscription to be reauthorized (<c>reauthorizationRequired</c>), and removes it
    /// (<c>subscriptionRemoved</c>) when nobody renews or reauthorizes it in time. Run on a schedule.
    /// </summary>
    internal void AskForReauthorization()
    {
        var now = _time.GetUtcNow();
        List<SandboxSubscription> due;
        List<SandboxSubscription> lapsed;
        lock (_gate)
        {
            PurgeExpired();
            lapsed = [.. _subscriptions.Values.Where(s => s.ReauthorizeBy is { } by && by <= now)];
            due = [.. _subscriptions.Values.Where(s => s.ReauthorizeBy is null && s.LifecycleNotificationUrl is not null
                && now - (s.AuthorizedAt ?? now) >= _options.ReauthorizationInterval)];
            foreach (var subscription in due)
            {
                _subscriptions[subscription.Id] = subscription with { ReauthorizeBy = now + _options.ReauthorizationGrace };
            }
        }

        foreach (var subscription in due)
        {
            FireLifecycleEvent(subscription.Id, LifecycleEvents.ReauthorizationRequired);
        }

        foreach (var subscription in lapsed)
        {
            FireLifecycleEvent(subscription.Id, LifecycleEvents.SubscriptionRemoved);
        }
    }

    /// <summary>
    /// Sends a lifecycle event to the subscription's <c>lifecycleNotificationUrl</c> (nothing when it has none, as
    /// Graph does); <c>subscriptionRemoved</c> also removes it. False when the subscription does not exist.
    /// </summary>
    public bool FireLifecycleEvent(string subscriptionId, string lifecycleEvent)
    {
        if (!LifecycleEvents.All.Contains(lifecycleEvent))
        {
            throw new ArgumentException($"Unknown lifecycle event '{lifecycleEvent}'; use {string.Join(", ", LifecycleEvents.All)}.", nameof(lifecycleEvent));
        }

        SandboxSubscription? subscription;
        lock (_gate)
        {
            PurgeExpired();
            if (!_subscriptions.TryGetValue(subscriptionId, out subscription))
            {
                return false;
            }

            if (lifecycleEvent == LifecycleEvents.SubscriptionRemoved)
            {
                _subscriptions.Remove(subscriptionId);
            }
        }

        Changed?.Invoke();

        if (subscription.LifecycleNotificationUrl is { } url)
        {
            var payload = new JsonObject
            {
                ["value"] = new JsonArray(new JsonObject
                {
                    ["subscriptionId"] = subscription.Id,
                    ["subscriptionExpirationDateTime"] = GraphJson.Date(subscription.ExpiresAt),
                    ["tenantId"] = subscription.TenantId,
                    ["clientState"] = subscription.ClientState,
                    ["lifecycleEvent"] = lifecycleEvent,
                }),
            };
            _outbox.Enqueue(new PendingNotification("lifecycle:" + lifecycleEvent, subscription.Id, null, url, payload.ToJsonString()));
        }

        return true;
    }

    /// <summary>Makes every subscription of a mailbox expire now (for trying renewal by hand).</summary>
    public int ExpireAll(string? mailbox = null)
    {
        List<string> ids;
        lock (_gate)
        {
            ids = _subscriptions.Values.Where(s => mailbox is null || string.Equals(s.Mailbox, mailbox, StringComparison.OrdinalIgnoreCase)).Select(s => s.Id).ToList();
            foreach (var id in ids)
            {
                _subscriptions.Remove(id);
            }
        }

        Changed?.Invoke();
        return ids.Count;
    }

    /// <summary>Every subscription, for persistence.</summary>
    internal IReadOnlyList<SandboxSubscription> Snapshot()
    {
        lock (_gate)
        {
            return [.. _subscriptions.Values];
        }
    }

    internal void Restore(IEnumerable<SandboxSubscription> subscriptions)
    {
        lock (_gate)
        {
            _subscriptions.Clear();
            foreach (var subscription in subscriptions)
            {
                _subscriptions[subscription.Id] = subscription;
            }
        }
    }

    private void OnMessageCreated(SandboxMessage message)
    {
        List<SandboxSubscription> matching;
        lock (_gate)
        {
            PurgeExpired();
            matching = [.. _subscriptions.Values.Where(s =>
                string.Equals(s.Mailbox, message.Mailbox, StringComparison.OrdinalIgnoreCase)
                && s.ChangeType.Split(',').Contains("created")
                && (s.AllFolders || message.Folder == SandboxFolders.Inbox))];
        }

        foreach (var subscription in matching)
        {
            var messageId = subscription.ImmutableIds ? message.Id : SandboxIds.RestId(message);
            var resource = $"Users/{subscription.UserId}/Messages/{messageId}";
            var payload = new JsonObject
            {
                ["value"] = new JsonArray(new JsonObject
                {
                    // One id per notification: a redelivery (retry or duplicate) carries the same one.
                    ["id"] = SandboxIds.NewToken(),
                    ["subscriptionId"] = subscription.Id,
                    ["subscriptionExpirationDateTime"] = GraphJson.Date(subscription.ExpiresAt),
                    ["changeType"] = "created",
                    ["resource"] = resource,
                    ["resourceData"] = new JsonObject
                    {
                        ["@odata.type"] = "#Microsoft.Graph.Message",
                        ["@odata.id"] = resource,
                        ["@odata.etag"] = $"W/\"{message.ChangeKey}\"",
                        ["id"] = messageId,
                    },
                    ["clientState"] = subscription.ClientState,
                    ["tenantId"] = subscription.TenantId,
                }),
            };
            var pending = new PendingNotification("change", subscription.Id, message.Id, subscription.NotificationUrl, payload.ToJsonString());
            if (_faults.TakeDrop(subscription.Mailbox))
            {
                _outbox.Record(new NotificationAttempt(pending.Kind, pending.SubscriptionId, pending.MessageId, pending.Url, 0, null, "dropped", DateTimeOffset.UtcNow));
                continue;
            }

            _outbox.Enqueue(pending);
            if (_faults.TakeDuplicate(subscription.Mailbox))
            {
                _outbox.Enqueue(pending);
            }
        }
    }

    private async Task ValidateEndpointAsync(Uri url, string property, CancellationToken cancellationToken)
    {
        // Real Graph sends an opaque token with spaces and colons, so an endpoint that forgets to decode fails here too.
        var token = $"Validation: Testing client application reachability for subscription Request-Id: {Guid.NewGuid()}";
        var target = new UriBuilder(url);
        var query = string.IsNullOrEmpty(target.Query) ? string.Empty : target.Query.TrimStart('?') + "&";
        target.Query = query + "validationToken=" + Uri.EscapeDataString(token);
        string? failure;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(_options.ValidationTimeout);
            try
            {
                using var content = new StringContent(string.Empty, Encoding.UTF8, "text/plain");
                using var response = await _httpClients.CreateClient(NotificationDeliveryService.HttpClientName).PostAsync(target.Uri, content, timeout.Token);
                var body = await response.Content.ReadAsStringAsync(timeout.Token);
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                failure = response.StatusCode != HttpStatusCode.OK ? $"it answered {(int)response.StatusCode} instead of 200"
                    : !string.Equals(mediaType, "text/plain", StringComparison.OrdinalIgnoreCase) ? $"it answered Content-Type '{mediaType}' instead of text/plain"
                    : body != token ? "its body was not the decoded validation token"
                    : null;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"it did not answer within {_options.ValidationTimeout.TotalSeconds:0} seconds";
            }
            catch (HttpRequestException e)
            {
                failure = $"it could not be reached ({e.Message})";
            }
        }

        if (failure is not null)
        {
            if (_logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation("Subscription refused: {Property} {Url} failed validation: {Failure}", property, url, failure);
            }

            throw GraphErrorException.BadRequest(
                "ValidationError",
                $"Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request. ({property}: {failure})");
        }
    }

    private DateTimeOffset CheckExpiration(DateTimeOffset? expirationDateTime)
    {
        var now = _time.GetUtcNow();
        if (expirationDateTime is not { } expiresAt || expiresAt <= now)
        {
            throw GraphErrorException.BadRequest("InvalidRequest", "Subscription expiration must be in the future.");
        }

        if (expiresAt > now + _options.MaxSubscriptionLifetime)
        {
            throw GraphErrorException.BadRequest(
                "InvalidRequest",
                $"Subscription expiration can only be {_options.MaxSubscriptionLifetime.TotalMinutes:0} minutes in the future.");
        }

        return expiresAt;
    }

    private static Uri WebhookUrl(string? value, string property, bool allowHttpOnLoopback)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw GraphErrorException.BadRequest("InvalidRequest", $"{property} must be an absolute URL.");
        }

        if (url.Scheme == Uri.UriSchemeHttp && !(allowHttpOnLoopback && url.IsLoopback))
        {
            // Graph requires https; the Sandbox allows plain http to loopback addresses only when told to, for local runs.
            throw GraphErrorException.BadRequest("InvalidRequest", $"{property} must use https.");
        }

        return url;
    }

    /// <summary>Which mailbox messages a resource covers: all folders or the Inbox; and its user segment (null for me).</summary>
    private static (bool AllFolders, string? User) ParseResource(string? resource)
    {
        var match = ResourcePattern().Match(resource ?? string.Empty);
        if (!match.Success)
        {
            throw GraphErrorException.BadRequest(
                "ExtensionError",
                $"Operation: Create; Exception: [Status Code: BadRequest; Reason: The Sandbox supports subscriptions on me/messages and me/mailFolders('inbox')/messages, not '{resource}'.]");
        }

        var user = match.Groups["user"].Success ? match.Groups["user"].Value : null;
        return (!match.Groups["folder"].Success, user);
    }

    private static bool IsSelf(SandboxPrincipal principal, string user) =>
        string.Equals(user, principal.ObjectId, StringComparison.OrdinalIgnoreCase) || string.Equals(user, principal.Email, StringComparison.OrdinalIgnoreCase);

    private static bool Owns(SandboxPrincipal principal, SandboxSubscription subscription) =>
        string.Equals(subscription.Mailbox, principal.Email, StringComparison.OrdinalIgnoreCase);

    private static GraphErrorException SubscriptionNotFound(string id) =>
        new(StatusCodes.Status404NotFound, "ResourceNotFound", $"The object was not found. Subscription '{id}' does not exist.");

    private void PurgeExpired()
    {
        var now = _time.GetUtcNow();
        foreach (var expired in _subscriptions.Values.Where(s => s.ExpiresAt <= now).Select(s => s.Id).ToList())
        {
            _subscriptions.Remove(expired);
        }
    }

    [GeneratedRegex(@"^/?(?:me|users/(?<user>[^/]+))/(?:mailfolders(?:\('(?<folder>inbox)'\)|/(?<folder>inbox))/)?messages$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResourcePattern();
}
