using System.Net;
using System.Text.Json.Nodes;
using OutlookWin.Api.Tests.Infrastructure;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>The zombie clock on a fake clock: overdue declarations, stale answers, follow-ups, reconfirmation.</summary>
[Collection(TrackingTest.Collection)]
public sealed class ZombieClockEndToEndTests : TrackingTest
{

    [Fact]
    public async Task A_plan_whose_readout_is_past_without_a_declaration_is_flagged()
    {
        var client = StartOnFakeClock();
        var overdue = await client.CreatePlanAsync(Contoso());
        var recent = Contoso();
        recent["readoutDate"] = "2026-11-26";
        recent["povEnd"] = "2026-11-26";
        var fresh = await client.CreatePlanAsync(recent);

        var flagged = await (await client.GetAsync($"/api/plans/{overdue["id"]}")).ReadObjectAsync();
        var notYet = await (await client.GetAsync($"/api/plans/{fresh["id"]}")).ReadObjectAsync();

        // Readout Tuesday 24 November + 2 business days = Thursday 26; today is Friday 27.
        Assert.Equal("2026-11-26", (string?)flagged["declarationDue"]!["due"]);
        Assert.Equal(1, (int)flagged["declarationDue"]!["businessDaysLate"]!);
        Assert.Null(notYet["declarationDue"]);

        await client.DeclareAndSendAsync(ContosoAllProven());
        var plans = await (await client.GetAsync("/api/plans")).ReadArrayAsync();
        Assert.Contains(plans, p => p!["declarationDue"] is null && (string?)p["prospect"] == "Contoso" && (string?)p["criteria"]![2]!["status"] == "proven");
    }

    [Fact]
    public async Task A_draft_never_sent_is_looked_for_until_the_window_closes_and_then_says_so()
    {
        var client = StartOnFakeClock();
        var plan = await client.CreatePlanAsync(ContosoAllProven());
        var id = (string)(await (await client.PostAsync($"/api/plans/{plan["id"]}/declarations", Body(new JsonObject { ["delivery"] = "outlook" }))).ReadObjectAsync())["id"]!;
        Assert.False((bool)(await client.GetDeclarationAsync(id))["stoppedLooking"]!);

        // Inserted into a compose window and never sent: after the window, the service has stopped looking, and says so.
        Server.Clock.Advance(TimeSpan.FromDays(15));

        var declaration = await client.GetDeclarationAsync(id);
        Assert.True((bool)declaration["stoppedLooking"]!);
        Assert.Equal("drafted", (string?)declaration["state"]);
    }

    [Fact]
    public async Task No_answer_in_time_turns_the_declaration_stale_and_a_follow_up_is_drafted_and_sent()
    {
        var client = StartOnFakeClock();
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        Assert.Equal("sent", (string?)(await client.GetDeclarationAsync(id))["state"]);

        // Sent Friday; due Tuesday (2 business days); on Wednesday it is stale.
        Server.Clock.Advance(TimeSpan.FromDays(5));
        var stale = await client.GetDeclarationAsync(id);
        Assert.Equal("stale", (string?)stale["state"]);
        Assert.Equal("2026-12-01", (string?)stale["replyDue"]);
        Assert.Equal("stale", (string?)stale["followUp"]);

        var draft = await (await client.GetAsync($"/api/declarations/{id}/follow-up")).ReadObjectAsync();
        Assert.Equal("stale", (string?)draft["kind"]);
        Assert.StartsWith("RE: Technical Win", (string?)draft["subject"], StringComparison.Ordinal);
        Assert.Contains("one-line written confirmation", ((string)draft["text"]!).Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);

        var sent = await client.PostAsync($"/api/declarations/{id}/follow-up", Body(new JsonObject { ["send"] = true }));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.True((bool)(await sent.ReadObjectAsync())["sent"]!);
        var dana = Server.ClientFor("dana@contoso.example");
        var inbox = await (await dana.GetAsync("/sandbox/mailboxes/dana%40contoso.example/messages?folder=inbox")).ReadArrayAsync();
        Assert.Contains(inbox, m => ((string?)m!["subject"])!.StartsWith("RE: Technical Win", StringComparison.Ordinal));
        var chain = await (await client.GetAsync($"/api/declarations/{id}/evidence")).ReadArrayAsync();
        Assert.Equal("follow_up_drafted", (string?)chain.Last()!["kind"]);
    }

    [Fact]
    public async Task An_out_of_office_reply_pauses_the_clock_until_the_day_after_the_return()
    {
        var client = StartOnFakeClock();
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        await WaitForSubscriptionAsync(client);
        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "out_of_office" });
        var away = await WaitForStateAsync(client, id, "auto_reply");
        var back = DateOnly.Parse((string)away["reply"]!["returnDate"]!, System.Globalization.CultureInfo.InvariantCulture);
        var resumes = Domain.Tracking.ZombieClock.AddBusinessDays(back, 1);
        Assert.Equal(resumes.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string?)away["replyDue"]);

        Server.Clock.Advance(TimeSpan.FromDays(resumes.DayNumber - new DateOnly(2026, 11, 27).DayNumber));
        Assert.Equal("auto_reply", (string?)(await client.GetDeclarationAsync(id))["state"]);
        Server.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("stale", (string?)(await client.GetDeclarationAsync(id))["state"]);
    }

    [Fact]
    public async Task A_thumbs_up_offers_the_ask_for_a_written_sentence()
    {
        var client = StartOnFakeClock();
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        await WaitForSubscriptionAsync(client);
        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "thumbs_up" });
        var ambiguous = await WaitForStateAsync(client, id, "ambiguous");

        Assert.Equal("ambiguous", (string?)ambiguous["followUp"]);
        var draft = await (await client.GetAsync($"/api/declarations/{id}/follow-up")).ReadObjectAsync();
        Assert.Contains("reply with a sentence confirming", ((string)draft["text"]!).Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_blocking_criterion_is_proven_a_conditional_win_asks_to_reconfirm_and_turns_full()
    {
        var client = StartOnFakeClock();
        var declaration = await client.DeclareAndSendAsync(Contoso());
        var id = (string)declaration["id"]!;
        Assert.Equal("conditional", (string?)declaration["variant"]);
        await WaitForSubscriptionAsync(client);
        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "conditional" });
        var conditional = await WaitForStateAsync(client, id, "conditional");
        Assert.Null(conditional["followUp"]);
        Assert.Equal(HttpStatusCode.Conflict, (await client.GetAsync($"/api/declarations/{id}/follow-up")).StatusCode);

        // The patch shipped and was validated: the SE records it on the plan.
        var plan = await (await client.GetAsync($"/api/plans/{declaration["planId"]}")).ReadObjectAsync();
        var update = ContosoAllProven();
        update["version"] = (int)plan["version"]!;
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync($"/api/plans/{declaration["planId"]}", Body(update))).StatusCode);

        var reconfirm = await client.GetDeclarationAsync(id);
        Assert.Equal("reconfirm", (string?)reconfirm["followUp"]);
        var draft = await (await client.GetAsync($"/api/declarations/{id}/follow-up")).ReadObjectAsync();
        Assert.Contains("“Legacy syslog ingestion” is now validated", ((string)draft["text"]!).Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);

        await client.ProspectRepliesAsync(id, new JsonObject { ["text"] = "Confirmed: the legacy syslog ingestion is validated, the technical evaluation is a success." });
        await WaitForStateAsync(client, id, "confirmed");
    }

    private HttpClient StartOnFakeClock() =>
        Start(new Dictionary<string, string?> { ["Tracking:SubscriptionLifetime"] = "6.23:50:00" }, fakeClock: true);
}
