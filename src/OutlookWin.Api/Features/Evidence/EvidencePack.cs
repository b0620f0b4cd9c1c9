using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Storage;
using OutlookWin.Domain;
using OutlookWin.Domain.Evidence;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Features.Evidence;

/// <summary>
/// The evidence pack: a zip with the sent declaration and every reply as .eml (byte-identical to what the mailbox
/// returned), and a manifest with the readings, the chain and its verification.
/// </summary>
public sealed class EvidencePack(OutlookWinDb db, EvidenceVerifier evidence, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public async Task<byte[]> BuildAsync(Declaration declaration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var replies = (await db.Replies.AsNoTracking().Where(r => r.DeclarationId == declaration.Id).ToListAsync(ct)).OrderBy(r => r.ReceivedAt).ToList();
        var links = await evidence.LinksAsync(declaration.Id, ct);
        var verification = evidence.Verify(declaration, links, replies);
        // Every file is dated when the pack was made, by the service's clock (not the machine's): the same pack, read
        // twice at one moment, is the same bytes.
        var now = clock.GetUtcNow();

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (declaration.SentMime is { } sent)
            {
                await AddAsync(zip, "declaration.eml", sent, now, ct);
            }

            var files = new JsonArray();
            for (var i = 0; i < replies.Count; i++)
            {
                var name = $"replies/{i + 1:00}-{SnakeCaseEnum.Name(replies[i].Verdict)}.eml";
                await AddAsync(zip, name, replies[i].Mime, now, ct);
                files.Add(Entry(name, replies[i]));
            }

            var manifest = new JsonObject
            {
                ["generatedAt"] = now,
                ["declaration"] = Entry(declaration),
                ["plan"] = JsonSerializer.SerializeToNode(PlanDocument.ToRequest(PlanDocument.Read(declaration.PlanSnapshot)), Json),
                ["replies"] = files,
                ["chain"] = JsonSerializer.SerializeToNode(links.Select(EvidenceVerifier.ToDto), Json),
                // The end of the chain when the pack was made: compare it with the pane's (or a later pack's).
                ["head"] = new JsonObject { ["length"] = declaration.EvidenceLength, ["hash"] = declaration.EvidenceHead },
                ["verification"] = JsonSerializer.SerializeToNode(verification, Json),
            };
            await AddAsync(zip, "manifest.json", Encoding.UTF8.GetBytes(manifest.ToJsonString(Json)), now, ct);

            // The links exactly as stored (each payload as the text that was hashed), for checking the pack offline:
            // `outlookwin verify pack.zip`.
            var raw = new JsonArray([.. links.Select(l => (JsonNode)new JsonObject
            {
                ["sequence"] = l.Sequence,
                ["kind"] = l.Kind,
                ["at"] = l.At.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["actor"] = l.Actor,
                ["payload"] = l.Payload,
                ["previousHash"] = l.PreviousHash,
                ["hash"] = l.Hash,
            })]);
            await AddAsync(zip, "chain.json", Encoding.UTF8.GetBytes(raw.ToJsonString(Json)), now, ct);
        }

        return buffer.ToArray();
    }

    /// <summary>A file-name-safe form of the prospect's name.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Length == 0 ? "declaration" : slug[..Math.Min(slug.Length, 40)];
    }

    private static JsonObject Entry(string file, ReplyRecord r)
    {
        var reading = JsonSerializer.SerializeToNode(r.Reading, Json);
        return new JsonObject
        {
            ["file"] = file,
            ["id"] = r.Id,
            ["sha256"] = r.Sha256,
            ["receivedAt"] = r.ReceivedAt,
            ["storedAt"] = r.StoredAt,
            ["from"] = r.FromEmail,
            ["fromName"] = r.FromName,
            ["subject"] = r.Subject,
            ["internetMessageId"] = r.InternetMessageId,
            ["matchedBy"] = JsonSerializer.SerializeToNode(r.MatchedBy, Json),
            ["verdict"] = JsonSerializer.SerializeToNode(r.Verdict, Json),
            ["confidence"] = r.Confidence,
            ["replyText"] = r.ReplyText,
            ["evidence"] = reading?["evidence"]?.DeepClone(),
            ["conditions"] = reading?["conditions"]?.DeepClone(),
            ["objections"] = reading?["objections"]?.DeepClone(),
            ["criteria"] = reading?["criteria"]?.DeepClone(),
            ["returnDate"] = r.ReturnDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static JsonObject Entry(Declaration d) => new()
    {
        ["id"] = d.Id,
        ["state"] = JsonSerializer.SerializeToNode(d.State, Json),
        ["variant"] = JsonSerializer.SerializeToNode(d.Variant, Json),
        ["subject"] = d.Subject,
        ["sentAt"] = d.SentAt,
        ["internetMessageId"] = d.InternetMessageId,
        ["conversationId"] = d.ConversationId,
        ["file"] = d.SentMime is null ? null : "declaration.eml",
        ["sha256"] = d.SentMime is null ? null : EvidenceChain.Sha256(d.SentMime),
        ["override"] = d.OverrideVerdict is null ? null : new JsonObject
        {
            ["verdict"] = JsonSerializer.SerializeToNode(d.OverrideVerdict, Json),
            ["reason"] = d.OverrideReason,
            ["by"] = d.OverrideBy,
            ["at"] = d.OverrideAt,
        },
    };

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content, DateTimeOffset at, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = at;
        await using var stream = await entry.OpenAsync(ct);
        await stream.WriteAsync(content, ct);
    }
}
