using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MimeKit.Utils;
using OutlookWin.Api.Tests.Infrastructure;
using OutlookWin.Sandbox;
using OutlookWin.Testing;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>
/// Mail the service sends about a declaration keeps Exchange's threads: a follow-up is a reply in the declaration's
/// conversation (and the answer to it is matched by that conversation), and the forward to the economic buyer carries
/// the stored original whose SHA-256 the evidence holds.
/// </summary>
public abstract class ThreadedMailEndToEndTests : TrackingTest
{
    private const string Lead = "dana@contoso.example";
    private const string Vp = "priya@contoso.example";

    [SkippableFact]
    public async Task A_follow_up_lands_in_the_declarations_conversation_and_the_answer_to_it_is_matched_by_conversation()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);
        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "thumbs_up" });
        var ambiguous = await WaitForStateAsync(client, id, "ambiguous");
        var conversationId = (string)ambiguous["conversationId"]!;
        var declarationMessageId = (string)ambiguous["internetMessageId"]!;

        var followUp = await client.PostAsync($"/api/declarations/{id}/follow-up", Body(new JsonObject { ["send"] = true }));

        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
        var result = await followUp.ReadObjectAsync();
        Assert.True((bool)result["sent"]!);
        // The SE's sent copy keeps the draft's id and sits in the declaration's conversation.
        var sentCopy = await MessageAsync(Se, "sentitems", m => (string?)m["id"] == (string?)result["draftId"]);
        Assert.Equal(conversationId, (string?)sentCopy["conversationId"]);
        Assert.StartsWith("RE: ", (string?)sentCopy["subject"], StringComparison.Ordinal);
        Assert.Equal(Lead, (string?)sentCopy["to"]![0]!["email"]);
        // The lead engineer's copy answers the declaration in the same thread.
        var atLead = await MessageAsync(Lead, "inbox", m => (string?)m["internetMessageId"] == (string?)sentCopy["internetMessageId"]);
        Assert.Equal(declarationMessageId, (string?)atLead["inReplyTo"]);
        Assert.Equal(conversationId, (string?)atLead["conversationId"]);

        // She answers the follow-up (not the declaration): In-Reply-To names the follow-up, the thread is the declaration's.
        var lead = Server.ClientFor(Lead);
        var received = MimeMessage.Load(new MemoryStream(await lead.GetByteArrayAsync(
            $"/sandbox/mailboxes/{Uri.EscapeDataString(Lead)}/messages/{Uri.EscapeDataString((string)atLead["id"]!)}/mime")));
        await client.ProspectRepliesAsync(id, new JsonObject { ["mime"] = AnswerTo(received, "Confirmed. The team considers the technical evaluation a success: all three mandatory success criteria were met.") });

        var confirmed = await WaitForStateAsync(client, id, "confirmed");
        Assert.Equal("conversation", (string?)confirmed["reply"]!["matchedBy"]);
        Assert.Equal(2, confirmed["replies"]!.AsArray().Count);
        var chain = await (await client.GetAsync($"/api/declarations/{id}/evidence")).ReadArrayAsync();
        Assert.Single(chain, l => (string?)l!["kind"] == "follow_up_drafted" && (bool)l["payload"]!["sent"]!);
    }

    [SkippableFact]
    public async Task A_sent_copy_the_se_files_into_a_deal_folder_is_still_the_one_the_follow_up_answers()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);
        var sent = await client.GetDeclarationAsync(id);
        var sentCopy = await MessageAsync(Se, "sentitems", m => (string?)m["internetMessageId"] == (string?)sent["internetMessageId"]);

        // In Outlook the SE drags the sent declaration into the deal's folder: a move, which gives the message a new
        // regular id. The service holds the immutable one, so it still finds the message to reply to.
        using var outlook = new HttpClient { BaseAddress = new Uri(Server.BaseUrl, "sandbox/graph/v1.0/") };
        outlook.DefaultRequestHeaders.Authorization = new(
            "Bearer", Server.Services.GetRequiredService<SandboxTokens>().Issue(new OutlookWin.Domain.Mail.MailboxOwner("tenant", "outlook", Se)));
        using var moved = await outlook.PostAsync($"me/messages/{sentCopy["id"]}/move", Body(new JsonObject { ["destinationId"] = "Contoso deal" }));
        Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outlook.GetAsync($"me/messages/{sentCopy["id"]}")).StatusCode);

        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "thumbs_up" });
        var ambiguous = await WaitForStateAsync(client, id, "ambiguous");
        var followUp = await client.PostAsync($"/api/declarations/{id}/follow-up", Body(new JsonObject { ["send"] = true }));
        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
        var result = await followUp.ReadObjectAsync();
        var copy = await MessageAsync(Se, "sentitems", m => (string?)m["id"] == (string?)result["draftId"]);
        // A reply to the filed declaration (createReply found it), not a new message in a conversation of its own.
        Assert.Equal((string?)ambiguous["conversationId"], (string?)copy["conversationId"]);
        var atLead = await MessageAsync(Lead, "inbox", m => (string?)m["internetMessageId"] == (string?)copy["internetMessageId"]);
        Assert.Equal((string?)sent["internetMessageId"], (string?)atLead["inReplyTo"]);
    }

    [SkippableFact]
    public async Task The_economic_buyers_copy_carries_the_original_whose_sha256_the_evidence_reports()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);
        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });
        var confirmed = await WaitForStateAsync(client, id, "confirmed");
        var sha256 = (string)confirmed["reply"]!["sha256"]!;

        var forwarded = await client.PostAsync($"/api/declarations/{id}/forward", Body(new JsonObject()));

        Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
        var atVp = await MessageAsync(Vp, "inbox", m => ((string?)m["subject"])?.StartsWith("FW:", StringComparison.Ordinal) == true);
        var mime = await Server.ClientFor(Vp).GetByteArrayAsync($"/sandbox/mailboxes/{Uri.EscapeDataString(Vp)}/messages/{Uri.EscapeDataString((string)atVp["id"]!)}/mime");
        var original = Assert.Single(MimeAttachments.Read(mime), a => a.Name.EndsWith(".eml", StringComparison.Ordinal));
        Assert.Equal("message/rfc822", original.ContentType);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(original.Content)));
        // And it is the very file in the evidence pack.
        using var pack = new ZipArchive(await (await client.GetAsync($"/api/declarations/{id}/evidence-pack")).Content.ReadAsStreamAsync());
        await using var entry = pack.GetEntry("replies/01-confirmed.eml")!.Open();
        using var packed = new MemoryStream();
        await entry.CopyToAsync(packed);
        Assert.Equal(packed.ToArray(), original.Content);
        // The note still comes first, with the reply inline below it.
        var text = Encoding.UTF8.GetString(mime);
        Assert.Contains("Dana Kim confirmed today", text, StringComparison.Ordinal);
    }

    /// <summary>A reply to <paramref name="received"/> as the lead engineer's Outlook writes it.</summary>
    private static string AnswerTo(MimeMessage received, string text)
    {
        var answered = received.MessageId ?? throw new InvalidOperationException("The follow-up has no Message-ID.");
        var answer = new MimeMessage();
        answer.From.Add(new MailboxAddress("Dana Kim", Lead));
        answer.To.AddRange(received.From.Mailboxes);
        answer.Subject = received.Subject ?? string.Empty;
        answer.Date = DateTimeOffset.UtcNow;
        answer.MessageId = MimeUtils.GenerateMessageId("contoso.example");
        answer.InReplyTo = answered;
        foreach (var reference in received.References)
        {
            answer.References.Add(reference);
        }

        answer.References.Add(answered);
        answer.Body = new TextPart("plain") { Text = text };
        return answer.ToString();
    }

    /// <summary>A message in a Sandbox folder, once the transport has delivered it.</summary>
    private async Task<JsonObject> MessageAsync(string mailbox, string folder, Func<JsonObject, bool> which)
    {
        var client = Server.ClientFor(mailbox);
        var list = await TrackingServer.EventuallyAsync(
            async () => await (await client.GetAsync($"/sandbox/mailboxes/{Uri.EscapeDataString(mailbox)}/messages?folder={folder}")).ReadArrayAsync(),
            m => m.Any(x => which(x!.AsObject())), Patience, $"the message in {mailbox}'s {folder}");
        return list.Select(m => m!.AsObject()).Single(which);
    }
}

[Collection(TrackingTest.Collection)]
public sealed class SqliteThreadedMailEndToEndTests : ThreadedMailEndToEndTests;

[Collection(TrackingTest.PostgresCollection)]
public sealed class PostgresThreadedMailEndToEndTests : ThreadedMailEndToEndTests
{
    protected override Task<ITestDatabase> NewDatabaseAsync() => PostgresAsync();
}
