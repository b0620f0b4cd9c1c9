using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OutlookWin.Domain.Mail;
using OutlookWin.Sandbox;
using OutlookWin.Testing;

namespace OutlookWin.Graph.Tests;

/// <summary>Mailbox subscriptions: the validation handshake, change notifications, lifecycle events, renewal and expiry.</summary>
public sealed class SubscriptionTests : IAsyncLifetime
{
    private static readonly MailboxOwner Se = SandboxHost.SalesEngineer;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private SandboxHost _host = null!;
    private WebhookReceiver _receiver = null!;
    private GraphMailbox _mailbox = null!;

    public async Task InitializeAsync()
    {
        _host = await SandboxHost.StartAsync(time: _clock);
        _receiver = await WebhookReceiver.StartAsync();
        _mailbox = GraphMailboxes.For(_host);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Subscribing_validates_both_urls_with_the_decoded_token_and_returns_the_subscription()
    {
        var subscription = await SubscribeAsync("s3cret-state");

        Assert.Equal(GraphMailbox.MailboxMessagesResource, subscription.Resource);
        Assert.Equal(_clock.GetUtcNow().AddDays(2), subscription.ExpiresAt);
        var tokens = _receiver.ValidationTokens.ToArray();
        Assert.Equal(2, tokens.Length);
        Assert.All(tokens, t => Assert.StartsWith("Validation: Testing client application reachability", t, StringComparison.Ordinal));
        var stored = Assert.Single(_host.Get<SandboxSubscriptions>().Active);
        Assert.Equal("created", stored.ChangeType);
        Assert.Equal("v1_2", stored.LatestSupportedTlsVersion);
        Assert.True(stored.ImmutableIds);
    }

    [Fact]
    public async Task An_endpoint_that_does_not_echo_the_token_is_refused()
    {
        _receiver.EchoValidation = false;
        var refused = await Assert.ThrowsAsync<MailboxException>(() => SubscribeAsync("state"));
        Assert.Equal(MailboxFailure.Rejected, refused.Failure);
        Assert.Contains("validation", refused.Message, StringComparison.OrdinalIgnoreCase);

        _receiver.EchoValidation = true;
        _receiver.EchoLifecycleValidation = false;
        var lifecycleRefused = await Assert.ThrowsAsync<MailboxException>(() => SubscribeAsync("state"));
        Assert.Contains("lifecycleNotificationUrl", lifecycleRefused.Message, StringComparison.Ordinal);
        Assert.Empty(_host.Get<SandboxSubscriptions>().Active);
    }

    [Fact]
    public async Task A_reply_is_notified_with_client_state_and_the_message_resource()
    {
        var subscription = await SubscribeAsync("s3cret-state");
        var sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());
        var reply = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(sent.DeclarationId!.Value, Canned: ProspectSimulator.ThumbsUp));

        var notifications = await WebhookReceiver.WaitForAsync(Received, n => n.Count >= 1);

        var notification = Assert.Single(notifications);
        Assert.Equal(subscription.Id, (string?)notification["subscriptionId"]);
        Assert.Equal("s3cret-state", (string?)notification["clientState"]);
        Assert.Equal("created", (string?)notification["changeType"]);
        Assert.Equal($"Users/{Se.ObjectId}/Messages/{reply.Id}", (string?)notification["resource"]);
        Assert.Equal("#Microsoft.Graph.Message", (string?)notification["resourceData"]?["@odata.type"]);
        Assert.Equal(reply.Id, (string?)notification["resourceData"]?["id"]);
        Assert.Equal(_host.Get<Microsoft.Extensions.Options.IOptions<SandboxOptions>>().Value.TenantId, (string?)notification["tenantId"]);
        var message = await _mailbox.GetMessageAsync(Se, (string)notification["resourceData"]!["id"]!, CancellationToken.None);
        Assert.Equal(sent.ConversationId, message.ConversationId);
    }

    [Fact]
    public async Task Duplicated_notifications_arrive_twice_and_dropped_ones_never_but_delta_still_sees_the_message()
    {
        await SubscribeAsync("state");
        var sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());
        var prospect = _host.Get<ProspectSimulator>();
        var faults = _host.Get<SandboxFaults>();
        var initial = await _mailbox.InboxDeltaAsync(Se, null, CancellationToken.None);

        faults.DropNextNotifications(1);
        var lost = prospect.Reply(new ProspectReplyRequest(sent.DeclarationId!.Value, Text: "Looks pretty good."));
        faults.DuplicateNextNotifications(1);
        var twice = prospect.Reply(new ProspectReplyRequest(sent.DeclarationId.Value, Text: "Confirmed."));

        var notifications = await WebhookReceiver.WaitForAsync(Received, n => n.Count >= 2);
        Assert.Equal(2, notifications.Count);
        Assert.All(notifications, n => Assert.Equal(twice.Id, (string?)n["resourceData"]?["id"]));
        Assert.Contains(_host.Get<NotificationOutbox>().Attempts, a => a.Outcome == "dropped" && a.MessageId == lost.Id);

        var changes = await _mailbox.InboxDeltaAsync(Se, initial.DeltaLink, CancellationToken.None);
        Assert.Equal(new[] { lost.Id, twice.Id }.Order(), changes.Messages.Select(m => m.Id).Order());
    }

    [Fact]
    public async Task A_failing_endpoint_gets_the_notification_again()
    {
        // Subscribed after the declaration went out, so the one failed POST is the reply's, not its own draft's.
        var sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());
        await SubscribeAsync("state");
        _receiver.FailNext(1);

        var reply = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(sent.DeclarationId!.Value, Text: "Confirmed."));

        var notifications = await WebhookReceiver.WaitForAsync(Received, n => n.Count >= 1);
        Assert.Equal(reply.Id, (string?)Assert.Single(notifications)["resourceData"]?["id"]);
        // The outbox records "delivered" once the receiver has answered: wait for it, not for the receiver.
        var outbox = _host.Get<NotificationOutbox>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (outbox.Attempts.Count(a => a.MessageId == reply.Id) < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var attempts = outbox.Attempts.Where(a => a.MessageId == reply.Id).ToList();
        Assert.Equal(["failed", "delivered"], attempts.Select(a => a.Outcome));
        Assert.Equal(500, attempts[0].Status);
    }

    [Fact]
    public async Task Lifecycle_events_reach_the_lifecycle_url_and_subscription_removed_removes_it()
    {
        var subscription = await SubscribeAsync("state");
        var subscriptions = _host.Get<SandboxSubscriptions>();

        Assert.True(subscriptions.FireLifecycleEvent(subscription.Id, LifecycleEvents.Missed));
        Assert.True(subscriptions.FireLifecycleEvent(subscription.Id, LifecycleEvents.ReauthorizationRequired));
        Assert.True(subscriptions.FireLifecycleEvent(subscription.Id, LifecycleEvents.SubscriptionRemoved));

        var events = await WebhookReceiver.WaitForAsync(() => _receiver.LifecycleEvents, e => e.Count >= 3);
        Assert.Equal(
            new[] { "missed", "reauthorizationRequired", "subscriptionRemoved" }.Order(),
            events.Select(e => (string)e["lifecycleEvent"]!).Order());
        Assert.All(events, e =>
        {
            Assert.Equal(subscription.Id, (string?)e["subscriptionId"]);
            Assert.Equal("state", (string?)e["clientState"]);
            Assert.NotNull((string?)e["tenantId"]);
            Assert.NotNull((string?)e["subscriptionExpirationDateTime"]);
        });
        Assert.Empty(_receiver.Notifications);

        var gone = await Assert.ThrowsAsync<MailboxException>(() => _mailbox.RenewSubscriptionAsync(Se, subscription.Id, _clock.GetUtcNow().AddDays(1), CancellationToken.None));
        Assert.Equal(MailboxFailure.NotFound, gone.Failure);
        await _mailbox.DeleteSubscriptionAsync(Se, subscription.Id, CancellationToken.None); // already gone: fine
    }

    [Fact]
    public async Task Renewal_extends_a_subscription_and_an_expired_one_stops_notifying()
    {
        var subscription = await SubscribeAsync("state", TimeSpan.FromHours(1));
        var sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());
        var prospect = _host.Get<ProspectSimulator>();

        _clock.Advance(TimeSpan.FromMinutes(50));
        var renewed = await _mailbox.RenewSubscriptionAsync(Se, subscription.Id, _clock.GetUtcNow().AddHours(2), CancellationToken.None);
        Assert.Equal(_clock.GetUtcNow().AddHours(2), renewed.ExpiresAt);
        _clock.Advance(TimeSpan.FromMinutes(30)); // past the original expiry, inside the renewed one
        var notified = prospect.Reply(new ProspectReplyRequest(sent.DeclarationId!.Value, Text: "Confirmed."));
        await WebhookReceiver.WaitForAsync(Received, n => n.Count >= 1);

        _clock.Advance(TimeSpan.FromHours(2));
        var silent = prospect.Reply(new ProspectReplyRequest(sent.DeclarationId.Value, Text: "One more thing."));
        Assert.Empty(_host.Get<SandboxSubscriptions>().Active);
        var expired = await Assert.ThrowsAsync<MailboxException>(() => _mailbox.RenewSubscriptionAsync(Se, subscription.Id, _clock.GetUtcNow().AddHours(1), CancellationToken.None));
        Assert.Equal(MailboxFailure.NotFound, expired.Failure);

        // A later reply is delivered and notified on a new subscription, never on the expired one.
        await SubscribeAsync("state");
        prospect.Reply(new ProspectReplyRequest(sent.DeclarationId.Value, Text: "Last one."));
        var all = await WebhookReceiver.WaitForAsync(Received, n => n.Count >= 2);
        Assert.Equal(notified.Id, (string?)all[0]["resourceData"]?["id"]);
        Assert.DoesNotContain(all, n => (string?)n["resourceData"]?["id"] == silent.Id);
    }

    [Fact]
    public async Task Changes_close_together_arrive_batched_in_one_post()
    {
        await SubscribeAsync("state");
        var sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());
        var prospect = _host.Get<ProspectSimulator>();

        var replies = Enumerable.Range(0, 6).Select(i => prospect.Reply(new ProspectReplyRequest(sent.DeclarationId!.Value, Text: $"Reply {i}")).Id).ToList();

        var received = await WebhookReceiver.WaitForAsync(Received, n => replies.All(r => n.Any(x => (string?)x["resourceData"]?["id"] == r)));
        Assert.Equal(replies.Order(), received.Select(n => (string)n["resourceData"]!["id"]!).Where(replies.Contains).Order());
        Assert.Contains(_receiver.PostSizes, size => size > 1);
        Assert.True(_receiver.PostSizes.Count < _receiver.Notifications.Count, $"{_receiver.PostSizes.Count} posts for {_receiver.Notifications.Count} notifications");
    }

    [Fact]
    public async Task Graph_asks_for_reauthorization_now_and_then_and_removes_a_subscription_nobody_reauthorizes()
    {
        var clock = new FakeTimeProvider(_clock.GetUtcNow());
        await using var host = await SandboxHost.StartAsync(o => o.ReauthorizationInterval = TimeSpan.FromMinutes(5), clock);
        var mailbox = GraphMailboxes.For(host);
        var subscription = await mailbox.SubscribeAsync(
            Se, new SubscriptionRequest(_receiver.NotificationUrl, _receiver.LifecycleUrl, "state", clock.GetUtcNow().AddDays(2)), CancellationToken.None);

        await AdvanceUntilAsync(clock, () => _receiver.LifecycleEvents.Count >= 1);
        Assert.Equal("reauthorizationRequired", (string?)_receiver.LifecycleEvents[0]["lifecycleEvent"]);

        // Renewing reauthorizes: the subscription stays, and is asked again only after another interval.
        await mailbox.RenewSubscriptionAsync(Se, subscription.Id, clock.GetUtcNow().AddDays(2), CancellationToken.None);
        await AdvanceUntilAsync(clock, () => _receiver.LifecycleEvents.Count >= 2);
        Assert.Equal("reauthorizationRequired", (string?)_receiver.LifecycleEvents[1]["lifecycleEvent"]);
        Assert.Single(host.Get<SandboxSubscriptions>().Active);

        // Nobody answers this time: after the grace it is removed, and says so.
        await AdvanceUntilAsync(clock, () => _receiver.LifecycleEvents.Count >= 3);
        Assert.Equal("subscriptionRemoved", (string?)_receiver.LifecycleEvents[2]["lifecycleEvent"]);
        Assert.Empty(host.Get<SandboxSubscriptions>().Active);
    }

    /// <summary>Moves the clock a minute at a time (the Sandbox looks once a minute) until the condition holds.</summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider clock, Func<bool> done)
    {
        for (var minute = 0; minute < 60 && !done(); minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(30);
        }

        await WebhookReceiver.WaitForAsync(() => done() ? [new JsonObject()] : [], items => items.Count > 0);
    }

    [Fact]
    public async Task An_expiry_beyond_what_graph_allows_is_rejected()
    {
        var tooLong = await Assert.ThrowsAsync<MailboxException>(() => SubscribeAsync("state", TimeSpan.FromDays(8)));
        Assert.Equal(MailboxFailure.Rejected, tooLong.Failure);
        Assert.Contains("10080 minutes", tooLong.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Notifications about received mail: the subscription covers the whole mailbox, so the declaration's own draft and
    /// sent copy are notified too.
    /// </summary>
    private IReadOnlyList<JsonObject> Received() =>
    [
        .. _receiver.Notifications.Where(n =>
            _host.Get<SandboxMailStore>().Find(Se.Email, (string?)n["resourceData"]?["id"] ?? string.Empty) is { } message
            && SandboxFolders.HoldsReceivedMail(message.Folder)),
    ];

    private Task<MailboxSubscription> SubscribeAsync(string clientState, TimeSpan? lifetime = null) =>
        _mailbox.SubscribeAsync(
            Se,
            new SubscriptionRequest(_receiver.NotificationUrl, _receiver.LifecycleUrl, clientState, _clock.GetUtcNow().Add(lifetime ?? TimeSpan.FromDays(2))),
            CancellationToken.None);
}
