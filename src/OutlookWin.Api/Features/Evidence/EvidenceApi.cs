using Microsoft.Extensions.Options;
using System.IO.Compression;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Evidence;
using OutlookWin.Api.Features.Declarations;
using OutlookWin.Api.Features.Plans;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tracking;
using OutlookWin.Domain.Evidence;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Features.Evidence;

/// <summary>One link of the evidence chain, as shown.</summary>
public sealed record EvidenceLinkDto(int Sequence, string Kind, DateTimeOffset At, string Actor, JsonNode? Payload, string PreviousHash, string Hash);

/// <summary>Something that no longer holds.</summary>
public sealed record EvidenceProblemDto(string Where, string Problem);

/// <summary>Whether the chain and every stored message still hold.</summary>
public sealed record EvidenceVerification(bool Valid, DateTimeOffset CheckedAt, int Links, int Messages, IReadOnlyList<EvidenceProblemDto> Problems);

/// <summary>The SE's verdict and why.</summary>
public sealed record OverrideRequest(string? Verdict, string? Reason);

/// <summary>The evidence behind a declaration: the chain, its verification, the pack, overrides.</summary>
public static class EvidenceApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly string[] Verdicts = ["confirmed", "conditional", "declined", "ambiguous", "auto_reply"];

    public static RouteGroupBuilder MapEvidence(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/declarations/{id:guid}")
            .WithTags("Evidence")
            .RequireAuthorization(AuthenticationSetup.OwnerPolicy)
            .RequireRateLimiting(RateLimitSetup.PerUser);
        group.MapGet("/evidence", Chain).WithName("GetEvidenceChain")
            .WithSummary("The declaration's audit log: every event (drafted, sent, reply received, verdict, override, forward, follow-up), each chained to the one before by SHA-256.");
        group.MapGet("/evidence/verify", Verify).WithName("VerifyEvidence")
            .WithSummary("Checks that the chain is unbroken and every stored message still has the SHA-256 recorded when it arrived.");
        group.MapGet("/evidence-pack", Pack).WithName("DownloadEvidencePack")
            .WithSummary("A zip with the original replies as .eml (byte-identical to what the mailbox returned), the sent declaration as .eml, and a JSON manifest.");
        group.MapPost("/override", Override).WithName("OverrideVerdict")
            .WithSummary("Set the declaration's verdict by hand, with a required reason. The replies' reading stays in the ledger and beside it.");
        return group;
    }

    public static async Task<Results<Ok<EvidenceLinkDto[]>, NotFound<ProblemDetails>>> Chain(
        Guid id, ClaimsPrincipal principal, OutlookWinDb db, CancellationToken ct)
    {
        if (await DeclarationsApi.FindOwnedAsync(db, SignedInUser.Of(principal), id, track: false, ct) is null)
        {
            return DeclarationsApi.NotFound(id);
        }

        var links = await LinksAsync(db, id, ct);
        return TypedResults.Ok(links.Select(ToDto).ToArray());
    }

    public static async Task<Results<Ok<EvidenceVerification>, NotFound<ProblemDetails>>> Verify(
        Guid id, ClaimsPrincipal principal, OutlookWinDb db, TimeProvider clock, CancellationToken ct)
    {
        var declaration = await DeclarationsApi.FindOwnedAsync(db, SignedInUser.Of(principal), id, track: false, ct);
        return declaration is null ? DeclarationsApi.NotFound(id) : TypedResults.Ok(await VerifyAsync(db, declaration, clock, ct));
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> Pack(
        Guid id, ClaimsPrincipal principal, OutlookWinDb db, TimeProvider clock, CancellationToken ct)
    {
        var declaration = await DeclarationsApi.FindOwnedAsync(db, SignedInUser.Of(principal), id, track: false, ct);
        if (declaration is null)
        {
            return DeclarationsApi.NotFound(id);
        }

        var replies = await db.Replies.AsNoTracking().Where(r => r.DeclarationId == id).ToListAsync(ct);
        replies = [.. replies.OrderBy(r => r.ReceivedAt)];
        var links = await LinksAsync(db, id, ct);
        var verification = await VerifyAsync(db, declaration, clock, ct);
        var plan = PlanMapping.FromDocument(declaration.PlanSnapshot);

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var files = new JsonArray();
            if (declaration.SentMime is { } sent)
            {
                await AddAsync(zip, "declaration.eml", sent, ct);
            }

            for (var i = 0; i < replies.Count; i++)
            {
                var r = replies[i];
                var name = $"replies/{i + 1:00}-{r.Verdict}.eml";
                await AddAsync(zip, name, r.Mime, ct);
                var reading = JsonNode.Parse(r.Reading);
                files.Add(new JsonObject
                {
                    ["file"] = name,
                    ["sha256"] = r.Sha256,
                    ["receivedAt"] = r.ReceivedAt,
                    ["storedAt"] = r.StoredAt,
                    ["from"] = r.FromEmail,
                    ["fromName"] = r.FromName,
                    ["subject"] = r.Subject,
                    ["internetMessageId"] = r.InternetMessageId,
                    ["matchedBy"] = r.MatchedBy,
                    ["verdict"] = r.Verdict,
                    ["confidence"] = r.Confidence,
                    ["replyText"] = r.ReplyText,
                    ["evidence"] = reading?["evidence"]?.DeepClone(),
                    ["conditions"] = reading?["conditions"]?.DeepClone(),
                    ["objections"] = reading?["objections"]?.DeepClone(),
                    ["criteria"] = reading?["criteria"]?.DeepClone(),
                    ["returnDate"] = r.ReturnDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                });
            }

            var manifest = new JsonObject
            {
                ["generatedAt"] = clock.GetUtcNow(),
                ["declaration"] = new JsonObject
                {
                    ["id"] = declaration.Id,
                    ["state"] = declaration.State,
                    ["variant"] = declaration.Variant,
                    ["subject"] = declaration.Subject,
                    ["sentAt"] = declaration.SentAt,
                    ["internetMessageId"] = declaration.InternetMessageId,
                    ["conversationId"] = declaration.ConversationId,
                    ["file"] = declaration.SentMime is null ? null : "declaration.eml",
                    ["sha256"] = declaration.SentMime is null ? null : EvidenceChain.Sha256(declaration.SentMime),
                    ["override"] = declaration.OverrideVerdict is null ? null : new JsonObject
                    {
                        ["verdict"] = declaration.OverrideVerdict,
                        ["reason"] = declaration.OverrideReason,
                        ["by"] = declaration.OverrideBy,
                        ["at"] = declaration.OverrideAt,
                    },
                },
                ["plan"] = JsonSerializer.SerializeToNode(PlanMapping.ToRequest(plan), Json),
                ["replies"] = files,
                ["chain"] = JsonSerializer.SerializeToNode(links.Select(ToDto), Json),
                ["verification"] = JsonSerializer.SerializeToNode(verification, Json),
            };
            await AddAsync(zip, "manifest.json", Encoding.UTF8.GetBytes(manifest.ToJsonString(Json)), ct);
        }

        var fileName = $"evidence-{Slug(plan.Prospect)}-{clock.GetUtcNow():yyyy-MM-dd}.zip";
        return TypedResults.File(buffer.ToArray(), "application/zip", fileName);
    }

    public static async Task<Results<Ok<DeclarationResponse>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>>> Override(
        Guid id, OverrideRequest request, ClaimsPrincipal principal, OutlookWinDb db, EvidenceLedger ledger, IOptions<ZombieClockOptions> zombie, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var verdict = request.Verdict?.Trim();
        if (verdict is null || !Verdicts.Contains(verdict))
        {
            errors["verdict"] = [$"verdict must be one of: {string.Join(", ", Verdicts)}."];
        }

        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            errors["reason"] = ["Say why: the reason is kept with the override as evidence."];
        }
        else if (reason.Length > 1000)
        {
            errors["reason"] = ["reason must be at most 1000 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The override is incomplete.");
        }

        var user = SignedInUser.Of(principal);
        var declaration = await DeclarationsApi.FindOwnedAsync(db, user, id, track: true, ct);
        if (declaration is null)
        {
            return DeclarationsApi.NotFound(id);
        }

        if (declaration.SentAt is null)
        {
            return TypedResults.Conflict(new ProblemDetails
            {
                Title = "Not sent yet.",
                Detail = "Only the verdict on replies to a sent declaration can be overridden.",
                Status = StatusCodes.Status409Conflict,
            });
        }

        var now = clock.GetUtcNow();
        var read = await ReadStateAsync(db, declaration, ct);
        await ledger.AppendAsync(id, EvidenceEventKind.Override, user.Email ?? user.ObjectId, new
        {
            from = declaration.State,
            readAs = read,
            to = verdict,
            reason,
        }, ct);
        declaration.OverrideVerdict = verdict;
        declaration.OverrideReason = reason;
        declaration.OverrideBy = user.Email ?? user.ObjectId;
        declaration.OverrideAt = now;
        declaration.State = verdict!;
        declaration.UpdatedAt = now;
        declaration.Version++;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DeclarationsApi.ResponseAsync(db, declaration, clock, zombie.Value, includeBody: true, ct));
    }

    /// <summary>The state the replies alone give, without any override.</summary>
    internal static async Task<string> ReadStateAsync(OutlookWinDb db, DeclarationRecord declaration, CancellationToken ct)
    {
        var verdicts = (await db.Replies.AsNoTracking().Where(r => r.DeclarationId == declaration.Id)
                .Select(r => new { r.ReceivedAt, r.Verdict }).ToListAsync(ct))
            .OrderBy(r => r.ReceivedAt).Select(r => ReplyIntake.OutcomeOf(r.Verdict)).ToList();
        return declaration.SentAt is null ? "drafted" : ReplyIntake.StateName(DeclarationProgress.StateAfter(verdicts));
    }

    internal static async Task<EvidenceVerification> VerifyAsync(OutlookWinDb db, DeclarationRecord declaration, TimeProvider clock, CancellationToken ct)
    {
        var links = await LinksAsync(db, declaration.Id, ct);
        var problems = EvidenceChain.Verify(links.Select(EvidenceLedger.ToLink).ToList())
            .Select(p => new EvidenceProblemDto($"chain link {p.Sequence}", p.Problem))
            .ToList();

        var payloads = links.Select(l => (l.Kind, Payload: JsonNode.Parse(l.Payload))).ToList();
        var replies = await db.Replies.AsNoTracking().Where(r => r.DeclarationId == declaration.Id).ToListAsync(ct);
        foreach (var reply in replies)
        {
            var actual = EvidenceChain.Sha256(reply.Mime);
            var recorded = payloads.FirstOrDefault(p => p.Kind == EvidenceEventKind.ReplyReceived && (string?)p.Payload?["replyId"] == reply.Id.ToString());
            var verdict = payloads.FirstOrDefault(p => p.Kind == EvidenceEventKind.Verdict && (string?)p.Payload?["replyId"] == reply.Id.ToString());
            var where = $"reply from {reply.FromEmail} received {reply.ReceivedAt:u}";
            if (!string.Equals(actual, reply.Sha256, StringComparison.Ordinal))
            {
                problems.Add(new EvidenceProblemDto(where, "The stored message no longer matches its SHA-256: it was changed after it arrived."));
            }

            if (recorded.Payload is null)
            {
                problems.Add(new EvidenceProblemDto(where, "The chain has no record of this reply arriving."));
            }
            else if (!string.Equals((string?)recorded.Payload["sha256"], actual, StringComparison.Ordinal))
            {
                problems.Add(new EvidenceProblemDto(where, "The message differs from the one the chain recorded on arrival."));
            }

            if (verdict.Payload is not null && !string.Equals((string?)verdict.Payload["verdict"], reply.Verdict, StringComparison.Ordinal))
            {
                problems.Add(new EvidenceProblemDto(where, "The stored verdict differs from the one the chain recorded."));
            }
        }

        if (declaration.SentMime is { } sent)
        {
            var recorded = payloads.LastOrDefault(p => p.Kind == EvidenceEventKind.SentCopyFound).Payload?["mimeSha256"];
            if (recorded is not null && !string.Equals((string?)recorded, EvidenceChain.Sha256(sent), StringComparison.Ordinal))
            {
                problems.Add(new EvidenceProblemDto("sent declaration", "The stored copy of the sent declaration was changed."));
            }
        }

        var drafted = payloads.FirstOrDefault(p => p.Kind == EvidenceEventKind.Drafted).Payload;
        if (drafted is not null && !string.Equals((string?)drafted["textSha256"], EvidenceChain.Sha256(Encoding.UTF8.GetBytes(declaration.Text)), StringComparison.Ordinal))
        {
            problems.Add(new EvidenceProblemDto("declaration", "The stored text of the declaration was changed after it was drafted."));
        }

        return new EvidenceVerification(problems.Count == 0, clock.GetUtcNow(), links.Count, replies.Count + (declaration.SentMime is null ? 0 : 1), problems);
    }

    private static async Task<List<EvidenceRecord>> LinksAsync(OutlookWinDb db, Guid id, CancellationToken ct) =>
        (await db.Evidence.AsNoTracking().Where(e => e.DeclarationId == id).ToListAsync(ct)).OrderBy(e => e.Sequence).ToList();

    private static EvidenceLinkDto ToDto(EvidenceRecord r) =>
        new(r.Sequence, r.Kind, r.At, r.Actor, JsonNode.Parse(r.Payload), r.PreviousHash, r.Hash);

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(ct);
        await stream.WriteAsync(content, ct);
    }

    private static string Slug(string text)
    {
        var slug = new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Length == 0 ? "declaration" : slug[..Math.Min(slug.Length, 40)];
    }
}
