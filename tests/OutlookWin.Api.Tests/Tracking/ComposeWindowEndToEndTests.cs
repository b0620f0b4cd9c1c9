using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json.Nodes;
using OutlookWin.Api.Tests.Infrastructure;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>
/// What Outlook's compose window needs of the service: the saved message's id recorded with the declaration (its sent
/// copy found by it when the custom property never reached the mailbox), and the evidence pack through a short-lived
/// signed link for the browser Outlook on Windows opens, which carries no sign-in.
/// </summary>
public abstract class ComposeWindowEndToEndTests : TrackingTest
{
    private static readonly JsonArray Dana = new(new JsonObject { ["name"] = "Dana Kim", ["email"] = "dana@contoso.example" });

    [SkippableFact]
    public async Task The_sent_copy_is_found_by_the_saved_compose_items_id_when_its_custom_property_was_never_saved()
    {
        var client = Start();
        var withId = await OutlookDeclarationAsync(client);
        var withoutId = await OutlookDeclarationAsync(client);

        // Both messages reach the mailbox without the pane's custom property (as when classic Outlook never saved it);
        // only the first one's saved id is recorded with its declaration.
        var first = await SaveComposeAsync(client, withId);
        var recorded = await client.PutAsync($"/api/declarations/{withId}/compose-item", Body(new JsonObject { ["itemId"] = first }));
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var second = await SaveComposeAsync(client, withoutId);

        foreach (var (id, draft) in new[] { (withId, first), (withoutId, second) })
        {
            var sent = await client.PostAsync("/sandbox/outlook/send", Body(new JsonObject
            {
                ["subject"] = "Technical Win: Contoso", ["html"] = "<p>Confirmed?</p>", ["to"] = Dana.DeepClone(), ["cc"] = new JsonArray(), ["draftId"] = draft,
            }));
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
            // The draft keeps its (immutable) id once sent.
            Assert.Equal(draft, (string?)(await sent.ReadObjectAsync())["id"]);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/declarations/{id}/sent-from-outlook", null)).StatusCode);
        }

        var found = await TrackingServer.EventuallyAsync(() => client.GetDeclarationAsync(withId), d => d["internetMessageId"] is not null, Patience, "the sent copy by its id");
        Assert.StartsWith("<", (string?)found["internetMessageId"], StringComparison.Ordinal);
        Assert.Null((await client.GetDeclarationAsync(withoutId))["internetMessageId"]);
    }

    [SkippableFact]
    public async Task Saying_it_was_sent_from_Outlook_while_the_watcher_records_its_sent_copy_loses_neither()
    {
        var client = Start();
        var id = Guid.Parse(await OutlookDeclarationAsync(client));
        var sentCopy = new OutlookWin.Domain.Mail.MailMessage(
            "AAkALgAA-sent", "<sent-copy@contoso.example>", "conversation-1", "Technical Win: Contoso", null, [],
            DateTimeOffset.UtcNow, null, null, [], new Dictionary<string, string>(), id);

        await using var request = Server.Services.CreateAsyncScope();
        await using var stale = Server.Services.CreateAsyncScope();
        var store = request.ServiceProvider.GetRequiredService<OutlookWin.Api.Declarations.DeclarationStore>();
        var loaded = await store.GetAsync(id, default);
        var staleStore = stale.ServiceProvider.GetRequiredService<OutlookWin.Api.Declarations.DeclarationStore>();
        var staleCopy = await staleStore.GetAsync(id, default);

        // The watcher records the sent copy after the request loaded the declaration.
        await using (var watcher = Server.Services.CreateAsyncScope())
        {
            var watchers = watcher.ServiceProvider.GetRequiredService<OutlookWin.Api.Declarations.DeclarationStore>();
            var found = await watchers.GetAsync(id, default);
            found.RecordSentCopy(sentCopy, null, DateTimeOffset.UtcNow);
            await watchers.SaveAsync(found, default);
        }

        // A plain save of the stale copy is refused (the race is real) ...
        staleCopy.MarkSentFromOutlook("se", DateTimeOffset.UtcNow);
        await Assert.ThrowsAsync<Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException>(() => staleStore.SaveAsync(staleCopy, default));

        // ... recording the fact reloads and keeps both: sent, with its sent copy.
        var recorded = await store.RecordAsync(loaded, d => d.MarkSentFromOutlook("se", DateTimeOffset.UtcNow));
        Assert.Equal("<sent-copy@contoso.example>", recorded.InternetMessageId);
        Assert.NotNull(recorded.SentAt);
        var seen = await client.GetDeclarationAsync(id.ToString());
        Assert.Equal("sent", (string?)seen["state"]);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/declarations/{id}/sent-from-outlook", null)).StatusCode);
    }

    [SkippableFact]
    public async Task The_compose_item_id_is_checked_and_kept_to_its_owner_and_its_kind_of_declaration()
    {
        var client = Start();
        var id = await OutlookDeclarationAsync(client);

        var ews = await client.PutAsync($"/api/declarations/{id}/compose-item", Body(new JsonObject { ["itemId"] = "AAMkAGI2/abc+def=" }));
        Assert.Equal(HttpStatusCode.BadRequest, ews.StatusCode);
        Assert.NotNull((await ews.ReadObjectAsync())["errors"]!["itemId"]);
        var missing = await client.PutAsync($"/api/declarations/{id}/compose-item", Body(new JsonObject()));
        Assert.NotNull((await missing.ReadObjectAsync())["errors"]!["itemId"]);

        var rival = Server.ClientFor("rival@fabrikam.example");
        var theirs = await rival.PutAsync($"/api/declarations/{id}/compose-item", Body(new JsonObject { ["itemId"] = "AAkALgAA-x" }));
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);

        var mailbox = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        var wrongKind = await client.PutAsync($"/api/declarations/{mailbox}/compose-item", Body(new JsonObject { ["itemId"] = "AAkALgAA-x" }));
        Assert.Equal(HttpStatusCode.Conflict, wrongKind.StatusCode);
    }

    [SkippableFact]
    public async Task A_signed_link_serves_the_owners_pack_byte_for_byte_without_sign_in()
    {
        var client = Start(fakeClock: true);
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        await WaitForStateAsync(client, id, "sent");
        var signedIn = await client.GetByteArrayAsync($"/api/declarations/{id}/evidence-pack");

        var link = await (await client.PostAsync($"/api/declarations/{id}/evidence-pack/link", null)).ReadObjectAsync();
        var url = new Uri((string)link["url"]!);
        Assert.Equal(Server.Clock.GetUtcNow() + TimeSpan.FromMinutes(5), DateTimeOffset.Parse((string)link["expiresAt"]!, System.Globalization.CultureInfo.InvariantCulture));

        using var anonymous = new HttpClient();
        var response = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(signedIn, await response.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task A_signed_link_that_expired_was_edited_or_names_another_declaration_or_user_is_refused()
    {
        var client = Start(fakeClock: true);
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        var other = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        var rival = Server.ClientFor("rival@fabrikam.example");
        var theirs = (string)(await rival.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        using var anonymous = new HttpClient { BaseAddress = client.BaseAddress };

        var token = await TokenAsync(client, id);
        var rivalsToken = await TokenAsync(rival, theirs);
        var edited = token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..];

        // No link for someone else's declaration.
        Assert.Equal(HttpStatusCode.NotFound, (await rival.PostAsync($"/api/declarations/{id}/evidence-pack/link", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/declarations/{id}/evidence-pack/signed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(Signed(id, edited))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(Signed(other, token))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(Signed(id, rivalsToken))).StatusCode);
        // A token of the same keys for another purpose is no link.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(Signed(id, "CfDJ8" + new string('x', 120)))).StatusCode);
        // The unsigned route still wants a signed-in user.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/declarations/{id}/evidence-pack")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(Signed(id, token))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(Signed(theirs, rivalsToken))).StatusCode);
        Server.Clock.Advance(TimeSpan.FromMinutes(5));
        var expired = await anonymous.GetAsync(Signed(id, token));
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Equal("application/problem+json", expired.Content.Headers.ContentType?.MediaType);
    }

    private static string Signed(string id, string token) => $"/api/declarations/{id}/evidence-pack/signed?token={Uri.EscapeDataString(token)}";

    private static async Task<string> TokenAsync(HttpClient client, string id)
    {
        var link = await (await client.PostAsync($"/api/declarations/{id}/evidence-pack/link", null)).ReadObjectAsync();
        var query = System.Web.HttpUtility.ParseQueryString(new Uri((string)link["url"]!).Query);
        return query["token"]!;
    }

    private static async Task<string> OutlookDeclarationAsync(HttpClient client)
    {
        var plan = await client.CreatePlanAsync(ContosoAllProven());
        var created = await client.PostAsync($"/api/plans/{plan["id"]}/declarations", Body(new JsonObject { ["delivery"] = "outlook" }));
        return (string)(await created.ReadObjectAsync())["id"]!;
    }

    /// <summary>The compose window saved as a draft (item.saveAsync), without the add-in's custom property.</summary>
    private static async Task<string> SaveComposeAsync(HttpClient client, string declarationId)
    {
        var saved = await client.PostAsync("/sandbox/outlook/save", Body(new JsonObject
        {
            ["subject"] = $"Technical Win: Contoso ({declarationId})", ["html"] = "<p>Confirmed?</p>", ["to"] = Dana.DeepClone(), ["cc"] = new JsonArray(),
        }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return (string)(await saved.ReadObjectAsync())["id"]!;
    }
}

[Collection(TrackingTest.Collection)]
public sealed class SqliteComposeWindowEndToEndTests : ComposeWindowEndToEndTests;

[Collection(TrackingTest.PostgresCollection)]
public sealed class PostgresComposeWindowEndToEndTests : ComposeWindowEndToEndTests
{
    protected override Task<ITestDatabase> NewDatabaseAsync() => PostgresAsync();
}
