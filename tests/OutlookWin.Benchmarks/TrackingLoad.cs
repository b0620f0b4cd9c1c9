using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace OutlookWin.Benchmarks;

/// <summary>
/// A load run against a running API on loopback (started with the README's run command, Sandbox mailbox):
/// a burst of Graph change notifications at the webhook (time to answer, p50/p99), then the time from the
/// prospect's reply to the state change the pane sees. Bounded in count and time; stops by itself.
/// </summary>
internal static class TrackingLoad
{
    internal const string Plan = """
        { "prospect": "Contoso", "dealName": "Contoso observability POV",
          "povStart": "2026-11-10", "povEnd": "2026-11-24", "readoutDate": "2026-11-24",
          "accountExecutive": {"name": "Jordan Lee", "email": "jordan@fabrikam.example"},
          "leadEngineer": {"name": "Dana Kim", "email": "dana@contoso.example"},
          "economicBuyer": {"name": "Priya Shah", "title": "VP of Engineering", "email": "priya@contoso.example"},
          "criteria": [
            {"title": "Reduce MTTR", "metric": "MTTR reduction", "unit": "percent", "direction": "higher_is_better",
             "target": 40, "measured": 43, "status": "proven", "mandatory": true} ] }
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var url = new Uri(Arg(args, "--url") ?? "http://127.0.0.1:5080");
        if (!IPAddress.TryParse(url.Host, out var ip) ? url.Host != "localhost" : !IPAddress.IsLoopback(ip))
        {
            Console.Error.WriteLine("The load run only targets loopback addresses.");
            return 2;
        }

        var burst = int.Parse(Arg(args, "--notifications") ?? "1000", System.Globalization.CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Arg(args, "--concurrency") ?? "32", System.Globalization.CultureInfo.InvariantCulture);
        var replies = int.Parse(Arg(args, "--replies") ?? "20", System.Globalization.CultureInfo.InvariantCulture);
        var user = $"load-{Guid.NewGuid():N}@fabrikam.example";
        using var http = OutlookWin.Testing.DevSignIn.Client(url, user, "Load Run");
        http.Timeout = TimeSpan.FromSeconds(30);
        if (Arg(args, "--soak") is { } soak)
        {
            return await TrackingSoak.RunAsync(
                http,
                Plan,
                int.Parse(soak, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(Arg(args, "--declarations") ?? "50", System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(Arg(args, "--faults") ?? "0.1", System.Globalization.CultureInfo.InvariantCulture));
        }

        var plan = await ReadAsync(await http.PostAsync("/api/plans", Json(Plan)));
        var declaration = await ReadAsync(await http.PostAsync($"/api/plans/{plan["id"]}/declarations", Json("{}")));
        var id = (string)declaration["id"]!;
        (await http.PostAsync($"/api/declarations/{id}/send", null)).EnsureSuccessStatusCode();

        JsonObject? subscription = null;
        for (var i = 0; i < 100 && subscription is null; i++)
        {
            subscription = (await http.GetFromJsonAsync<JsonArray>("/sandbox/subscriptions"))?.FirstOrDefault()?.AsObject();
            await Task.Delay(100);
        }

        if (subscription is null)
        {
            Console.Error.WriteLine("No subscription appeared within 10 s.");
            return 1;
        }

        // The first burst meets a cold process (what Graph sees after a deploy); the ones after it, a warm one.
        var bursts = int.Parse(Arg(args, "--bursts") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        for (var b = 0; burst > 0 && b < bursts; b++)
        {
            await BurstAsync(http, subscription, burst, concurrency, bursts == 1 ? null : b == 0 ? "cold" : $"warm {b}");
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        if (replies > 0)
        {
            await RepliesAsync(http, id, replies);
        }

        return 0;
    }

    /// <summary>Webhook burst: what Graph measures (time to a 2xx).</summary>
    internal static async Task BurstAsync(HttpClient http, JsonObject subscription, int burst, int concurrency, string? label = null)
    {
        var latencies = new double[burst];
        var accepted = 0;
        using var gate = new SemaphoreSlim(concurrency);
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, burst).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var body = Notification((string)subscription["id"]!, (string?)subscription["clientState"], $"load-{i}-{Guid.NewGuid():N}");
                var watch = Stopwatch.StartNew();
                using var response = await http.PostAsync("/webhooks/graph", new StringContent(body, Encoding.UTF8, "application/json"));
                latencies[i] = watch.Elapsed.TotalMilliseconds;
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    Interlocked.Increment(ref accepted);
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        wall.Stop();
        Array.Sort(latencies);
        Console.WriteLine($"webhook burst{(label is null ? string.Empty : $" ({label})")}: {burst} notifications, concurrency {concurrency}, {accepted} answered 202 in {wall.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"  time to answer: p50 {Percentile(latencies, 50):F1} ms, p99 {Percentile(latencies, 99):F1} ms, max {latencies[^1]:F1} ms");

    }

    /// <summary>Prospect reply to state change, as the pane polls it.</summary>
    private static async Task RepliesAsync(HttpClient http, string id, int replies)
    {
        var times = new List<double>();
        for (var i = 0; i < replies; i++)
        {
            var before = ((await http.GetFromJsonAsync<JsonObject>($"/api/declarations/{id}"))!["replies"]!.AsArray()).Count;
            var watch = Stopwatch.StartNew();
            var reply = await http.PostAsJsonAsync("/sandbox/prospect/replies", new { declarationId = id, canned = i % 2 == 0 ? "thumbs_up" : "confirmed" });
            reply.EnsureSuccessStatusCode();
            while (watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                var count = ((await http.GetFromJsonAsync<JsonObject>($"/api/declarations/{id}"))!["replies"]!.AsArray()).Count;
                if (count > before)
                {
                    break;
                }

                await Task.Delay(10);
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
            if (Environment.GetEnvironmentVariable("OUTLOOKWIN_LOAD_VERBOSE") == "1")
            {
                Console.WriteLine($"  reply {i}: {watch.Elapsed.TotalMilliseconds:F0} ms");
            }
        }

        var sorted = times.Order().ToArray();
        Console.WriteLine($"reply to state change: {replies} replies, p50 {Percentile(sorted, 50):F0} ms, p99 {Percentile(sorted, 99):F0} ms, max {sorted[^1]:F0} ms");
    }

    internal static double Percentile(double[] sorted, int p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    internal static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    internal static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
        }

        return JsonNode.Parse(body)!.AsObject();
    }

    private static string Notification(string subscriptionId, string? clientState, string messageId) =>
        new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject
            {
                ["subscriptionId"] = subscriptionId,
                ["subscriptionExpirationDateTime"] = DateTimeOffset.UtcNow.AddDays(1).ToString("O"),
                ["changeType"] = "created",
                ["resource"] = $"Users/load/Messages/{messageId}",
                ["resourceData"] = new JsonObject
                {
                    ["@odata.type"] = "#Microsoft.Graph.Message",
                    ["@odata.id"] = $"Users/load/Messages/{messageId}",
                    ["id"] = messageId,
                },
                ["clientState"] = clientState,
                ["tenantId"] = "development",
            }),
        }.ToJsonString();
}
