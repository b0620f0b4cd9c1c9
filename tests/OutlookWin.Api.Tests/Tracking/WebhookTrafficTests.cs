using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OutlookWin.Api.Tests.Infrastructure;
using OutlookWin.Api.Tracking;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>The gauge the notification worker reads to step aside while the webhook answers Graph.</summary>
public sealed class WebhookTrafficTests : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public async Task Without_traffic_nothing_waits()
    {
        var traffic = new WebhookTraffic();
        Assert.False(traffic.Busy(Quiet));
        Assert.Equal(0, traffic.InFlight);
        var waited = await traffic.WaitForLullAsync(Quiet, TimeSpan.FromSeconds(30), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(waited < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_request_in_flight_holds_the_wait_until_it_ends_and_a_little_after()
    {
        var traffic = new WebhookTraffic();
        var answering = traffic.Enter();
        Assert.Equal(1, traffic.InFlight);
        Assert.True(traffic.Busy(Quiet));
        var wait = traffic.WaitForLullAsync(Quiet, TimeSpan.FromMinutes(5), CancellationToken.None);
        await Task.Delay(100);
        Assert.False(wait.IsCompleted);

        answering.Dispose();
        Assert.Equal(0, traffic.InFlight);
        Assert.True(traffic.Busy(TimeSpan.FromMinutes(1)), "just ended: still busy for a longer quiet time");
        var waited = await wait.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(waited >= TimeSpan.FromMilliseconds(100));
        Assert.False(traffic.Busy(Quiet));
    }

    [Fact]
    public async Task The_wait_never_outlasts_its_limit()
    {
        var traffic = new WebhookTraffic();
        using var answering = traffic.Enter();
        var waited = await traffic.WaitForLullAsync(Quiet, TimeSpan.FromMilliseconds(150), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(waited >= TimeSpan.FromMilliseconds(150));
        Assert.True(traffic.Busy(Quiet));
    }

    [Fact]
    public async Task The_webhook_counts_its_requests_while_it_answers_them_and_releases_them_after()
    {
        await using var app = new OutlookWinApplication(_database);
        using var client = app.CreateClient();
        var traffic = app.Services.GetRequiredService<WebhookTraffic>();

        // Valid or not, every request is counted while in flight and released after: none is left holding the worker.
        using (var bad = await client.PostAsync("/webhooks/graph", new StringContent("{not json", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        Assert.True(traffic.Busy(TimeSpan.FromMinutes(1)), "the webhook's request was not counted");
        using (var empty = await client.PostAsync("/webhooks/graph", new StringContent("""{"value":[]}""", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Accepted, empty.StatusCode);
        }

        using (var lifecycle = await client.PostAsync("/webhooks/graph/lifecycle", new StringContent("""{"value":[]}""", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Accepted, lifecycle.StatusCode);
        }

        Assert.Equal(0, traffic.InFlight);
    }

    public void Dispose() => _database.Dispose();
}
