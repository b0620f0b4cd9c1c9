using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Npgsql;
using OutlookWin.Sandbox;
using OutlookWin.Testing;

namespace OutlookWin.Benchmarks;

/// <summary>
/// The fault-injection soak over two API processes behind one address, on one database (SQLite file or PostgreSQL),
/// sharing one Sandbox mailbox service: many prospect replies with a share of their notifications duplicated and a
/// share dropped, one instance killed with <c>kill -9</c> halfway and started again. Reports replies stored, stored
/// twice and lost, the time from each reply to its stored verdict, and the webhook's answer times under a burst, cold
/// (just after a start) and warm. Needs the solution built in Release.
/// </summary>
internal static class TrackingCluster
{
    public static async Task<int> RunAsync(string[] args)
    {
        var replies = Int(args, "--replies", 1000);
        var mailboxes = Int(args, "--mailboxes", 20);
        var declarations = Int(args, "--declarations", 200);
        var faults = double.Parse(Arg(args, "--faults") ?? "0.1", CultureInfo.InvariantCulture);
        var postgres = Arg(args, "--postgres");
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        await using var database = await Database.CreateAsync(postgres);
        await using var sandbox = await SandboxHost.StartAsync(o =>
        {
            o.SigningKey = key;
            o.NotificationTimeout = TimeSpan.FromSeconds(5);
            // Exchange's transport: the sent copy appears in Sent Items a moment after the send.
            o.SentCopyDelay = TimeSpan.FromSeconds(2);
        });
        var portA = ApiProcess.FreePort();
        var portB = ApiProcess.FreePort();
        await using var balancer = await LoadBalancer.StartAsync(new Uri($"http://127.0.0.1:{portA}/"), new Uri($"http://127.0.0.1:{portB}/"));
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Mailbox:Provider"] = "Sandbox",
            ["Mailbox:SandboxUrl"] = sandbox.Address.ToString(),
            ["Sandbox:SigningKey"] = key,
            ["Tracking:PublicBaseUrl"] = balancer.Address.ToString(),
            ["Tracking:WatchLease"] = "00:01:00",
            ["Tracking:DeltaInterval"] = "00:00:30",
            ["RateLimits:PerUserPerMinute"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
        };
        await using var a = new ApiProcess("instance A", settings, portA);
        await using var b = new ApiProcess("instance B", settings, portB);
        await a.StartAsync(TimeSpan.FromMinutes(2));
        await b.StartAsync(TimeSpan.FromMinutes(2));
        Console.WriteLine($"cluster: two API processes on {database.Provider}, one Sandbox, one address {balancer.Address}");

        var users = Enumerable.Range(1, mailboxes).Select(i => $"soak-{i:00}-{Guid.NewGuid():N}@fabrikam.example").ToArray();
        var setup = Stopwatch.StartNew();
        var sent = (await Task.WhenAll(users.Select(async user =>
        {
            using var http = Client(balancer.Address, user);
            var ids = new List<(string User, Guid Id)>();
            for (var n = 0; n < declarations / mailboxes; n++)
            {
                var plan = await TrackingLoad.ReadAsync(await http.PostAsync("/api/plans", TrackingLoad.Json(TrackingLoad.Plan)));
                var declaration = await TrackingLoad.ReadAsync(await http.PostAsync($"/api/plans/{plan["id"]}/declarations", TrackingLoad.Json("{}")));
                (await http.PostAsync($"/api/declarations/{declaration["id"]}/send", null)).EnsureSuccessStatusCode();
                ids.Add((user, Guid.Parse((string)declaration["id"]!)));
            }

            // Every sent copy recorded before the prospects answer.
            while (setup.Elapsed < TimeSpan.FromMinutes(5))
            {
                var all = await http.GetFromJsonAsync<JsonArray>("/api/declarations");
                if (all!.Count(d => d!["internetMessageId"] is not null) >= ids.Count)
                {
                    break;
                }

                await Task.Delay(500);
            }

            return ids;
        }))).SelectMany(d => d).ToArray();
        Console.WriteLine($"  {sent.Length} declarations sent from {mailboxes} mailboxes in {setup.Elapsed.TotalSeconds:F0} s");

        // The faults spread over the whole burst: every 1/faults-th reply's notification is dropped, another's duplicated.
        var faulty = (int)Math.Round(replies * faults);
        var every = Math.Max(1, (int)Math.Round(1 / Math.Max(faults, 1e-9)));
        var dropped = new HashSet<int>();
        var sandboxFaults = sandbox.Get<SandboxFaults>();
        var prospect = sandbox.Get<ProspectSimulator>();
        var repliedAt = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var order = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var wall = Stopwatch.StartNew();
        Task? restart = null;
        for (var n = 0; n < replies; n++)
        {
            if (n == replies / 2)
            {
                a.Kill();
                Console.WriteLine($"  instance A killed (kill -9) after {n} replies, {wall.Elapsed.TotalSeconds:F1} s into the burst");
            }

            if (n == replies * 3 / 4)
            {
                restart = a.StartAsync(TimeSpan.FromMinutes(2));
            }

            if (faulty > 0 && n % every == every / 3)
            {
                sandboxFaults.DropNextNotifications(1);
                dropped.Add(n);
            }
            else if (faulty > 0 && n % every == every * 2 / 3)
            {
                sandboxFaults.DuplicateNextNotifications(1);
            }

            var (user, id) = sent[n % sent.Length];
            var reply = prospect.Reply(new ProspectReplyRequest(id, Canned: n % 2 == 0 ? ProspectSimulator.ThumbsUp : ProspectSimulator.Confirmed, Mailbox: user));
            repliedAt[reply.Id] = DateTimeOffset.UtcNow;
            order[reply.Id] = n;
            await Task.Delay(10);
        }

        Console.WriteLine($"  {replies} replies delivered in {wall.Elapsed.TotalSeconds:F1} s; {dropped.Count} notifications dropped, as many duplicated");
        await restart!;

        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        Dictionary<string, DateTimeOffset> stored;
        do
        {
            await Task.Delay(1000);
            stored = await database.StoredAsync();
        }
        while (stored.Count < replies && DateTime.UtcNow < deadline);

        var ours = stored.Where(s => repliedAt.ContainsKey(s.Key)).ToList();
        var latencies = ours.Select(s => Math.Max(0, (s.Value - repliedAt[s.Key]).TotalMilliseconds)).Order().ToArray();
        var events = await database.ScalarAsync("SELECT count(*) FROM evidence_chain WHERE \"Kind\" = 'reply_received'");
        Console.WriteLine($"  stored {ours.Count} of {replies}; stored twice {events - ours.Count}; lost {replies - ours.Count}");
        if (latencies.Length > 0)
        {
            var notified = ours.Where(s => !dropped.Contains(order[s.Key])).Select(s => Math.Max(0, (s.Value - repliedAt[s.Key]).TotalMilliseconds)).Order().ToArray();
            var unnotified = ours.Where(s => dropped.Contains(order[s.Key])).Select(s => Math.Max(0, (s.Value - repliedAt[s.Key]).TotalMilliseconds)).Order().ToArray();
            Console.WriteLine($"  reply to stored verdict: p50 {TrackingLoad.Percentile(latencies, 50):F0} ms, p99 {TrackingLoad.Percentile(latencies, 99):F0} ms, max {latencies[^1]:F0} ms");
            Console.WriteLine($"  the {notified.Length} notified: p50 {TrackingLoad.Percentile(notified, 50):F0} ms, p99 {TrackingLoad.Percentile(notified, 99):F0} ms, max {notified[^1]:F0} ms; the {unnotified.Length} found by the delta sync: p50 {TrackingLoad.Percentile(unnotified, 50):F0} ms, max {(unnotified.Length > 0 ? unnotified[^1] : 0):F0} ms");
            foreach (var (label, from, to) in new[] { ("both instances up", 0, replies / 2), ("one instance killed", replies / 2, replies * 3 / 4), ("restarting", replies * 3 / 4, replies) })
            {
                var phase = ours.Where(s => order[s.Key] >= from && order[s.Key] < to && !dropped.Contains(order[s.Key]))
                    .Select(s => Math.Max(0, (s.Value - repliedAt[s.Key]).TotalMilliseconds)).Order().ToArray();
                Console.WriteLine($"    notified replies {from}-{to - 1} ({label}): p50 {TrackingLoad.Percentile(phase, 50):F0} ms, p90 {TrackingLoad.Percentile(phase, 90):F0} ms, p99 {TrackingLoad.Percentile(phase, 99):F0} ms");
            }

            // Where a notified reply's time goes: Graph's delivery to the webhook, the wait in the queue, the reading.
            var received = await database.FirstNotificationAsync();
            var delivery = ours.Where(s => received.ContainsKey(s.Key)).Select(s => Math.Max(0, (received[s.Key] - repliedAt[s.Key]).TotalMilliseconds)).Order().ToArray();
            var afterReceipt = ours.Where(s => received.ContainsKey(s.Key)).Select(s => Math.Max(0, (s.Value - received[s.Key]).TotalMilliseconds)).Order().ToArray();
            if (delivery.Length > 0)
            {
                Console.WriteLine($"    reply to its first notification stored: p50 {TrackingLoad.Percentile(delivery, 50):F0} ms, p99 {TrackingLoad.Percentile(delivery, 99):F0} ms; then to its verdict: p50 {TrackingLoad.Percentile(afterReceipt, 50):F0} ms, p99 {TrackingLoad.Percentile(afterReceipt, 99):F0} ms");
            }

            Console.WriteLine($"  notified replies read after more than 2 s: {notified.Count(l => l > 2000)} (after more than 10 s: {notified.Count(l => l > 10000)})");
        }

        // The webhook under a burst: cold (a process just started, its first answer; then started again and sent traffic
        // only once it says it is ready, as a load balancer does) and warm (the same again).
        var subscription = await database.SubscriptionAsync();
        b.Kill();
        await b.StartAsync(TimeSpan.FromMinutes(2));
        using var direct = new HttpClient { BaseAddress = b.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        await TrackingLoad.BurstAsync(direct, subscription, 1000, 32, "cold: at the first answer");
        b.Kill();
        await b.StartAsync(TimeSpan.FromMinutes(2));
        await b.WaitReadyAsync(TimeSpan.FromMinutes(2));
        await TrackingLoad.BurstAsync(direct, subscription, 1000, 32, "cold: once /health/ready");
        await TrackingLoad.BurstAsync(direct, subscription, 1000, 32, "warm");
        return ours.Count == replies && events == ours.Count ? 0 : 1;
    }

    private static HttpClient Client(Uri baseUrl, string user) => DevSignIn.Client(baseUrl, user);

    private static int Int(string[] args, string name, int fallback) =>
        Arg(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>A throwaway database: a SQLite file in a temporary folder, or a new PostgreSQL database on the server given.</summary>
    private sealed class Database : IAsyncDisposable
    {
        private readonly string? _server;
        private readonly string? _folder;
        private readonly string _name = $"outlookwin_soak_{Guid.NewGuid():N}";

        private Database(string? server)
        {
            _server = server;
            if (server is null)
            {
                _folder = Directory.CreateTempSubdirectory("outlookwin-soak-").FullName;
            }
        }

        public string Provider => _server is null ? "Sqlite" : "Postgres";

        public string ConnectionString => _server is null
            ? $"Data Source={Path.Combine(_folder!, "outlookwin.db")}"
            : new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

        public static async Task<Database> CreateAsync(string? server)
        {
            var database = new Database(server);
            if (server is not null)
            {
                await using var connection = new NpgsqlConnection(server);
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database._name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }

            return database;
        }

        /// <summary>Each notified message's first notification, as the webhook stored it.</summary>
        public Task<Dictionary<string, DateTimeOffset>> FirstNotificationAsync() =>
            TimesAsync("SELECT \"MessageId\", min(\"ReceivedAt\") FROM mail_notifications WHERE \"MessageId\" IS NOT NULL GROUP BY \"MessageId\"");

        /// <summary>Each stored reply's time of storing.</summary>
        public Task<Dictionary<string, DateTimeOffset>> StoredAsync() => TimesAsync("SELECT \"MessageId\", \"StoredAt\" FROM replies");

        private async Task<Dictionary<string, DateTimeOffset>> TimesAsync(string sql)
        {
            await using var connection = Open();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            while (await reader.ReadAsync())
            {
                times[reader.GetString(0)] = reader.GetValue(1) switch
                {
                    DateTimeOffset o => o,
                    DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
                    // SQLite: the API stores DateTimeOffset with EF's binary converter (UTC ticks, orderable).
                    long binary => (DateTimeOffset)new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertFromProvider(binary)!,
                    string t => DateTimeOffset.Parse(t, CultureInfo.InvariantCulture),
                    var other => throw new InvalidOperationException($"a time read as {other.GetType()}"),
                };
            }

            return times;
        }

        public async Task<long> ScalarAsync(string sql)
        {
            await using var connection = Open();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        public async Task<JsonObject> SubscriptionAsync()
        {
            await using var connection = Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"SubscriptionId\", \"ClientState\" FROM mailbox_watches WHERE \"SubscriptionId\" IS NOT NULL LIMIT 1";
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                throw new InvalidOperationException("No mailbox is subscribed.");
            }

            return new JsonObject { ["id"] = reader.GetString(0), ["clientState"] = reader.GetString(1) };
        }

        public async ValueTask DisposeAsync()
        {
            if (_server is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(_server);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
            else
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(_folder!, recursive: true);
            }
        }

        private DbConnection Open()
        {
            DbConnection connection = _server is null ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
            connection.Open();
            return connection;
        }
    }
}
