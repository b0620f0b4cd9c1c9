using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookWin.Testing;

namespace OutlookWin.Sandbox.Tests;

/// <summary>The prospect simulator and fault injection over HTTP, and persistence across a restart.</summary>
public sealed class ControlRouteTests : IAsyncLifetime
{
    private SandboxHost _host = null!;
    private HttpClient _graph = null!;
    private HttpClient _control = null!;

    public async Task InitializeAsync()
    {
        _host = await SandboxHost.StartAsync();
        _graph = _host.CreateGraphClient();
        _control = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _graph.Dispose();
        _control.Dispose();
        await _host.DisposeAsync();
    }

    [Theory]
    [InlineData("confirmed", "considers the technical evaluation a success")]
    [InlineData("conditional", "can't sign until the parser patch is deployed")]
    [InlineData("declined", "not 43%")]
    [InlineData("thumbs_up", "\U0001F44D")]
    [InlineData("out_of_office", "out of the office until")]
    public async Task Canned_replies_arrive_in_the_se_inbox(string canned, string wording)
    {
        var declarationId = Guid.NewGuid();
        await GraphContractTests.SendDeclarationAsync(_graph, declarationId);

        using var response = await _control.PostAsJsonAsync("/sandbox/prospect/replies", new { declarationId, canned });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reply = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(SandboxHost.SalesEngineer.Email, (string?)reply!["mailbox"]);
        Assert.Equal("priya.shah@northwind-energy.com", (string?)reply["from"]);
        var inbox = await _control.GetFromJsonAsync<JsonArray>($"/sandbox/mailboxes/{SandboxHost.SalesEngineer.Email}/messages?folder=inbox");
        var listed = Assert.Single(inbox!)!.AsObject();
        Assert.Equal((string?)reply["id"], (string?)listed["id"]);
        Assert.NotNull((string?)listed["inReplyTo"]);
        var body = _host.Get<SandboxMailStore>().Find(SandboxHost.SalesEngineer.Email, (string)reply["id"]!)!.Body;
        Assert.Contains(wording, System.Net.WebUtility.HtmlDecode(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_prospect_greets_the_se_by_name_never_by_the_mailbox_local_part()
    {
        var named = Guid.NewGuid();
        var unnamed = Guid.NewGuid();
        await GraphContractTests.SendDeclarationAsync(_graph, named);
        await GraphContractTests.SendDeclarationAsync(_graph, unnamed);
        var prospect = _host.Get<ProspectSimulator>();
        var store = _host.Get<SandboxMailStore>();

        var byName = prospect.Reply(new ProspectReplyRequest(named, Canned: ProspectSimulator.Confirmed), SandboxHost.SalesEngineer.Email, "Alex Morgan");

        Assert.StartsWith("Hi Alex,", System.Net.WebUtility.HtmlDecode(StripTags(store.Find(SandboxHost.SalesEngineer.Email, byName.Id)!.Body)).TrimStart(), StringComparison.Ordinal);
        var withoutName = prospect.Reply(new ProspectReplyRequest(unnamed, Canned: ProspectSimulator.Confirmed), SandboxHost.SalesEngineer.Email);
        Assert.DoesNotContain("Hi sam.rivera@", store.Find(SandboxHost.SalesEngineer.Email, withoutName.Id)!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_gives_the_display_name_only_once_the_mailbox_has_one()
    {
        var unnamed = await _graph.GetFromJsonAsync<JsonObject>("me");
        Assert.Null((string?)unnamed!["displayName"]);
        Assert.Equal(SandboxHost.SalesEngineer.Email, (string?)unnamed["mail"]);

        _host.Get<SandboxMailStore>().EnsureMailbox(SandboxHost.SalesEngineer.Email, "Samantha Rivera-Lee");

        Assert.Equal("Samantha Rivera-Lee", (string?)(await _graph.GetFromJsonAsync<JsonObject>("me"))!["displayName"]);
    }

    private static string StripTags(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ");

    [Fact]
    public async Task A_pasted_eml_is_delivered_as_is_or_only_addressed_to_the_se()
    {
        var declarationId = Guid.NewGuid();
        await GraphContractTests.SendDeclarationAsync(_graph, declarationId);
        var addressed = "From: Priya Shah <priya.shah@northwind-energy.com>\r\nTo: Sam Rivera <sam.rivera@outlookwin-demo.com>\r\nSubject: Re: Declaration\r\n"
            + "Message-ID: <pasted-1@northwind-energy.com>\r\nDate: Wed, 25 Nov 2026 16:02:11 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nYes.\r\n";
        var unaddressed = addressed.Replace("To: Sam Rivera <sam.rivera@outlookwin-demo.com>", "To: Team <team@northwind-energy.com>", StringComparison.Ordinal)
            .Replace("pasted-1", "pasted-2", StringComparison.Ordinal);

        using var first = await _control.PostAsJsonAsync("/sandbox/prospect/replies", new { declarationId, mime = addressed });
        using var second = await _control.PostAsJsonAsync("/sandbox/prospect/replies", new { declarationId, mime = unaddressed });

        var store = _host.Get<SandboxMailStore>();
        var asIs = store.Find(SandboxHost.SalesEngineer.Email, (string)(await first.Content.ReadFromJsonAsync<JsonObject>())!["id"]!)!;
        // Delivered byte for byte under the receiving server's Authentication-Results, as Exchange stamps inbound mail.
        var stamp = System.Text.Encoding.ASCII.GetString(asIs.Mime![..asIs.Mime!.AsSpan().IndexOf("\r\n"u8)]);
        Assert.StartsWith("Authentication-Results: spf=pass", stamp, StringComparison.Ordinal);
        Assert.Contains("dmarc=pass", stamp, StringComparison.Ordinal);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(addressed), asIs.Mime[(stamp.Length + 2)..]);
        var readdressed = store.Find(SandboxHost.SalesEngineer.Email, (string)(await second.Content.ReadFromJsonAsync<JsonObject>())!["id"]!)!;
        Assert.Contains(readdressed.To, a => a.Email == SandboxHost.SalesEngineer.Email);
        Assert.Contains(readdressed.To, a => a.Email == "team@northwind-energy.com");
    }

    [Fact]
    public async Task Bad_prospect_requests_get_problem_details_naming_the_field()
    {
        using var both = await _control.PostAsJsonAsync("/sandbox/prospect/replies", new { declarationId = Guid.NewGuid(), text = "a", html = "<p>b</p>" });
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.NotNull((await both.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["text"]);

        using var canned = await _control.PostAsJsonAsync("/sandbox/prospect/replies", new { declarationId = Guid.NewGuid(), canned = "maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, canned.StatusCode);
        Assert.NotNull((await canned.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["canned"]);

        using var unknown = await _control.PostAsJsonAsync("/sandbox/prospect/replies", new { declarationId = Guid.NewGuid(), text = "Yes" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotNull((await unknown.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["declarationId"]);
    }

    [Fact]
    public async Task Faults_armed_over_http_make_the_next_graph_requests_fail_like_graph()
    {
        using var armed = await _control.PostAsJsonAsync("/sandbox/faults", new { throttle = new { count = 1, retryAfterSeconds = 7 }, unavailable = new { count = 1 } });
        Assert.Equal(HttpStatusCode.NoContent, armed.StatusCode);

        using var throttled = await _graph.GetAsync("me/messages");
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal("ApplicationThrottled", (string?)(await GraphContractTests.ErrorAsync(throttled))["code"]);
        using var unavailable = await _graph.GetAsync("me/messages");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        using var fine = await _graph.GetAsync("me/messages");
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);

        using var invalid = await _control.PostAsJsonAsync("/sandbox/faults", new { lifecycle = new { subscriptionId = "x", @event = "exploded" } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task A_fifth_request_in_flight_for_one_mailbox_is_refused_for_mailbox_concurrency()
    {
        // Each of the first four is held for a second, as a slow Exchange would; the two beyond them are refused at once.
        _host.Get<SandboxFaults>().SlowNext(4, TimeSpan.FromSeconds(1));

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _graph.GetAsync("me/messages")));

        Assert.Equal(4, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(2, refused.Count);
        foreach (var answer in refused)
        {
            Assert.NotNull(answer.Headers.RetryAfter);
            var error = await GraphContractTests.ErrorAsync(answer);
            Assert.Equal("ApplicationThrottled", (string?)error["code"]);
            Assert.Contains("MailboxConcurrency", (string?)error["message"], StringComparison.Ordinal);
        }

        Assert.Equal(4, _host.Get<MailboxConcurrency>().HighWater);
        using var after = await _graph.GetAsync("me/messages");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Every_acknowledged_reply_is_on_disk_before_the_answer_as_if_the_process_were_killed_next()
    {
        var folder = Path.Combine(Path.GetTempPath(), "outlookwin-sandbox-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var host = await SandboxHost.StartAsync(o => o.DataPath = folder);
            using var graph = host.CreateGraphClient();
            using var control = host.CreateClient();
            var sent = await GraphContractTests.SendDeclarationAsync(graph, Guid.NewGuid());
            var declarationId = Guid.Parse(host.Get<SandboxMailStore>().Find(SandboxHost.SalesEngineer.Email, sent)!.ExtendedProperties.Values.Single());

            // Twenty replies, each acknowledged (201), some at the same time.
            var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => control.PostAsJsonAsync("/sandbox/prospect/replies",
                new { declarationId, text = $"Reply {i}", mailbox = SandboxHost.SalesEngineer.Email })));
            Assert.All(replies, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));

            // Read the file as a fresh process would after kill -9: no shutdown save has run.
            var saved = JsonNode.Parse(await File.ReadAllBytesAsync(Path.Combine(folder, "sandbox-mailboxes.json")))!;
            var inbox = saved["mailboxes"]!.AsArray().Single(m => (string?)m!["email"] == SandboxHost.SalesEngineer.Email)!["messages"]!.AsArray();
            Assert.Equal(20, inbox.Count(m => ((string?)m!["subject"])?.StartsWith("RE:", StringComparison.Ordinal) == true));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_sent_message_waits_in_the_outbox_before_its_copy_is_in_sent_items_and_delivered()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartAsync(o => o.SentCopyDelay = TimeSpan.FromSeconds(2), clock);
        using var graph = host.CreateGraphClient();
        var store = host.Get<SandboxMailStore>();

        var id = await GraphContractTests.SendDeclarationAsync(graph, Guid.NewGuid());

        // Accepted, but Sent Items does not have it yet and the recipient has nothing.
        Assert.Equal(SandboxFolders.Outbox, store.Find(SandboxHost.SalesEngineer.Email, id)!.Folder);
        using (var sentItems = await graph.GetAsync("me/mailFolders/sentitems/messages"))
        {
            Assert.Empty((await sentItems.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsArray());
        }

        Assert.Empty(store.List("priya.shah@northwind-energy.com", SandboxFolders.Inbox));

        clock.Advance(TimeSpan.FromSeconds(2));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (store.Find(SandboxHost.SalesEngineer.Email, id)!.Folder != SandboxFolders.SentItems && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(SandboxFolders.SentItems, store.Find(SandboxHost.SalesEngineer.Email, id)!.Folder);
        Assert.Single(store.List("priya.shah@northwind-energy.com", SandboxFolders.Inbox));
    }

    [Fact]
    public async Task A_message_left_in_the_outbox_by_a_restart_goes_out_when_the_sandbox_starts_again()
    {
        var folder = Path.Combine(Path.GetTempPath(), "outlookwin-sandbox-" + Guid.NewGuid().ToString("N"));
        try
        {
            string id;
            await using (var first = await SandboxHost.StartAsync(o => { o.DataPath = folder; o.SentCopyDelay = TimeSpan.FromHours(1); }))
            {
                using var graph = first.CreateGraphClient();
                id = await GraphContractTests.SendDeclarationAsync(graph, Guid.NewGuid());
                Assert.Equal(SandboxFolders.Outbox, first.Get<SandboxMailStore>().Find(SandboxHost.SalesEngineer.Email, id)!.Folder);
            }

            await using var second = await SandboxHost.StartAsync(o => o.DataPath = folder);
            Assert.Equal(SandboxFolders.SentItems, second.Get<SandboxMailStore>().Find(SandboxHost.SalesEngineer.Email, id)!.Folder);
            Assert.Single(second.Get<SandboxMailStore>().List("priya.shah@northwind-energy.com", SandboxFolders.Inbox));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Mailboxes_survive_a_restart_when_a_data_path_is_set()
    {
        var folder = Path.Combine(Path.GetTempPath(), "outlookwin-sandbox-" + Guid.NewGuid().ToString("N"));
        try
        {
            string id;
            byte[] mime;
            await using (var first = await SandboxHost.StartAsync(o => o.DataPath = folder))
            {
                using var graph = first.CreateGraphClient();
                id = await GraphContractTests.SendDeclarationAsync(graph, Guid.NewGuid());
                mime = first.Get<SandboxMailStore>().Find(SandboxHost.SalesEngineer.Email, id)!.Mime!;
            }

            await using var second = await SandboxHost.StartAsync(o => o.DataPath = folder);
            var restored = second.Get<SandboxMailStore>().Find(SandboxHost.SalesEngineer.Email, id);
            Assert.NotNull(restored);
            Assert.Equal(mime, restored.Mime);
            Assert.Single(second.Get<SandboxMailStore>().List("priya.shah@northwind-energy.com", SandboxFolders.Inbox));
            using var graph2 = second.CreateGraphClient();
            using var response = await graph2.GetAsync($"me/mailFolders/sentitems/messages?$filter={Uri.EscapeDataString($"singleValueExtendedProperties/any(ep: ep/id eq '{OutlookWin.Domain.Mail.DeclarationMark.ExtendedPropertyId.ToUpperInvariant()}' and ep/value eq '{restored.ExtendedProperties.Values.Single()}')")}");
            Assert.Single((await response.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsArray());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_slow_webhook_is_retried()
    {
        await using var slowHost = await SandboxHost.StartAsync(o =>
        {
            o.NotificationTimeout = TimeSpan.FromSeconds(1);
            o.NotificationRetryDelays.Add(TimeSpan.FromMilliseconds(200));
            o.NotificationRetryDelays.Add(TimeSpan.FromMilliseconds(200));
        });
        await using var receiver = await WebhookReceiver.StartAsync();
        using var graph = slowHost.CreateGraphClient();
        using var created = await graph.PostAsJsonAsync("subscriptions", new JsonObject
        {
            ["changeType"] = "created",
            ["notificationUrl"] = receiver.NotificationUrl.ToString(),
            ["resource"] = "me/mailFolders('inbox')/messages",
            ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O"),
            ["clientState"] = "x",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        receiver.DelayNext(1, TimeSpan.FromSeconds(4));

        var declarationId = Guid.NewGuid();
        await GraphContractTests.SendDeclarationAsync(graph, declarationId);
        var reply = slowHost.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(declarationId, Text: "Confirmed."));

        await WebhookReceiver.WaitForAsync(
            () => [.. slowHost.Get<NotificationOutbox>().Attempts.Where(a => a.MessageId == reply.Id && a.Outcome == "delivered").Select(_ => new JsonObject())],
            a => a.Count >= 1);
        var outcomes = slowHost.Get<NotificationOutbox>().Attempts.Where(a => a.MessageId == reply.Id).Select(a => a.Outcome).ToList();
        Assert.Equal("timed out", outcomes[0]);
        Assert.Contains("delivered", outcomes);
    }
}
