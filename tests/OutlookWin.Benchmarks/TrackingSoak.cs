using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutlookWin.Benchmarks;

/// <summary>
/// A fault-injection soak against a running API on loopback (Sandbox mailbox): many prospect replies across many
/// declarations, with a share of their notifications duplicated and a share dropped by the Sandbox. Counts replies
/// stored, stored twice and lost, and the time from each reply to the moment the pane is told of it — listening on the
/// same event stream the pane keeps open. Bounded: gives up on the stragglers after a deadline.
/// </summary>
internal static partial class TrackingSoak
{
    public static async Task<int> RunAsync(HttpClient http, string plan, int replies, int declarations, double faultShare)
    {
        var ids = new List<string>();
        for (var i = 0; i < declarations; i++)
        {
            var created = await TrackingLoad.ReadAsync(await http.PostAsync("/api/plans", TrackingLoad.Json(plan)));
            var declaration = await TrackingLoad.ReadAsync(await http.PostAsync($"/api/plans/{created["id"]}/declarations", TrackingLoad.Json("{}")));
            (await http.PostAsync($"/api/declarations/{declaration["id"]}/send", null)).EnsureSuccessStatusCode();
            ids.Add((string)declaration["id"]!);
        }

        // Every sent copy recorded and the mailbox watched before the prospect starts answering.
        var ready = Stopwatch.StartNew();
        while (ready.Elapsed < TimeSpan.FromMinutes(2))
        {
            var all = await http.GetFromJsonAsync<JsonArray>("/api/declarations");
            var tracking = await http.GetFromJsonAsync<JsonObject>("/api/tracking");
            if (all!.Count(d => d!["internetMessageId"] is not null) >= declarations && (bool?)tracking?["liveNotifications"] == true)
            {
                break;
            }

            await Task.Delay(200);
        }

        var faulty = (int)Math.Round(replies * faultShare);
        (await http.PostAsJsonAsync("/sandbox/faults", new { duplicateNotifications = faulty, dropNotifications = faulty })).EnsureSuccessStatusCode();

        var sentAt = new ConcurrentDictionary<int, long>();
        var seenAt = new ConcurrentDictionary<int, long>();
        var stored = new ConcurrentDictionary<int, int>();
        using var stop = new CancellationTokenSource();
        var listening = ListenAsync(http, sentAt, seenAt, stop.Token);
        await Task.Delay(500);

        var wall = Stopwatch.StartNew();
        using (var gate = new SemaphoreSlim(8))
        {
            await Task.WhenAll(Enumerable.Range(0, replies).Select(async n =>
            {
                await gate.WaitAsync();
                try
                {
                    sentAt[n] = Stopwatch.GetTimestamp();
                    var text = $"Confirmed: the evaluation met every agreed criterion and we consider it a technical win. (ref {n})";
                    (await http.PostAsJsonAsync("/sandbox/prospect/replies", new { declarationId = ids[n % ids.Count], text })).EnsureSuccessStatusCode();
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        Console.WriteLine($"soak: {replies} replies across {declarations} declarations sent in {wall.Elapsed.TotalSeconds:F1} s; {faulty} notifications duplicated, {faulty} dropped");
        var deadline = Stopwatch.StartNew();
        while (seenAt.Count < replies && deadline.Elapsed < TimeSpan.FromMinutes(20))
        {
            await Task.Delay(1000);
        }

        // A last full count, straight from the API: what is stored, once or more.
        stored.Clear();
        foreach (var id in ids)
        {
            var declaration = await http.GetFromJsonAsync<JsonObject>($"/api/declarations/{id}");
            foreach (var reply in declaration!["replies"]!.AsArray())
            {
                if (RefOf((string?)reply!["replyText"]) is { } n)
                {
                    stored.AddOrUpdate(n, 1, (_, c) => c + 1);
                }
            }
        }

        await stop.CancelAsync();
        try
        {
            await listening;
        }
        catch (OperationCanceledException)
        {
        }

        var notifications = await http.GetFromJsonAsync<JsonArray>("/sandbox/notifications") ?? [];
        var latencies = seenAt.Select(p => Stopwatch.GetElapsedTime(sentAt[p.Key], p.Value).TotalMilliseconds).Order().ToArray();
        Console.WriteLine($"  stored {stored.Count} of {replies}; stored twice {stored.Count(p => p.Value > 1)}; lost {replies - stored.Count}");
        Console.WriteLine($"  notifications: {notifications.Count(n => (string?)n!["outcome"] == "dropped")} dropped by the Sandbox, {notifications.Count(n => (string?)n!["outcome"] == "delivered")} delivered");
        if (latencies.Length > 0)
        {
            Console.WriteLine($"  reply to pane told (event stream): p50 {TrackingLoad.Percentile(latencies, 50):F0} ms, p99 {TrackingLoad.Percentile(latencies, 99):F0} ms, max {latencies[^1]:F0} ms (dropped notifications wait for the delta query)");
            var live = latencies.Take((int)(latencies.Length * (1 - faultShare))).ToArray();
            Console.WriteLine($"  fastest {1 - faultShare:P0} (those notified): p50 {TrackingLoad.Percentile(live, 50):F0} ms, p99 {TrackingLoad.Percentile(live, 99):F0} ms");
        }

        return stored.Count == replies && stored.All(p => p.Value == 1) ? 0 : 1;
    }

    /// <summary>Keeps the pane's event stream open; on each change, reads that declaration and notes the replies new to it.</summary>
    private static async Task ListenAsync(HttpClient http, ConcurrentDictionary<int, long> sentAt, ConcurrentDictionary<int, long> seenAt, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/declarations/events");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (!line.StartsWith("data:", StringComparison.Ordinal) || JsonNode.Parse(line[5..])?["id"] is not { } idNode)
            {
                continue;
            }

            var now = Stopwatch.GetTimestamp();
            JsonObject? declaration;
            try
            {
                declaration = await http.GetFromJsonAsync<JsonObject>($"/api/declarations/{(string)idNode!}", ct);
            }
            catch (HttpRequestException e)
            {
                // Over the per-user rate limit (run the API with a higher RateLimits:PerUserPerMinute): say so, go on.
                Console.Error.WriteLine($"  reading a declaration failed: {e.Message}");
                continue;
            }

            foreach (var reply in declaration!["replies"]!.AsArray())
            {
                if (RefOf((string?)reply!["replyText"]) is { } n && sentAt.ContainsKey(n))
                {
                    seenAt.TryAdd(n, now);
                }
            }
        }
    }

    private static int? RefOf(string? text) =>
        text is not null && RefPattern().Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\(ref (\d+)\)")]
    private static partial Regex RefPattern();
}
