using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Npgsql;
using OutlookWin.Api.Tests.Infrastructure;
using OutlookWin.Sandbox;
using OutlookWin.Testing;
using Xunit.Abstractions;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>
/// Two API processes behind one public address, on one PostgreSQL database, sharing one mailbox service (a Sandbox in
/// a third place, as Graph is): 200 declarations across 20 mailboxes, the prospects' replies with 10% of the
/// notifications duplicated and 10% dropped, and one instance killed with <c>kill -9</c> in the middle of the burst and
/// started again. Every reply must be stored exactly once.
/// </summary>
[Collection(TrackingTest.PostgresCollection)]
public sealed class TwoInstanceEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Mailboxes = 20;
    private const int PerMailbox = 10;
    private const int Replies = Mailboxes * PerMailbox;
    private readonly PostgresTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [SkippableFact]
    public async Task Every_reply_is_stored_once_when_an_instance_is_killed_mid_burst()
    {
        _database.EnsureAvailable();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var sandbox = await SandboxHost.StartAsync(o =>
        {
            o.SigningKey = key;
            // A killed instance or a busy machine can hold a webhook call for seconds: Graph would retry, then drop.
            o.NotificationTimeout = TimeSpan.FromSeconds(5);
        });

        var portA = ApiProcess.FreePort();
        var portB = ApiProcess.FreePort();
        await using var balancer = await LoadBalancer.StartAsync(new Uri($"http://127.0.0.1:{portA}/"), new Uri($"http://127.0.0.1:{portB}/"));
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = _database.ConnectionString,
            ["Mailbox:Provider"] = "Sandbox",
            ["Mailbox:SandboxUrl"] = sandbox.Address.ToString(),
            ["Sandbox:SigningKey"] = key,
            ["Graph:RetryDelaySeconds"] = "0",
            ["Tracking:PublicBaseUrl"] = balancer.Address.ToString(),
            ["Tracking:SweepInterval"] = "00:00:00.500",
            ["Tracking:WorkerPollInterval"] = "00:00:00.200",
            // A killed instance's mailboxes are taken over once its lease runs out; the delta query is the safety net for
            // the dropped notifications (15 minutes in production).
            ["Tracking:WatchLease"] = "00:00:05",
            ["Tracking:DeltaInterval"] = "00:00:10",
            ["RateLimits:PerUserPerMinute"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
        };
        await using var a = new ApiProcess("instance A", settings, portA);
        await using var b = new ApiProcess("instance B", settings, portB);
        try
        {
            // One at a time, so the first migrates the empty database and the second finds it done.
            var clock = Stopwatch.StartNew();
            await a.StartAsync(TimeSpan.FromSeconds(60));
            await b.StartAsync(TimeSpan.FromSeconds(60));
            output.WriteLine($"both instances answering after {clock.Elapsed.TotalSeconds:0.0} s");

            var users = Enumerable.Range(1, Mailboxes).Select(i => $"se-{i:00}-{Guid.NewGuid():N}@fabrikam.example").ToArray();
            var declarations = await Task.WhenAll(users.Select(async user =>
            {
                using var client = Client(balancer.Address, user);
                var ids = new List<(string User, Guid Id)>();
                for (var n = 0; n < PerMailbox; n++)
                {
                    var sent = await client.DeclareAndSendAsync(ContosoAllProven(), waitForSentCopy: false);
                    ids.Add((user, Guid.Parse((string)sent["id"]!)));
                }

                // The sent copies reach Sent Items a moment after each send: wait for all of them together, so the faults
                // armed below hit the prospects' notifications, not the copies'.
                await TrackingServer.EventuallyAsync(
                    async () => await (await client.GetAsync("/api/declarations")).ReadArrayAsync(),
                    list => list.Count(d => !string.IsNullOrEmpty((string?)d!["internetMessageId"])) == PerMailbox,
                    TimeSpan.FromSeconds(90),
                    "every sent copy");
                return ids;
            }));
            var all = declarations.SelectMany(d => d).ToArray();
            Assert.Equal(Replies, all.Length);
            output.WriteLine($"{all.Length} declarations sent from {users.Length} mailboxes at {clock.Elapsed.TotalSeconds:0.0} s; watch leases held: {await LeaseHoldersAsync()}");

            var faults = sandbox.Get<SandboxFaults>();
            faults.DuplicateNextNotifications(Replies / 10);
            faults.DropNextNotifications(Replies / 10);

            var prospect = sandbox.Get<ProspectSimulator>();
            var burst = Stopwatch.StartNew();
            Task? restart = null;
            for (var i = 0; i < all.Length; i++)
            {
                if (i == all.Length / 2)
                {
                    Assert.True(a.Running, "instance A must be running when it is killed");
                    a.Kill();
                    output.WriteLine($"instance A killed after {i} replies ({burst.Elapsed.TotalSeconds:0.0} s into the burst)");
                }

                if (i == all.Length * 3 / 4)
                {
                    restart = Task.Run(async () =>
                    {
                        await a.StartAsync(TimeSpan.FromSeconds(60));
                        output.WriteLine($"instance A answering again {burst.Elapsed.TotalSeconds:0.0} s into the burst");
                    });
                }

                var (user, id) = all[i];
                prospect.Reply(new ProspectReplyRequest(id, Canned: i % 5 == 4 ? ProspectSimulator.ThumbsUp : ProspectSimulator.Confirmed, Mailbox: user));
                await Task.Delay(20);
            }

            output.WriteLine($"{all.Length} replies delivered in {burst.Elapsed.TotalSeconds:0.0} s");
            await restart!;

            var stored = await TrackingServer.EventuallyAsync(
                () => ScalarAsync("SELECT count(*) FROM replies"), n => n >= Replies, TimeSpan.FromSeconds(120), "every reply stored");
            output.WriteLine($"all {stored} replies stored {burst.Elapsed.TotalSeconds:0.0} s after the burst began; leases: {await LeaseHoldersAsync()}");

            // Let any straggling duplicate or redelivery land, then count again.
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Equal(Replies, await ScalarAsync("SELECT count(*) FROM replies"));
            Assert.Equal(Replies, await ScalarAsync("SELECT count(DISTINCT \"DeclarationId\") FROM replies"));
            Assert.Equal(Replies, await ScalarAsync("SELECT count(*) FROM evidence_chain WHERE \"Kind\" = 'reply_received'"));
            Assert.Equal(0, await ScalarAsync(
                "SELECT count(*) FROM (SELECT \"DeclarationId\" FROM evidence_chain WHERE \"Kind\" = 'reply_received' GROUP BY \"DeclarationId\" HAVING count(*) > 1) twice"));

            // And each SE sees every declaration decided, as the reply said, through either instance.
            foreach (var group in all.Select((d, i) => (d.User, d.Id, Expected: i % 5 == 4 ? "ambiguous" : "confirmed")).GroupBy(d => d.User))
            {
                using var client = Client(balancer.Address, group.Key);
                var list = await (await client.GetAsync("/api/declarations")).ReadArrayAsync();
                var states = list.ToDictionary(d => Guid.Parse((string)d!["id"]!), d => (string?)d!["state"]);
                foreach (var (_, id, expected) in group)
                {
                    Assert.Equal(expected, states[id]);
                }
            }
        }
        catch
        {
            output.WriteLine($"--- instance A ---\n{a.Tail()}\n--- instance B ---\n{b.Tail()}");
            throw;
        }
    }

    private static HttpClient Client(Uri baseUrl, string user) => DevSignIn.Client(baseUrl, user);

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> LeaseHoldersAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(\"LeaseHolder\", '(none)'), count(*) FROM mailbox_watches GROUP BY 1 ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var parts = new List<string>();
        while (await reader.ReadAsync())
        {
            parts.Add($"{reader.GetString(0)}: {reader.GetInt64(1)}");
        }

        return string.Join(", ", parts);
    }
}
