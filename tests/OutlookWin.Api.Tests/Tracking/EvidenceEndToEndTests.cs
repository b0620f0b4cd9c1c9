extern alias cli;

using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tests.Infrastructure;
using OutlookWin.Domain.Replies;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>Evidence that holds up: the chain, its verification (and tampering caught), the pack, overrides.</summary>
public abstract class EvidenceEndToEndTests : TrackingTest
{

    [SkippableFact]
    public async Task Every_event_is_chained_and_the_chain_verifies()
    {
        var (client, id, _) = await ConfirmedDeclarationAsync();

        var chain = await (await client.GetAsync($"/api/declarations/{id}/evidence")).ReadArrayAsync();
        var verification = await (await client.GetAsync($"/api/declarations/{id}/evidence/verify")).ReadObjectAsync();

        Assert.Equal(
            new[] { "declaration_drafted", "declaration_sent", "sent_copy_found", "reply_received", "verdict" },
            chain.Select(l => (string)l!["kind"]!).ToArray());
        Assert.Equal("0000000000000000000000000000000000000000000000000000000000000000", (string?)chain[0]!["previousHash"]);
        Assert.Equal((string?)chain[3]!["hash"], (string?)chain[4]!["previousHash"]);
        Assert.True((bool)verification["valid"]!, verification.ToJsonString());
        Assert.Equal(5, (int)verification["links"]!);
        Assert.Equal(2, (int)verification["messages"]!);
    }

    [SkippableTheory]
    [InlineData("mime")]
    [InlineData("verdict")]
    [InlineData("chain")]
    public async Task Tampering_with_a_stored_reply_or_event_is_detected(string what)
    {
        var (client, id, _) = await ConfirmedDeclarationAsync();

        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
            var declarationId = Guid.Parse(id);
            switch (what)
            {
                case "mime":
                    var reply = await db.Replies.SingleAsync(r => r.DeclarationId == declarationId);
                    var edited = (byte[])reply.Mime.Clone();
                    var at = Array.IndexOf(edited, (byte)'C', edited.Length / 2);
                    edited[at < 0 ? edited.Length - 3 : at] ^= 0x20;
                    reply.Mime = edited;
                    break;
                case "verdict":
                    (await db.Replies.SingleAsync(r => r.DeclarationId == declarationId)).Verdict = ReplyVerdict.Declined;
                    break;
                default:
                    var link = await db.Evidence.SingleAsync(e => e.DeclarationId == declarationId && e.Kind == "verdict");
                    link.Payload = link.Payload.Replace("confirmed", "conditional", StringComparison.Ordinal);
                    break;
            }

            await db.SaveChangesAsync();
        }

        var verification = await (await client.GetAsync($"/api/declarations/{id}/evidence/verify")).ReadObjectAsync();

        Assert.False((bool)verification["valid"]!);
        Assert.NotEmpty(verification["problems"]!.AsArray());
    }

    [SkippableFact]
    public async Task The_evidence_pack_holds_the_original_messages_byte_for_byte_and_a_manifest()
    {
        var (client, id, replyMessageId) = await ConfirmedDeclarationAsync();
        var original = await client.GetByteArrayAsync($"/sandbox/mailboxes/{Uri.EscapeDataString(Se)}/messages/{Uri.EscapeDataString(replyMessageId)}/mime");

        var response = await client.GetAsync($"/api/declarations/{id}/evidence-pack");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("evidence-contoso-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var reply = await ReadAsync(zip, "replies/01-confirmed.eml");
        Assert.Equal(original, reply);
        var declaration = await ReadAsync(zip, "declaration.eml");
        Assert.Contains("Technical Win", System.Text.Encoding.UTF8.GetString(declaration), StringComparison.Ordinal);
        var manifest = JsonNode.Parse(await ReadAsync(zip, "manifest.json"))!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(original)), (string?)manifest["replies"]![0]!["sha256"]);
        Assert.Equal("Reduce MTTR", (string?)manifest["plan"]!["criteria"]![0]!["title"]);
        Assert.Equal(5, manifest["chain"]!.AsArray().Count);
        Assert.True((bool)manifest["verification"]!["valid"]!);
        Assert.NotEmpty(manifest["replies"]![0]!["evidence"]!.AsArray());
    }

    [SkippableFact]
    public async Task A_pack_is_checked_offline_and_a_changed_message_or_a_cut_chain_shows()
    {
        var (client, id, _) = await ConfirmedDeclarationAsync();
        var head = (string)(await (await client.GetAsync($"/api/declarations/{id}/evidence/verify")).ReadObjectAsync())["head"]!;
        var pack = Path.Combine(Path.GetTempPath(), $"pack-{Guid.NewGuid():N}.zip");
        await File.WriteAllBytesAsync(pack, await client.GetByteArrayAsync($"/api/declarations/{id}/evidence-pack"));
        try
        {
            var (code, line) = VerifyPack(pack, "--head", head);
            Assert.Equal(0, code);
            Assert.True((bool)line["valid"]!, line.ToJsonString());
            Assert.Equal(5, (int)line["links"]!);
            Assert.Equal(2, (int)line["messages"]!);

            // The head noted earlier no longer matches once the chain moved on (or was cut).
            Assert.Equal(1, VerifyPack(pack, "--head", new string('0', 64)).Code);

            // One byte of the reply changed inside the pack.
            using (var zip = ZipFile.Open(pack, ZipArchiveMode.Update))
            {
                var entry = zip.GetEntry("replies/01-confirmed.eml")!;
                byte[] bytes;
                await using (var read = entry.Open())
                using (var copy = new MemoryStream())
                {
                    await read.CopyToAsync(copy);
                    bytes = copy.ToArray();
                }

                bytes[^3] ^= 0x20;
                entry.Delete();
                await using var write = zip.CreateEntry("replies/01-confirmed.eml").Open();
                await write.WriteAsync(bytes);
            }

            var (tamperedCode, tampered) = VerifyPack(pack);
            Assert.Equal(1, tamperedCode);
            Assert.Contains("changed", tampered["problems"]!.ToJsonString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pack);
        }
    }

    [SkippableFact]
    public async Task A_colleagues_confirmation_says_who_confirmed_and_is_forwarded_only_once_the_SE_acknowledges_them()
    {
        var client = Start();
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        await WaitForSubscriptionAsync(client);

        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed", ["from"] = "Mallory Quinn <mallory@contoso.example>" });
        var confirmed = await WaitForStateAsync(client, id, "confirmed");

        Assert.Equal("mallory@contoso.example", (string?)confirmed["senderToAcknowledge"]);
        Assert.Equal("colleague", (string?)confirmed["reply"]!["senderRole"]);
        Assert.Equal("pass", (string?)confirmed["reply"]!["authentication"]);
        Assert.Contains("dmarc=pass", (string?)confirmed["reply"]!["authenticationResults"], StringComparison.Ordinal);
        var preview = await (await client.GetAsync($"/api/declarations/{id}/forward")).ReadObjectAsync();
        Assert.False((bool)preview["canForward"]!);
        Assert.Contains("not the plan's lead engineer", (string?)preview["reason"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/declarations/{id}/forward", Body(new JsonObject()))).StatusCode);

        var acknowledged = await client.PostAsync($"/api/declarations/{id}/acknowledge-sender", Body(new JsonObject { ["note"] = "Mallory runs the platform team." }));
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Null((await acknowledged.ReadObjectAsync())["senderToAcknowledge"]);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/declarations/{id}/forward", Body(new JsonObject()))).StatusCode);

        var chain = await (await client.GetAsync($"/api/declarations/{id}/evidence")).ReadArrayAsync();
        var ack = Assert.Single(chain, l => (string?)l!["kind"] == "sender_acknowledged")!;
        Assert.Equal("mallory@contoso.example", (string?)ack["payload"]!["sender"]);
        Assert.Equal("colleague", (string?)chain.First(l => (string?)l!["kind"] == "reply_received")!["payload"]!["senderRole"]);
        Assert.True((bool)(await (await client.GetAsync($"/api/declarations/{id}/evidence/verify")).ReadObjectAsync())["valid"]!);
    }

    [SkippableFact]
    public async Task A_confirmation_whose_sender_failed_authentication_is_not_counted()
    {
        var client = Start();
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        await WaitForSubscriptionAsync(client);

        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed", ["spoofed"] = true });
        var declaration = await WaitForStateAsync(client, id, "ambiguous");

        var reply = declaration["reply"]!;
        Assert.Equal("fail", (string?)reply["authentication"]);
        Assert.Equal("lead_engineer", (string?)reply["senderRole"]);
        Assert.Contains("failed authentication", (string?)reply["explanation"], StringComparison.Ordinal);
        Assert.False((bool)(await (await client.GetAsync($"/api/declarations/{id}/forward")).ReadObjectAsync())["canForward"]!);
    }

    private static (int Code, JsonObject Line) VerifyPack(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = cli::OutlookWin.Cli.ReplyCommands.Run(["verify", .. args], stdout, stderr);
        return (code, JsonNode.Parse(stdout.ToString())?.AsObject() ?? throw new Xunit.Sdk.XunitException(stderr.ToString()));
    }

    [SkippableFact]
    public async Task An_override_needs_a_reason_and_keeps_the_original_reading()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);
        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "thumbs_up" });
        await WaitForStateAsync(client, id, "ambiguous");

        var missing = await client.PostAsync($"/api/declarations/{id}/override", Body(new JsonObject { ["verdict"] = "confirmed" }));
        var wrong = await client.PostAsync($"/api/declarations/{id}/override", Body(new JsonObject { ["verdict"] = "great", ["reason"] = "x" }));
        var overridden = await client.PostAsync($"/api/declarations/{id}/override", Body(new JsonObject
        {
            ["verdict"] = "confirmed",
            ["reason"] = "Dana confirmed on the phone at 10:05 and the thumbs-up was her written follow-up.",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.NotNull((await missing.ReadObjectAsync())["errors"]!["reason"]);
        Assert.NotNull((await wrong.ReadObjectAsync())["errors"]!["verdict"]);
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        var after = await overridden.ReadObjectAsync();
        Assert.Equal("confirmed", (string?)after["state"]);
        Assert.Equal("confirmed", (string?)after["override"]!["verdict"]);
        Assert.Equal("ambiguous", (string?)after["reply"]!["verdict"]);
        var chain = await (await client.GetAsync($"/api/declarations/{id}/evidence")).ReadArrayAsync();
        var link = chain.Last()!;
        Assert.Equal("verdict_overridden", (string?)link["kind"]);
        Assert.Equal("ambiguous", (string?)link["payload"]!["from"]);
        Assert.Equal(Se, (string?)link["actor"]);
        Assert.True((bool)(await (await client.GetAsync($"/api/declarations/{id}/evidence/verify")).ReadObjectAsync())["valid"]!);
    }

    [SkippableFact]
    public async Task A_confirmation_is_forwarded_to_the_economic_buyer_once_unless_asked_again()
    {
        var (client, id, _) = await ConfirmedDeclarationAsync();

        var preview = await (await client.GetAsync($"/api/declarations/{id}/forward")).ReadObjectAsync();
        Assert.True((bool)preview["canForward"]!);
        Assert.Equal("priya@contoso.example", (string?)preview["to"]![0]!["email"]);
        Assert.Equal("jordan@fabrikam.example", (string?)preview["cc"]![0]!["email"]);
        var note = ((string)preview["noteText"]!).Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("Your lead engineer Dana Kim confirmed today", note, StringComparison.Ordinal);
        Assert.Contains("Are we ready to review the contract?", note, StringComparison.Ordinal);

        var forwarded = await client.PostAsync($"/api/declarations/{id}/forward", Body(new JsonObject()));
        Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);

        // The VP's mailbox received the original reply as a forward, under the cover note.
        var vp = Server.ClientFor("priya@contoso.example");
        var inbox = await TrackingServer.EventuallyAsync(
            async () => await (await vp.GetAsync("/sandbox/mailboxes/priya%40contoso.example/messages?folder=inbox")).ReadArrayAsync(),
            m => m.Count > 0, Patience, "the forward in the VP's inbox");
        var message = Assert.Single(inbox)!;
        Assert.StartsWith("FW:", (string?)message["subject"], StringComparison.OrdinalIgnoreCase);
        var mime = System.Text.Encoding.UTF8.GetString(await vp.GetByteArrayAsync(
            $"/sandbox/mailboxes/priya%40contoso.example/messages/{Uri.EscapeDataString((string)message["id"]!)}/mime"));
        Assert.Contains("Dana Kim confirmed today", mime, StringComparison.Ordinal);
        Assert.Contains("Confirmed", mime, StringComparison.Ordinal);

        var chain = await (await client.GetAsync($"/api/declarations/{id}/evidence")).ReadArrayAsync();
        Assert.Equal("forwarded", (string?)chain.Last()!["kind"]);
        Assert.Equal("priya@contoso.example", (string?)chain.Last()!["payload"]!["to"]![0]!["email"]);

        var twice = await client.PostAsync($"/api/declarations/{id}/forward", Body(new JsonObject()));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.NotNull((await twice.ReadObjectAsync())["forwardedAt"]);
        var again = await client.PostAsync($"/api/declarations/{id}/forward", Body(new JsonObject { ["again"] = true, ["note"] = "Priya — resending the confirmation <for the record>." }));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var forwards = (await (await client.GetAsync($"/api/declarations/{id}/forward")).ReadObjectAsync())["forwards"]!.AsArray();
        Assert.Equal(2, forwards.Count);
        Assert.Equal("Priya — resending the confirmation <for the record>.", (string?)forwards[1]!["note"]);
    }

    [SkippableFact]
    public async Task A_thumbs_up_cannot_be_forwarded_until_the_verdict_is_overridden()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);
        await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "thumbs_up" });
        await WaitForStateAsync(client, id, "ambiguous");

        var preview = await (await client.GetAsync($"/api/declarations/{id}/forward")).ReadObjectAsync();
        var refused = await client.PostAsync($"/api/declarations/{id}/forward", Body(new JsonObject()));

        Assert.False((bool)preview["canForward"]!);
        Assert.Contains("override", (string?)preview["reason"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        await client.PostAsync($"/api/declarations/{id}/override", Body(new JsonObject { ["verdict"] = "confirmed", ["reason"] = "Confirmed in writing on Teams; screenshot filed." }));
        var allowed = await client.PostAsync($"/api/declarations/{id}/forward", Body(new JsonObject()));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [SkippableFact]
    public async Task Forward_recipients_are_validated_and_nothing_is_sent_on_bad_input()
    {
        var (client, id, _) = await ConfirmedDeclarationAsync();

        var response = await client.PostAsync($"/api/declarations/{id}/forward", Body(new JsonObject
        {
            ["to"] = new JsonArray(new JsonObject { ["name"] = "Priya", ["email"] = "not an address" }),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadObjectAsync())["errors"]!["to[0].email"]);
        Assert.Empty((await (await client.GetAsync($"/api/declarations/{id}/forward")).ReadObjectAsync())["forwards"]!.AsArray());
    }

    [SkippableFact]
    public async Task Forward_recipients_are_counted_and_their_names_cannot_add_headers()
    {
        var (client, id, _) = await ConfirmedDeclarationAsync();
        var many = new JsonArray([.. Enumerable.Range(0, 21).Select(i => (JsonNode)new JsonObject { ["name"] = $"VP {i}", ["email"] = $"vp{i}@contoso.example" })]);

        var response = await client.PostAsync($"/api/declarations/{id}/forward", Body(new JsonObject
        {
            ["to"] = many,
            ["cc"] = new JsonArray(
                new JsonObject { ["name"] = "Jordan\r\nBcc: mallory@evil.example", ["email"] = "jordan@fabrikam.example" },
                new JsonObject { ["name"] = "Loopback", ["email"] = "jordan@[127.0.0.1]" }),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadObjectAsync())["errors"]!;
        Assert.NotNull(errors["to"]);
        Assert.NotNull(errors["cc[0].name"]);
        Assert.NotNull(errors["cc[1].email"]);
        Assert.Empty((await (await client.GetAsync($"/api/declarations/{id}/forward")).ReadObjectAsync())["forwards"]!.AsArray());
    }

    private async Task<(HttpClient Client, string Id, string ReplyMessageId)> ConfirmedDeclarationAsync()
    {
        var client = Start();
        var declaration = await client.DeclareAndSendAsync(ContosoAllProven());
        var id = (string)declaration["id"]!;
        await WaitForSubscriptionAsync(client);
        var replyId = await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });
        await WaitForStateAsync(client, id, "confirmed");
        return (client, id, replyId);
    }

    private static async Task<byte[]> ReadAsync(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"{name} is not in the pack: {string.Join(", ", zip.Entries.Select(e => e.FullName))}");
        await using var stream = entry.Open();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}

[Collection(TrackingTest.Collection)]
public sealed class SqliteEvidenceEndToEndTests : EvidenceEndToEndTests;

[Collection(TrackingTest.PostgresCollection)]
public sealed class PostgresEvidenceEndToEndTests : EvidenceEndToEndTests
{
    protected override Task<ITestDatabase> NewDatabaseAsync() => PostgresAsync();
}
