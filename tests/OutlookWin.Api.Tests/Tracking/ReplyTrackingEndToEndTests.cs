using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookWin.Api.Tests.Infrastructure;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>
/// The whole loop over real HTTP: plan → declaration drafted and sent through the Graph SDK → the prospect replies
/// in the Sandbox → Graph-style change notification to the webhook → worker fetches, matches, reads, stores →
/// the declaration shows the right state. Also when the notification is lost (the delta query recovers it) and
/// when it arrives twice. Run on each storage provider.
/// </summary>
public abstract class ReplyTrackingEndToEndTests : TrackingTest
{

    [SkippableFact]
    public async Task A_thumbs_up_reads_ambiguous_then_a_written_confirmation_reads_confirmed()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        Assert.Equal("sent", (string?)declaration["state"]);
        // Exchange puts the sent copy in Sent Items seconds after /send: its Message-ID is recorded when it appears.
        await TrackingServer.EventuallyAsync(
            () => client.GetDeclarationAsync(id), d => !string.IsNullOrEmpty((string?)d["internetMessageId"]), Patience, "the sent copy's Message-ID");
        await WaitForSubscriptionAsync(client);

        await client.ProspectRepliesAsync(id, new JsonObject { ["text"] = "👍" });
        var ambiguous = await WaitForStateAsync(client, id, "ambiguous");

        var reply = ambiguous["reply"]!;
        Assert.Equal("ambiguous", (string?)reply["verdict"]);
        Assert.Equal("conversation", (string?)reply["matchedBy"]);

        var confirmationId = await client.ProspectRepliesAsync(id, new JsonObject
        {
            ["text"] = "Confirmed. The team considers the technical evaluation a success: MTTR down 43% against the 40% target.",
        });
        var confirmed = await WaitForStateAsync(client, id, "confirmed");

        var evidence = confirmed["reply"]!;
        Assert.Equal("confirmed", (string?)evidence["verdict"]);
        Assert.Contains("Confirmed", (string?)evidence["replyText"], StringComparison.Ordinal);
        Assert.DoesNotContain("Could you reply", (string?)evidence["replyText"], StringComparison.Ordinal);
        Assert.NotEmpty(evidence["evidence"]!.AsArray());
        Assert.Equal(2, confirmed["replies"]!.AsArray().Count);

        // The stored evidence is the message exactly as the mailbox holds it.
        var mime = await client.GetByteArrayAsync($"/sandbox/mailboxes/{Uri.EscapeDataString(Se)}/messages/{Uri.EscapeDataString(confirmationId)}/mime");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(mime)), (string?)evidence["sha256"]);
    }

    [SkippableTheory]
    [InlineData("00:00:30", "confirmed")]
    [InlineData("00:00:00.000001", "ambiguous")]
    public async Task A_reply_that_runs_out_of_the_readers_budget_is_read_again_with_more_time(string patientBudget, string expected)
    {
        // A budget no read can meet stands for a machine starved of CPU: the ordinary reply is still read, on the second,
        // patient try. Only when that runs out too is it kept unread (and never counted).
        var client = Start(new Dictionary<string, string?>
        {
            ["Replies:TimeBudget"] = "00:00:00.000001",
            ["Replies:PatientTimeBudget"] = patientBudget,
        });
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        await WaitForSubscriptionAsync(client);

        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });
        var read = await WaitForStateAsync(client, id, expected);

        var reply = read["reply"]!;
        if (expected == "confirmed")
        {
            Assert.Null((string?)reply["readError"]);
            Assert.NotEmpty(reply["evidence"]!.AsArray());
        }
        else
        {
            Assert.Contains("budget", (string?)reply["readError"], StringComparison.OrdinalIgnoreCase);
        }
    }

    [SkippableFact]
    public async Task A_reply_larger_than_the_download_limit_is_kept_unread_and_the_next_one_is_read()
    {
        // A reply with a huge attachment: never downloaded whole, kept as a reply that a person must read in Outlook,
        // never counted, and the queue goes on to the next reply.
        var client = Start(new Dictionary<string, string?> { ["Replies:MaxDownloadBytes"] = "65536" });
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        await WaitForSubscriptionAsync(client);

        var padding = string.Join("\n", Enumerable.Repeat("Raw latency samples from our own collectors follow, one line each.", 2000));
        await client.ProspectRepliesAsync(id, new JsonObject { ["text"] = "Confirmed, the evaluation is a success.\n\n" + padding });
        var unread = await WaitForStateAsync(client, id, "ambiguous");
        var reply = unread["reply"]!;
        Assert.Contains("larger than 64 KB, the most OutlookWin downloads, so it was not downloaded", (string?)reply["readError"], StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Array.Empty<byte>())), (string?)reply["sha256"]);
        Assert.Empty(reply["evidence"]!.AsArray());

        // The evidence still verifies: what was kept (nothing) is what its hash says.
        var verify = await (await client.GetAsync($"/api/declarations/{id}/evidence/verify")).ReadObjectAsync();
        Assert.True((bool)verify["valid"]!, verify.ToJsonString());

        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });
        var confirmed = await WaitForStateAsync(client, id, "confirmed");
        Assert.Null((string?)confirmed["reply"]!["readError"]);
    }

    [SkippableFact]
    public async Task Another_user_sees_neither_my_declarations_nor_my_sandbox_mailbox()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);
        var rival = Server.ClientFor("rival@fabrikam.example");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await rival.GetAsync($"/api/declarations/{id}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await rival.PostAsync($"/api/declarations/{id}/send", null)).StatusCode);
        Assert.Empty(await (await rival.GetAsync("/api/declarations")).ReadArrayAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await rival.GetAsync($"/sandbox/mailboxes/{Uri.EscapeDataString(Se)}/messages")).StatusCode);
        Assert.Empty(await rival.SubscriptionsAsync());
        var reply = await rival.PostAsync("/sandbox/prospect/replies", Body(new JsonObject { ["declarationId"] = id, ["canned"] = "confirmed" }));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, reply.StatusCode);
        foreach (var path in new[] { "evidence", "evidence/verify", "evidence-pack", "forward", "follow-up" })
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await rival.GetAsync($"/api/declarations/{id}/{path}")).StatusCode);
        }

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await rival.PostAsync($"/api/declarations/{id}/forward", Body(new JsonObject()))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await rival.PostAsync($"/api/declarations/{id}/override", Body(new JsonObject { ["verdict"] = "declined", ["reason"] = "sabotage" }))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await rival.PostAsync($"/api/declarations/{id}/follow-up", Body(new JsonObject()))).StatusCode);
        Assert.Equal("sent", (string?)(await client.GetDeclarationAsync(id))["state"]);
    }

    [SkippableTheory]
    [InlineData("00:00:00.200")]
    [InlineData("00:10:00")]
    public async Task A_declaration_sent_from_outlooks_compose_window_is_found_by_the_panes_mark(string sweepInterval)
    {
        // With a ten-minute sweep only the notification of the sent copy arriving in Sent Items can find it in time.
        var client = Start(new Dictionary<string, string?> { ["Tracking:SweepInterval"] = sweepInterval, ["Tracking:WatchLease"] = "00:30:00" });
        var plan = await client.CreatePlanAsync(ContosoAllProven());
        var created = await client.PostAsync($"/api/plans/{plan["id"]}/declarations", Body(new JsonObject { ["delivery"] = "outlook" }));
        var declaration = await created.ReadObjectAsync();
        var id = (string)declaration["id"]!;
        Assert.Equal("drafted", (string?)declaration["state"]);
        Assert.Null(declaration["draftWebLink"]);
        // Creating it enrolled the mailbox: it is watched before the SE clicks Send.
        await WaitForSubscriptionAsync(client);

        // What Outlook sends: the pane's custom property on the item, the email the pane inserted.
        var sent = await client.PostAsync("/sandbox/outlook/send", Body(new JsonObject
        {
            ["subject"] = (string?)declaration["subject"],
            ["html"] = (string?)declaration["html"],
            ["to"] = new JsonArray(new JsonObject { ["name"] = "Dana Kim", ["email"] = "dana@contoso.example" }),
            ["cc"] = new JsonArray(),
            ["addinCustomProperties"] = new JsonObject { ["outlookwinDeclarationId"] = id }.ToJsonString(),
        }));
        Assert.Equal(System.Net.HttpStatusCode.Created, sent.StatusCode);

        var found = await WaitForStateAsync(client, id, "sent");
        Assert.Equal((string?)(await sent.ReadObjectAsync())["internetMessageId"], (string?)found["internetMessageId"]);
        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });
        await WaitForStateAsync(client, id, "confirmed");
    }

    [SkippableFact]
    public async Task The_sandbox_clock_lets_days_pass_locally()
    {
        var client = Start();
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;

        var moved = await (await client.PostAsync("/sandbox/clock", Body(new JsonObject { ["advance"] = "6.00:00:00" }))).ReadObjectAsync();
        Assert.Equal("6.00:00:00", (string?)moved["offset"]);
        Assert.Equal("stale", (string?)(await client.GetDeclarationAsync(id))["state"]);

        await client.PostAsync("/sandbox/clock", Body(new JsonObject { ["reset"] = true }));
        Assert.Equal("sent", (string?)(await client.GetDeclarationAsync(id))["state"]);
        var bad = await client.PostAsync("/sandbox/clock", Body(new JsonObject { ["advance"] = "-1.00:00:00" }));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [SkippableFact]
    public async Task A_lost_notification_is_recovered_by_the_delta_query()
    {
        var client = Start(new Dictionary<string, string?> { ["Tracking:DeltaInterval"] = "00:00:02" });
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);
        await client.FaultAsync(new JsonObject { ["dropNotifications"] = 1 });

        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });

        var confirmed = await WaitForStateAsync(client, id, "confirmed");
        Assert.Single(confirmed["replies"]!.AsArray());
    }

    [SkippableFact]
    public async Task A_notification_delivered_twice_stores_the_reply_once()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);
        await client.FaultAsync(new JsonObject { ["duplicateNotifications"] = 1 });

        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "declined" });
        await WaitForStateAsync(client, id, "declined");

        // Both deliveries reached the webhook and were processed...
        var notifications = await TrackingServer.EventuallyAsync(
            async () => (await (await client.GetAsync("/sandbox/notifications")).ReadArrayAsync()).Count,
            n => n >= 2, Patience, "two notification deliveries");
        Assert.True(notifications >= 2);
        await Task.Delay(500);
        // ...and the reply is stored once.
        var after = await client.GetDeclarationAsync(id);
        Assert.Single(after["replies"]!.AsArray());
    }

    [SkippableFact]
    public async Task The_lead_engineer_answering_in_a_new_thread_is_still_found()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);

        await client.ProspectRepliesAsync(id, new JsonObject
        {
            ["text"] = "We confirm the evaluation was a success. Go ahead with the commercial review.",
            ["newThread"] = true,
        });

        var confirmed = await WaitForStateAsync(client, id, "confirmed");
        Assert.Equal("lead_engineer", (string?)confirmed["reply"]!["matchedBy"]);
    }

    [SkippableFact]
    public async Task A_colleague_writing_about_the_deal_is_found_and_an_unrelated_message_is_not_kept()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);

        await client.ProspectRepliesAsync(id, new JsonObject { ["mime"] = Mime("ops@contoso.example", "Cafeteria menu", "Soup of the day: tomato.") });
        await client.ProspectRepliesAsync(id, new JsonObject
        {
            ["mime"] = Mime("priya@contoso.example", "Contoso observability POV: our decision",
                "I confirm the team considers the technical evaluation a success. Please start the commercial review."),
        });

        var confirmed = await WaitForStateAsync(client, id, "confirmed");
        var reply = Assert.Single(confirmed["replies"]!.AsArray());
        Assert.Equal("colleague_subject", (string?)reply!["matchedBy"]);
        Assert.Equal("priya@contoso.example", (string?)reply["from"]);
    }

    [SkippableFact]
    public async Task An_out_of_office_reply_shows_auto_reply_with_the_return_date()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);

        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "out_of_office" });

        var away = await WaitForStateAsync(client, id, "auto_reply");
        Assert.NotNull((string?)away["reply"]!["returnDate"]);
        Assert.Equal("out_of_office", (string?)away["reply"]!["automatic"]);
        Assert.NotNull(away["awaitingHours"]);
    }

    [SkippableFact]
    public async Task A_declaration_to_an_address_that_does_not_exist_comes_back_as_a_non_delivery_report()
    {
        // Exchange answers an unknown recipient with "Undeliverable: …" in the sender's Inbox, in the declaration's
        // conversation: it is tracked as what it is, an automatic message, and the SE sees the declaration never arrived.
        var client = Start();
        var plan = ContosoAllProven();
        plan["leadEngineer"]!["email"] = "dana@contoso.invalid";
        var id = (string)(await client.DeclareAndSendAsync(plan))["id"]!;
        await WaitForSubscriptionAsync(client);

        var bounced = await WaitForStateAsync(client, id, "auto_reply");
        var reply = bounced["reply"]!;
        Assert.Equal("auto_reply", (string?)reply["verdict"]);
        Assert.Equal("conversation", (string?)reply["matchedBy"]);
        Assert.StartsWith("Undeliverable: ", (string?)reply["subject"], StringComparison.Ordinal);
        Assert.Contains("delivery report", (string?)reply["explanation"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("delivery_report", (string?)reply["automatic"]);
    }

    [SkippableFact]
    public async Task A_report_that_matches_nothing_while_its_declaration_waits_for_its_sent_copy_is_not_set_aside_for_good()
    {
        // Exchange can deliver "Undeliverable: …" before the service has found the declaration's sent copy, whose
        // Message-ID and conversation are what a report matches on. Remembered then as "not a reply", it could never be
        // read again, not even by the conversation look-up once the copy was known. Workers off: the intake is driven here.
        var client = Start(new Dictionary<string, string?> { ["Tracking:RunWorkers"] = "false" });
        var plan = ContosoAllProven();
        plan["leadEngineer"]!["email"] = "dana@contoso.invalid";
        await client.DeclareAndSendAsync(plan, waitForSentCopy: false);
        var store = Server.Services.GetRequiredService<OutlookWin.Sandbox.SandboxMailStore>();
        var report = await TrackingServer.EventuallyAsync(
            () => Task.FromResult(store.List(Se, OutlookWin.Sandbox.SandboxFolders.Inbox).FirstOrDefault(m => m.Subject.StartsWith("Undeliverable", StringComparison.Ordinal))),
            m => m is not null, Patience, "the non-delivery report");
        foreach (var copy in store.List(Se, OutlookWin.Sandbox.SandboxFolders.SentItems))
        {
            // The copy not to be found yet, as when Exchange has not shown it in Sent Items.
            store.Delete(Se, copy.Id);
        }

        var owner = new OutlookWin.Domain.Mail.MailboxOwner(
            OutlookWin.Api.Auth.DevUserAuthenticationHandler.DevTenantId, OutlookWin.Api.Auth.DevUserAuthenticationHandler.ObjectIdFor(Se), Se);
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<OutlookWin.Api.Tracking.ReplyIntake>().TakeAsync(owner, report!.Id, null, CancellationToken.None);
            Assert.Equal(OutlookWin.Api.Tracking.IntakeOutcome.Unmatched, outcome);
        }

        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var seen = scope.ServiceProvider.GetRequiredService<OutlookWin.Api.Storage.OutlookWinDb>().SeenMessages;
            Assert.False(await seen.AnyAsync(s => s.MessageId == report.Id), "the report was set aside as not a reply");
        }
    }

    [SkippableFact]
    public async Task A_delay_notice_is_not_read_as_a_bounce_and_the_answer_after_it_is_read()
    {
        // A recipient's server that does not answer for a while: Exchange sends "Delivery delayed: …" (RFC 3464 action
        // "delayed") and keeps trying. That is an automatic message but not "not delivered"; the answer that follows
        // once the mail gets through is read as usual.
        var client = Start();
        var plan = ContosoAllProven();
        plan["leadEngineer"]!["email"] = "dana@unreachable.contoso.example";
        var id = (string)(await client.DeclareAndSendAsync(plan))["id"]!;
        await WaitForSubscriptionAsync(client);

        var delayed = await WaitForStateAsync(client, id, "auto_reply");
        var notice = delayed["reply"]!;
        Assert.StartsWith("Delivery delayed: ", (string?)notice["subject"], StringComparison.Ordinal);
        Assert.Equal("other", (string?)notice["automatic"]);
        Assert.Contains("not delivered yet", (string?)notice["explanation"], StringComparison.OrdinalIgnoreCase);

        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });
        var confirmed = await WaitForStateAsync(client, id, "confirmed");
        Assert.Equal("confirmed", (string?)confirmed["reply"]!["verdict"]);
    }

    [SkippableFact]
    public async Task When_graph_removes_the_subscription_a_new_one_is_made_and_replies_still_arrive()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        var first = (string)(await WaitForSubscriptionAsync(client))["id"]!;

        await client.FaultAsync(new JsonObject { ["lifecycle"] = new JsonObject { ["subscriptionId"] = first, ["event"] = "subscriptionRemoved" } });
        var second = await NewSubscriptionAsync(client, first);

        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "conditional" });
        var conditional = await WaitForStateAsync(client, id, "conditional");
        Assert.NotEmpty(conditional["reply"]!["conditions"]!.AsArray());
        Assert.NotEqual(first, second);
    }

    [SkippableFact]
    public async Task A_mailbox_draft_the_SE_opens_and_sends_from_Outlook_is_tracked_too()
    {
        var client = Start();
        var plan = await client.CreatePlanAsync(ContosoAllProven());
        var created = await (await client.PostAsync($"/api/plans/{plan["id"]}/declarations", Body(new JsonObject()))).ReadObjectAsync();
        var id = (string)created["id"]!;
        string draftId;
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutlookWin.Api.Storage.OutlookWinDb>();
            draftId = (await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == Guid.Parse(id))).DraftMessageId!;
        }

        // "Open the draft in Outlook", then Send there: the service is never told.
        Server.Services.GetRequiredService<OutlookWin.Sandbox.SandboxMailStore>().Send(Se, draftId);

        var sent = await WaitForStateAsync(client, id, "sent");
        Assert.NotNull((string?)sent["internetMessageId"]);
        Assert.False((bool)sent["stoppedLooking"]!);
        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });
        await WaitForStateAsync(client, id, "confirmed");
    }

    [SkippableFact]
    public async Task A_subscription_dropped_without_notice_is_noticed_made_again_and_the_next_reply_is_read()
    {
        var client = Start(new Dictionary<string, string?> { ["Tracking:SubscriptionCheckInterval"] = "00:00:01" });
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        var first = (string)(await WaitForSubscriptionAsync(client))["id"]!;

        // Gone without a lifecycle event, as when Graph drops it or a restarted service forgets it.
        Assert.Equal(1, Server.Services.GetRequiredService<OutlookWin.Sandbox.SandboxSubscriptions>().ExpireAll(Se));
        var second = await NewSubscriptionAsync(client, first);

        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });
        await WaitForStateAsync(client, id, "confirmed");
        Assert.NotEqual(first, second);
    }

    [SkippableFact]
    public async Task A_subscription_graph_refuses_does_not_stop_the_delta_query_and_is_shown_on_the_watch()
    {
        // Like Graph, the Sandbox now takes https webhooks only, and this local address is http: the subscription is
        // refused; the delta query must still find the reply.
        var client = Start(new Dictionary<string, string?>
        {
            ["Sandbox:AllowHttpOnLoopback"] = "false",
            ["Tracking:DeltaInterval"] = "00:00:01",
        });
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;

        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });

        await WaitForStateAsync(client, id, "confirmed");
        Assert.Empty(await client.SubscriptionsAsync());
        await using var scope = Server.Services.CreateAsyncScope();
        var watch = await scope.ServiceProvider.GetRequiredService<OutlookWin.Api.Storage.OutlookWinDb>().MailboxWatches.AsNoTracking().SingleAsync();
        Assert.StartsWith("Live notifications are off", watch.Problem, StringComparison.Ordinal);
        var status = await (await client.GetAsync("/api/tracking")).ReadObjectAsync();
        Assert.True((bool)status["watching"]!);
        Assert.False((bool)status["liveNotifications"]!);
        Assert.Equal(watch.Problem, (string?)status["problem"]);
        Assert.NotNull(status["lastSyncAt"]);
    }

    [SkippableFact]
    public async Task A_reply_that_cannot_be_read_is_kept_as_unreadable_and_the_next_reply_still_arrives()
    {
        // A reader limit every message exceeds stands in for any message the reader fails on.
        var client = Start(new Dictionary<string, string?> { ["Replies:MaxMessageBytes"] = "1024" });
        var first = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        var second = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        await WaitForSubscriptionAsync(client);

        await client.ProspectRepliesAsync(first, new JsonObject { ["text"] = "Confirmed — the evaluation was a success. " + new string('x', 2000) });
        await client.ProspectRepliesAsync(second, new JsonObject { ["canned"] = "confirmed" });

        // Both are stored, neither as a confirmation: the first never blocked the second.
        foreach (var id in new[] { first, second })
        {
            var unreadable = await WaitForStateAsync(client, id, "ambiguous");
            var reply = unreadable["reply"]!;
            Assert.Contains("larger than", (string?)reply["readError"], StringComparison.OrdinalIgnoreCase);
            Assert.Contains("could not be read", (string?)reply["explanation"], StringComparison.Ordinal);
            Assert.Equal(64, ((string)reply["sha256"]!).Length);
        }

        // The raw message is kept as evidence, byte for byte.
        var verification = await (await client.GetAsync($"/api/declarations/{first}/evidence/verify")).ReadObjectAsync();
        Assert.True((bool)verification["valid"]!, verification.ToJsonString());
        Assert.Equal(2, (int)verification["messages"]!);
    }

    [SkippableFact]
    public async Task A_reply_a_rule_files_into_a_deal_folder_is_read()
    {
        // Only its notification can find it in time: the delta query reads the Inbox, the conversation lookup is hourly here.
        var client = Start(new Dictionary<string, string?> { ["Tracking:ConversationCheckInterval"] = "01:00:00" });
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        await WaitForSubscriptionAsync(client);
        (await client.PostAsJsonAsync("/sandbox/rules", new JsonObject { ["from"] = "@contoso.example", ["folder"] = "Deals/Contoso" })).EnsureSuccessStatusCode();

        var reply = await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });

        await WaitForStateAsync(client, id, "confirmed");
        var filed = await (await client.GetAsync($"/sandbox/mailboxes/{Se}/messages?folder=deals/contoso")).ReadArrayAsync();
        Assert.Contains(filed, m => (string?)m!["id"] == reply);
    }

    [SkippableFact]
    public async Task A_reply_in_junk_whose_notification_was_lost_is_found_by_looking_up_its_conversation()
    {
        var client = Start(new Dictionary<string, string?> { ["Tracking:ConversationCheckInterval"] = "00:00:01" });
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        await WaitForSubscriptionAsync(client);
        (await client.PostAsJsonAsync("/sandbox/rules", new JsonObject { ["from"] = "dana@contoso.example", ["folder"] = "junkemail" })).EnsureSuccessStatusCode();
        await client.FaultAsync(new JsonObject { ["dropNotifications"] = 1 });

        var reply = await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });

        await WaitForStateAsync(client, id, "confirmed");
        var notifications = await (await client.GetAsync("/sandbox/notifications")).ReadArrayAsync();
        Assert.Contains(notifications, n => (string?)n!["messageId"] == reply && (string?)n["outcome"] == "dropped");
    }

    [SkippableFact]
    public async Task A_reply_whose_notification_was_lost_is_read_when_the_SE_files_it_into_a_folder()
    {
        // Exchange reports a move into another folder as the message created there: the SE filing the reply into the
        // deal's folder brings it in at once, an hour before the next delta or conversation look-up would.
        var client = Start(new Dictionary<string, string?>
        {
            ["Tracking:DeltaInterval"] = "01:00:00",
            ["Tracking:ConversationCheckInterval"] = "01:00:00",
        });
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        await WaitForSubscriptionAsync(client);
        await client.FaultAsync(new JsonObject { ["dropNotifications"] = 1 });
        var reply = await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });
        var notifications = await (await client.GetAsync("/sandbox/notifications")).ReadArrayAsync();
        Assert.Contains(notifications, n => (string?)n!["messageId"] == reply && (string?)n["outcome"] == "dropped");
        Assert.Equal("sent", (string?)(await client.GetDeclarationAsync(id))["state"]);

        using var outlook = new HttpClient { BaseAddress = new Uri(Server.BaseUrl, "sandbox/graph/v1.0/") };
        outlook.DefaultRequestHeaders.Authorization = new(
            "Bearer", Server.Services.GetRequiredService<OutlookWin.Sandbox.SandboxTokens>().Issue(new OutlookWin.Domain.Mail.MailboxOwner("tenant", "outlook", Se)));
        using var moved = await outlook.PostAsync($"me/messages/{reply}/move", Body(new JsonObject { ["destinationId"] = "Contoso deal" }));
        Assert.Equal(System.Net.HttpStatusCode.Created, moved.StatusCode);

        var confirmed = await WaitForStateAsync(client, id, "confirmed");
        Assert.Single(confirmed["replies"]!.AsArray());
    }

    [SkippableFact]
    public async Task A_rule_with_a_bad_sender_or_folder_is_refused_naming_the_field()
    {
        var client = Start();

        var response = await client.PostAsJsonAsync("/sandbox/rules", new JsonObject { ["from"] = "not an address", ["folder"] = "sentitems" });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadObjectAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("from"));
        Assert.True(errors.ContainsKey("folder"));
    }

    /// <summary>Waits for a subscription other than <paramref name="gone"/>; the watch then reports live notifications again.</summary>
    private static async Task<string> NewSubscriptionAsync(HttpClient client, string gone)
    {
        var ids = await TrackingServer.EventuallyAsync(
            async () => (await client.SubscriptionsAsync()).Select(s => (string?)s!["id"]).ToList(),
            ids => ids.Count == 1 && ids[0] != gone, Patience, "a new subscription");
        // The watch records it just after Graph made it.
        var status = await TrackingServer.EventuallyAsync(
            async () => await (await client.GetAsync("/api/tracking")).ReadObjectAsync(),
            s => (bool)s["liveNotifications"]!, Patience, "live notifications again");
        Assert.Null((string?)status["problem"]);
        return ids[0]!;
    }

    private string Mime(string from, string subject, string text) => $"""
        From: {from}
        To: {Se}
        Subject: {subject}
        Date: {DateTimeOffset.UtcNow:R}
        Message-ID: <{Guid.NewGuid():N}@contoso.example>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        {text}
        """.ReplaceLineEndings("\r\n");
}

[Collection(TrackingTest.Collection)]
public sealed class SqliteReplyTrackingEndToEndTests : ReplyTrackingEndToEndTests;

[Collection(TrackingTest.PostgresCollection)]
public sealed class PostgresReplyTrackingEndToEndTests : ReplyTrackingEndToEndTests
{
    protected override Task<ITestDatabase> NewDatabaseAsync() => PostgresAsync();
}
