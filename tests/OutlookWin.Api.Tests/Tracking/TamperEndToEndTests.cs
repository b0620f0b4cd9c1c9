using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tests.Infrastructure;
using OutlookWin.Domain.Replies;
using Xunit.Abstractions;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>
/// Every way of editing the stored record behind a confirmation — straight in the database, as someone with write
/// access to the tables would — is caught by verification, and a tampered declaration can no longer be forwarded.
/// </summary>
public abstract class TamperEndToEndTests(ITestOutputHelper output) : TrackingTest
{
    /// <summary>Each kind of tampering, applied to its own confirmed declaration.</summary>
    private static readonly (string Kind, Func<OutlookWinDb, Guid, Task> Tamper)[] Kinds =
    [
        ("a changed byte of the reply's MIME", async (db, id) =>
        {
            var reply = await ReplyAsync(db, id);
            reply.Mime = Flip(reply.Mime);
        }),
        ("the MIME changed and its SHA-256 recomputed", async (db, id) =>
        {
            var reply = await ReplyAsync(db, id);
            reply.Mime = Flip(reply.Mime);
            reply.Sha256 = Convert.ToHexStringLower(SHA256.HashData(reply.Mime));
        }),
        ("the reply's verdict", async (db, id) => (await ReplyAsync(db, id)).Verdict = ReplyVerdict.Declined),
        ("a chain link's payload", async (db, id) =>
        {
            var link = await db.Evidence.SingleAsync(e => e.DeclarationId == id && e.Kind == "verdict");
            link.Payload = link.Payload.Replace("confirmed", "conditional", StringComparison.Ordinal);
        }),
        ("the reply's extracted text", async (db, id) => (await ReplyAsync(db, id)).ReplyText = "Confirmed, all criteria met, no conditions."),
        ("the reply's reading (conditions, evidence)", async (db, id) =>
        {
            var reply = await ReplyAsync(db, id);
            reply.Reading = reply.Reading with { Conditions = ["Only once the parser patch ships."], Evidence = [] };
        }),
        ("the reading's per-criterion part", async (db, id) =>
        {
            var reply = await ReplyAsync(db, id);
            reply.Reading = reply.Reading with { Explanation = "Confirms every criterion." , Criteria = [new CriterionReading(0, "Reduce MTTR", CriterionReadingKind.Confirmed, ["yes"])] };
        }),
        ("the reply's sender", async (db, id) => (await ReplyAsync(db, id)).FromEmail = "mallory@contoso.example"),
        ("the reply's sender check (role, authentication)", async (db, id) =>
        {
            var reply = await ReplyAsync(db, id);
            reply.SenderRole = OutlookWin.Domain.Tracking.SenderRole.PlanContact;
            reply.Authentication = OutlookWin.Domain.Tracking.SenderAuthentication.None;
        }),
        ("who confirmed, and whether they were acknowledged", (db, id) => Sql(db, id, "\"SenderToAcknowledge\" = 'someone@contoso.example'")),
        ("the reply's received time", async (db, id) => (await ReplyAsync(db, id)).ReceivedAt -= TimeSpan.FromDays(3)),
        ("a deleted reply", async (db, id) => db.Replies.Remove(await ReplyAsync(db, id))),
        ("a deleted reply and the chain's last links", async (db, id) =>
        {
            db.Replies.Remove(await ReplyAsync(db, id));
            db.Evidence.RemoveRange(await db.Evidence.Where(e => e.DeclarationId == id && (e.Kind == "reply_received" || e.Kind == "verdict")).ToListAsync());
        }),
        ("the chain's last links cut and the declaration's head rewritten to match", async (db, id) =>
        {
            db.Replies.Remove(await ReplyAsync(db, id));
            var links = await db.Evidence.Where(e => e.DeclarationId == id).OrderBy(e => e.Sequence).ToListAsync();
            db.Evidence.RemoveRange(links.Where(e => e.Kind is "reply_received" or "verdict"));
            var kept = links.Where(e => e.Kind is not ("reply_received" or "verdict")).ToList();
            await db.SaveChangesAsync();
            await Sql(db, id, "\"EvidenceLength\" = {0}, \"EvidenceHead\" = {1}, \"State\" = 'sent'", kept.Count, kept[^1].Hash);
        }),
        ("the declaration's state", (db, id) => Sql(db, id, "\"State\" = 'conditional'")),
        ("the sent HTML", (db, id) => Sql(db, id, "\"Html\" = '<p>All criteria were met; no conditions.</p>'")),
        ("the plan snapshot", (db, id) => Sql(db, id, "\"PlanSnapshot\" = replace(\"PlanSnapshot\", 'Reduce MTTR', 'Reduce cost')")),
        ("an override written straight into the table", (db, id) =>
            Sql(db, id, "\"OverrideVerdict\" = 'confirmed', \"OverrideReason\" = 'Looks fine', \"OverrideBy\" = 'mallory@fabrikam.example'")),
    ];

    [SkippableFact]
    public async Task Every_kind_of_tampering_is_detected_and_untouched_declarations_verify()
    {
        var client = Start();
        var ids = new List<string>();
        for (var i = 0; i <= Kinds.Length; i++)
        {
            ids.Add((string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!);
        }

        await WaitForSubscriptionAsync(client);
        foreach (var id in ids)
        {
            await client.ProspectRepliesAsync(id, new JsonObject { ["canned"] = "confirmed" });
        }

        foreach (var id in ids)
        {
            await WaitForStateAsync(client, id, "confirmed");
        }

        var missed = new List<string>();
        for (var i = 0; i < Kinds.Length; i++)
        {
            await using (var scope = Server.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
                await Kinds[i].Tamper(db, Guid.Parse(ids[i]));
                await db.SaveChangesAsync();
            }

            var verification = await (await client.GetAsync($"/api/declarations/{ids[i]}/evidence/verify")).ReadObjectAsync();
            var preview = await (await client.GetAsync($"/api/declarations/{ids[i]}/forward")).ReadObjectAsync();
            var caught = !(bool)verification["valid"]! && verification["problems"]!.AsArray().Count > 0 && !(bool)preview["canForward"]!;
            output.WriteLine($"{(caught ? "caught" : "MISSED")}: {Kinds[i].Kind} — {verification["problems"]!.AsArray().FirstOrDefault()?["problem"]}");
            if (!caught)
            {
                missed.Add(Kinds[i].Kind);
            }
        }

        output.WriteLine($"tamper kinds caught: {Kinds.Length - missed.Count} of {Kinds.Length}");
        Assert.Empty(missed);

        // The last declaration was left alone: it verifies, with its sealed head, and can still be forwarded.
        var untouched = await (await client.GetAsync($"/api/declarations/{ids[^1]}/evidence/verify")).ReadObjectAsync();
        Assert.True((bool)untouched["valid"]!, untouched.ToJsonString());
        Assert.Matches("^[0-9a-f]{64}$", (string?)untouched["head"]);
        Assert.True((bool)(await (await client.GetAsync($"/api/declarations/{ids[^1]}/forward")).ReadObjectAsync())["canForward"]!);
    }

    private static Task<ReplyRecord> ReplyAsync(OutlookWinDb db, Guid id) => db.Replies.SingleAsync(r => r.DeclarationId == id);

    private static byte[] Flip(byte[] mime)
    {
        var edited = (byte[])mime.Clone();
        var at = Array.IndexOf(edited, (byte)'C', edited.Length / 2);
        edited[at < 0 ? edited.Length - 3 : at] ^= 0x20;
        return edited;
    }

    /// <summary>An UPDATE of one declaration row, as a person with database access would write it.</summary>
    private static async Task Sql(OutlookWinDb db, Guid id, string set, params object[] values)
    {
        var sql = $"UPDATE declarations SET {set} WHERE \"Id\" = {{{values.Length}}}";
        await db.Database.ExecuteSqlRawAsync(sql, [.. values, id]);
    }
}

[Collection(TrackingTest.Collection)]
public sealed class SqliteTamperEndToEndTests(ITestOutputHelper output) : TamperEndToEndTests(output);

[Collection(TrackingTest.PostgresCollection)]
public sealed class PostgresTamperEndToEndTests(ITestOutputHelper output) : TamperEndToEndTests(output)
{
    protected override Task<ITestDatabase> NewDatabaseAsync() => PostgresAsync();
}
