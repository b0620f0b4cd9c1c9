using System.Diagnostics;
using System.Text.Json.Nodes;
using OutlookWin.Api.Tests.Infrastructure;
using Xunit.Abstractions;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>
/// The product restarted between the declaration and the reply. The Sandbox keeps its subscriptions and delta tokens
/// with its mailboxes, as Graph does; the delta query runs only hourly here, so a reply can only be read in time if the
/// webhook is live again after the restart.
/// </summary>
public abstract class RestartEndToEndTests(ITestOutputHelper output) : TrackingTest, IDisposable
{
    private readonly string _sandboxData = Path.Combine(Path.GetTempPath(), "outlookwin-restart-" + Guid.NewGuid().ToString("N"));

    private Dictionary<string, string?> Settings => new()
    {
        ["Sandbox:DataPath"] = _sandboxData,
        ["Tracking:DeltaInterval"] = "01:00:00",
    };

    [SkippableFact]
    public async Task After_a_restart_the_kept_subscription_delivers_the_next_reply()
    {
        var client = Start(Settings);
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        var subscription = (string)(await WaitForSubscriptionAsync(client))["id"]!;
        await WaitForFirstSyncAsync(client);

        client = await RestartAsync(Settings);
        var replied = Stopwatch.StartNew();
        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });
        await WaitForStateAsync(client, id, "confirmed");
        output.WriteLine($"Reply read {replied.Elapsed.TotalSeconds:0.0} s after it arrived, after a restart in place.");

        // The same subscription, kept by the Sandbox and checked by the restarted service, carried it.
        var subscriptions = await client.SubscriptionsAsync();
        Assert.Equal(subscription, (string?)Assert.Single(subscriptions)!["id"]);
    }

    [SkippableFact]
    public async Task A_restart_on_a_new_public_address_moves_the_subscription_there()
    {
        var client = Start(Settings);
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        var old = (string)(await WaitForSubscriptionAsync(client))["id"]!;
        await WaitForFirstSyncAsync(client);

        // Graph would go on posting to the old address; the restarted service notices and subscribes again.
        client = await RestartAsync(Settings, samePort: false);
        var moved = await TrackingServer.EventuallyAsync(
            async () => (await client.SubscriptionsAsync()).Select(s => s!.AsObject()).ToList(),
            s => s.Count == 1 && (string?)s[0]["id"] != old, Patience, "a subscription on the new address");
        Assert.Equal(new Uri(Server.BaseUrl, "webhooks/graph"), new Uri((string)moved[0]["notificationUrl"]!));

        var replied = Stopwatch.StartNew();
        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });
        await WaitForStateAsync(client, id, "confirmed");
        output.WriteLine($"Reply read {replied.Elapsed.TotalSeconds:0.0} s after it arrived, after a restart on a new address.");
    }

    public void Dispose()
    {
        if (Directory.Exists(_sandboxData))
        {
            Directory.Delete(_sandboxData, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Waits until the mailbox's first delta round is done, so later replies can only come by notification.</summary>
    private static Task<JsonObject> WaitForFirstSyncAsync(HttpClient client) =>
        TrackingServer.EventuallyAsync(
            async () => await (await client.GetAsync("/api/tracking")).ReadObjectAsync(),
            s => s["lastSyncAt"] is not null && (bool)s["liveNotifications"]!, Patience, "the first delta round");
}

[Collection(TrackingTest.Collection)]
public sealed class SqliteRestartEndToEndTests(ITestOutputHelper output) : RestartEndToEndTests(output);

[Collection(TrackingTest.PostgresCollection)]
public sealed class PostgresRestartEndToEndTests(ITestOutputHelper output) : RestartEndToEndTests(output)
{
    protected override Task<ITestDatabase> NewDatabaseAsync() => PostgresAsync();
}
