using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tests.Infrastructure;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>The webhook as Graph sees it: anonymous, the validation handshake, clientState, 202 and persistence.</summary>
public sealed class GraphWebhookTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IDisposable
{
    private readonly OutlookWinApplication _app = new(database);
    private readonly string _subscriptionId = Guid.NewGuid().ToString();
    private const string Secret = "s3cret-client-state";

    [Theory]
    [InlineData("/webhooks/graph")]
    [InlineData("/webhooks/graph/lifecycle")]
    public async Task The_validation_handshake_echoes_the_decoded_token_as_plain_text(string path)
    {
        const string token = "Validation: Testing client application reachability for subscription Request-Id: 7e1c<b>";

        var response = await _app.CreateClient().PostAsync($"{path}?validationToken={Uri.EscapeDataString(token)}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(token, await response.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_notification_with_the_right_client_state_is_persisted_and_answered_202()
    {
        await WatchAsync();

        var response = await PostAsync(Notification(Secret, "msg-1"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var stored = await QueueAsync();
        var item = Assert.Single(stored);
        Assert.Equal("msg-1", item.MessageId);
        Assert.Equal("created", item.ChangeType);
        Assert.Null(item.ProcessedAt);
    }

    [Fact]
    public async Task A_notification_with_a_wrong_or_missing_client_state_is_dropped()
    {
        await WatchAsync();

        var wrong = await PostAsync(Notification("guess", "msg-2"));
        var missing = await PostAsync(Notification(null, "msg-3"));
        var unknown = await PostAsync(Notification(Secret, "msg-4", subscriptionId: "not-ours"));

        Assert.Equal(HttpStatusCode.Accepted, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Empty(await QueueAsync());
    }

    [Fact]
    public async Task A_lifecycle_event_is_persisted_for_the_worker()
    {
        await WatchAsync();
        var body = $$"""{"value":[{"subscriptionId":"{{_subscriptionId}}","subscriptionExpirationDateTime":"2026-11-30T00:00:00Z","tenantId":"t","clientState":"{{Secret}}","lifecycleEvent":"missed"}]}""";

        var response = await _app.CreateClient().PostAsync("/webhooks/graph/lifecycle", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("missed", Assert.Single(await QueueAsync()).LifecycleEvent);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"value\": 3}")]
    [InlineData("[1,2]")]
    public async Task A_body_that_is_not_a_notification_is_400(string body)
    {
        var response = await _app.CreateClient().PostAsync("/webhooks/graph", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose() => _app.Dispose();

    private async Task WatchAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        db.MailboxWatches.Add(new MailboxWatchRecord
        {
            OwnerTenantId = "development",
            OwnerObjectId = Guid.NewGuid().ToString(),
            OwnerEmail = "se@fabrikam.example",
            SubscriptionId = _subscriptionId,
            ClientState = Secret,
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(2),
            Version = 1,
        });
        await db.SaveChangesAsync();
    }

    private async Task<List<MailNotificationRecord>> QueueAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        return await db.MailNotifications.AsNoTracking().Where(n => n.SubscriptionId == _subscriptionId).ToListAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string body) =>
        _app.CreateClient().PostAsync("/webhooks/graph", new StringContent(body, Encoding.UTF8, "application/json"));

    private string Notification(string? clientState, string messageId, string? subscriptionId = null)
    {
        var state = clientState is null ? string.Empty : $"\"clientState\":\"{clientState}\",";
        return $$"""
            {"value":[{"subscriptionId":"{{subscriptionId ?? _subscriptionId}}","subscriptionExpirationDateTime":"2026-11-30T00:00:00Z",
              "changeType":"created","resource":"Users/u/Messages/{{messageId}}",
              "resourceData":{"@odata.type":"#Microsoft.Graph.Message","@odata.id":"Users/u/Messages/{{messageId}}","@odata.etag":"W/\"1\"","id":"{{messageId}}"},
              {{state}}"tenantId":"t"}]}
            """;
    }
}
