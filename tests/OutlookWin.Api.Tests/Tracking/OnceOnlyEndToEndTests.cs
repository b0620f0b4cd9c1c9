using System.Net;
using System.Text.Json.Nodes;
using OutlookWin.Api.Tests.Infrastructure;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>
/// Every message the service sends for the SE goes out once: parallel clicks, retries with the same Idempotency-Key,
/// and a mailbox that did the work but lost its answer never put a second copy in anyone's inbox.
/// </summary>
public abstract class OnceOnlyEndToEndTests : TrackingTest
{
    private const string Vp = "priya@contoso.example";

    [SkippableFact]
    public async Task Five_parallel_forwards_reach_the_economic_buyer_once()
    {
        var (client, id) = await ConfirmedAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.PostAsync($"/api/declarations/{id}/forward", Body(new JsonObject()))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a =>
        {
            Assert.Equal(HttpStatusCode.Conflict, a.StatusCode);
            Assert.Equal("application/problem+json", a.Content.Headers.ContentType?.MediaType);
        });
        Assert.Single(await VpInboxAsync(1));
        var chain = await (await client.GetAsync($"/api/declarations/{id}/evidence")).ReadArrayAsync();
        Assert.Single(chain, l => (string?)l!["kind"] == "forwarded");
        Assert.True((bool)(await (await client.GetAsync($"/api/declarations/{id}/evidence/verify")).ReadObjectAsync())["valid"]!);
    }

    [SkippableFact]
    public async Task A_retry_with_the_same_key_is_answered_as_the_first_and_sends_nothing()
    {
        var (client, id) = await ConfirmedAsync();
        var key = Guid.NewGuid().ToString();

        var first = await client.SendAsync(Forward(id, key));
        var retries = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.SendAsync(Forward(id, key))));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.All(retries, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(await VpInboxAsync(1));
        var forwards = (await (await client.GetAsync($"/api/declarations/{id}/forward")).ReadObjectAsync())["forwards"]!.AsArray();
        Assert.Single(forwards);

        // The same key for another action is refused, naming the key.
        var misuse = await client.SendAsync(Post($"/api/declarations/{id}/follow-up", key, new JsonObject()));
        Assert.Equal(HttpStatusCode.Conflict, misuse.StatusCode);
        Assert.Contains("Idempotency-Key", (string?)(await misuse.ReadObjectAsync())["title"], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_forward_the_mailbox_sent_but_did_not_answer_is_not_repeated_without_asking()
    {
        var (client, id) = await ConfirmedAsync();
        // A forward is a draft made, completed and then sent: the answer that leaves it open is the send's.
        await client.FaultAsync(new JsonObject { ["lostSendResponses"] = 1 });

        var lost = await client.SendAsync(Forward(id, Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, lost.StatusCode);
        Assert.Single(await VpInboxAsync(1));

        // A new click does not send it again: the SE is told it may have gone out, and asked.
        var second = await client.SendAsync(Forward(id, Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.ReadObjectAsync();
        Assert.Equal("unknown", (string?)problem["outcome"]);
        Assert.Contains("Sent Items", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Single(await VpInboxAsync(1));

        var again = await client.SendAsync(Forward(id, Guid.NewGuid().ToString(), again: true));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (await VpInboxAsync(2)).Count);
    }

    [SkippableFact]
    public async Task A_forward_whose_draft_answer_was_lost_sent_nothing_and_its_retry_goes_out_once()
    {
        var (client, id) = await ConfirmedAsync();
        var key = Guid.NewGuid().ToString();
        // The first write of a forward creates its draft: carried out, answer lost, nothing sent yet.
        await client.FaultAsync(new JsonObject { ["lostWriteResponses"] = 1 });

        var lost = await client.SendAsync(Forward(id, key));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, lost.StatusCode);
        Assert.Contains("nothing was sent", (string?)(await lost.ReadObjectAsync())["title"], StringComparison.Ordinal);
        Assert.Empty(await VpInboxAsync(0));

        // Known not to have gone out, so the pane's retry with the same key forwards it, once, without asking.
        var retry = await client.SendAsync(Forward(id, key));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(await VpInboxAsync(1));
        var chain = await (await client.GetAsync($"/api/declarations/{id}/evidence")).ReadArrayAsync();
        Assert.Single(chain, l => (string?)l!["kind"] == "forwarded");
    }

    [SkippableFact]
    public async Task Parallel_sends_of_a_declaration_send_it_once()
    {
        var client = Start();
        var plan = await client.CreatePlanAsync(ContosoAllProven());
        var created = await (await client.PostAsync($"/api/plans/{plan["id"]}/declarations", Body(new JsonObject()))).ReadObjectAsync();
        var id = (string)created["id"]!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostAsync($"/api/declarations/{id}/send", null)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var leadInbox = await InboxAsync("dana@contoso.example", 1);
        Assert.Single(leadInbox, m => ((string?)m!["subject"])?.Contains("Technical Win", StringComparison.OrdinalIgnoreCase) == true);
        var chain = await (await client.GetAsync($"/api/declarations/{id}/evidence")).ReadArrayAsync();
        Assert.Single(chain, l => (string?)l!["kind"] == "declaration_sent");
    }

    [SkippableFact]
    public async Task A_follow_up_retried_with_its_key_is_one_draft()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);
        await client.ProspectRepliesAsync(id, new JsonObject { ["text"] = "👍" });
        await WaitForStateAsync(client, id, "ambiguous");
        var key = Guid.NewGuid().ToString();

        var first = await (await client.SendAsync(Post($"/api/declarations/{id}/follow-up", key, new JsonObject()))).ReadObjectAsync();
        var retry = await client.SendAsync(Post($"/api/declarations/{id}/follow-up", key, new JsonObject()));

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var replayed = await retry.ReadObjectAsync();
        Assert.Equal((string?)first["draftId"], (string?)replayed["draftId"]);
        Assert.Equal("ambiguous", (string?)replayed["kind"]);
        var chain = await (await client.GetAsync($"/api/declarations/{id}/evidence")).ReadArrayAsync();
        Assert.Single(chain, l => (string?)l!["kind"] == "follow_up_drafted");
    }

    [SkippableFact]
    public async Task A_follow_up_no_one_would_sign_is_refused_naming_the_sales_engineer_and_nothing_is_drafted()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);
        // Signed in without a display name, and the mailbox has none in the directory either.
        using var unnamed = Server.ClientFor(Se, name: null);
        await unnamed.ProspectRepliesAsync(id, new JsonObject { ["text"] = "👍" });
        await WaitForStateAsync(client, id, "ambiguous");

        var preview = await unnamed.GetAsync($"/api/declarations/{id}/follow-up");
        var create = await unnamed.SendAsync(Post($"/api/declarations/{id}/follow-up", Guid.NewGuid().ToString(), new JsonObject()));

        foreach (var response in new[] { preview, create })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var problem = await response.ReadObjectAsync();
            Assert.NotNull(problem["errors"]!["salesEngineer"]);
            Assert.Contains("Sales Engineer", (string?)problem["detail"], StringComparison.Ordinal);
        }

        var chain = await (await client.GetAsync($"/api/declarations/{id}/evidence")).ReadArrayAsync();
        Assert.DoesNotContain(chain, l => (string?)l!["kind"] == "follow_up_drafted");
        // The same follow-up, signed by the signed-in user's name, goes.
        var signed = await client.SendAsync(Post($"/api/declarations/{id}/follow-up", Guid.NewGuid().ToString(), new JsonObject()));
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
    }

    [SkippableFact]
    public async Task Parallel_overrides_and_plan_updates_answer_200_or_409_never_500_and_the_chain_still_verifies()
    {
        var (client, id) = await ConfirmedAsync();
        var declaration = await client.GetDeclarationAsync(id);
        var planId = (string)declaration["planId"]!;

        var overrides = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => client.PostAsync($"/api/declarations/{id}/override",
            Body(new JsonObject { ["verdict"] = i % 2 == 0 ? "conditional" : "confirmed", ["reason"] = $"Checked by phone ({i})" }))));
        var plan = await (await client.GetAsync($"/api/plans/{planId}")).ReadObjectAsync();
        var updates = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
        {
            var edited = plan.DeepClone().AsObject();
            edited["dealName"] = $"Contoso observability POV ({i})";
            return client.PutAsync($"/api/plans/{planId}", Body(edited));
        }));

        Assert.All(overrides.Concat(updates), r => Assert.Contains((int)r.StatusCode, new[] { 200, 409 }));
        Assert.Contains(overrides, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(updates, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(overrides.Concat(updates).Where(r => r.StatusCode == HttpStatusCode.Conflict),
            r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
        var verification = await (await client.GetAsync($"/api/declarations/{id}/evidence/verify")).ReadObjectAsync();
        Assert.True((bool)verification["valid"]!, verification.ToJsonString());
        var chain = await (await client.GetAsync($"/api/declarations/{id}/evidence")).ReadArrayAsync();
        Assert.Equal(overrides.Count(r => r.StatusCode == HttpStatusCode.OK), chain.Count(l => (string?)l!["kind"] == "verdict_overridden"));
    }

    [SkippableFact]
    public async Task A_malformed_key_is_refused_naming_the_header_and_nothing_is_sent()
    {
        var (client, id) = await ConfirmedAsync();

        var answer = await client.SendAsync(Forward(id, new string('k', 200)));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.NotNull((await answer.ReadObjectAsync())["errors"]!["Idempotency-Key"]);
        Assert.Empty(await VpInboxAsync(0));
    }

    private static HttpRequestMessage Forward(string id, string key, bool again = false) =>
        Post($"/api/declarations/{id}/forward", key, new JsonObject { ["again"] = again });

    private static HttpRequestMessage Post(string path, string key, JsonObject body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Body(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return request;
    }

    private Task<JsonArray> VpInboxAsync(int expected) => InboxAsync(Vp, expected);

    /// <summary>
    /// The inbox once the transport has had time to deliver: at least <paramref name="expected"/> messages, then read
    /// again well past the Sandbox's sent-copy delay, so an extra copy still in flight is counted too.
    /// </summary>
    private async Task<JsonArray> InboxAsync(string email, int expected)
    {
        var client = Server.ClientFor(email);
        async Task<JsonArray> ReadAsync() =>
            await (await client.GetAsync($"/sandbox/mailboxes/{Uri.EscapeDataString(email)}/messages?folder=inbox")).ReadArrayAsync();
        await TrackingServer.EventuallyAsync(ReadAsync, m => m.Count >= expected, Patience, $"{expected} messages in {email}'s inbox");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        return await ReadAsync();
    }

    private async Task<(HttpClient Client, string Id)> ConfirmedAsync()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);
        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });
        await WaitForStateAsync(client, id, "confirmed");
        return (client, id);
    }
}

[Collection(TrackingTest.Collection)]
public sealed class SqliteOnceOnlyEndToEndTests : OnceOnlyEndToEndTests;

[Collection(TrackingTest.PostgresCollection)]
public sealed class PostgresOnceOnlyEndToEndTests : OnceOnlyEndToEndTests
{
    protected override Task<ITestDatabase> NewDatabaseAsync() => PostgresAsync();
}
