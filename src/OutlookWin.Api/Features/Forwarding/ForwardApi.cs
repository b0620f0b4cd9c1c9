using Microsoft.Extensions.Options;
using System.Net;
using System.Net.Mail;
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
using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Evidence;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Api.Features.Forwarding;

/// <summary>A forward already made.</summary>
public sealed record ForwardRecordDto(DateTimeOffset At, string By, IReadOnlyList<RecipientDto> To, IReadOnlyList<RecipientDto> Cc, string Note);

/// <summary>What forwarding would send, or why it cannot be sent yet.</summary>
public sealed record ForwardPreview(
    bool CanForward,
    string? Reason,
    Guid? ReplyId,
    IReadOnlyList<RecipientDto> To,
    IReadOnlyList<RecipientDto> Cc,
    string? NoteText,
    string? NoteHtml,
    IReadOnlyList<ForwardRecordDto> Forwards);

/// <summary>The forward as the SE confirmed it; every field is optional and defaults to the preview.</summary>
public sealed record ForwardRequestDto(
    IReadOnlyList<RecipientDto>? To,
    IReadOnlyList<RecipientDto>? Cc,
    string? Note,
    bool Again = false);

/// <summary>Forward the prospect's original written confirmation to the economic buyer, with a cover note.</summary>
public static class ForwardApi
{
    private const int MaxNote = 10_000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapForwarding(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/declarations/{id:guid}/forward")
            .WithTags("Forward to the economic buyer")
            .RequireAuthorization(AuthenticationSetup.OwnerPolicy)
            .RequireRateLimiting(RateLimitSetup.PerUser);
        group.MapGet("/", Preview).WithName("PreviewForward")
            .WithSummary("The forward to the economic buyer (cc the AE) with its generated cover note, or why it cannot go yet; and the forwards already made.");
        group.MapPost("/", Forward).WithName("ForwardConfirmation")
            .WithSummary("Forward the original reply (headers and body untouched, through the mailbox's forward) with the cover note. Only a confirmed or conditional declaration; a second forward needs again=true.");
        return group;
    }

    public static async Task<Results<Ok<ForwardPreview>, NotFound<ProblemDetails>>> Preview(
        Guid id, ClaimsPrincipal principal, OutlookWinDb db, TimeProvider clock, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        var declaration = await DeclarationsApi.FindOwnedAsync(db, user, id, track: false, ct);
        if (declaration is null)
        {
            return DeclarationsApi.NotFound(id);
        }

        var forwards = await ForwardsAsync(db, id, ct);
        var (reply, reason) = await ForwardableAsync(db, declaration, ct);
        var plan = PlanMapping.FromDocument(declaration.PlanSnapshot);
        if (reply is null)
        {
            return TypedResults.Ok(new ForwardPreview(false, reason, null, [Recipient(plan.EconomicBuyer)], [Recipient(plan.AccountExecutive)], null, null, forwards));
        }

        var note = Note(plan, declaration, reply, user, clock);
        return TypedResults.Ok(new ForwardPreview(true, null, reply.Id, [Recipient(plan.EconomicBuyer)], Cc(plan, user), note.Text, note.Html, forwards));
    }

    public static async Task<Results<Ok<DeclarationResponse>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> Forward(
        Guid id, ForwardRequestDto? request, ClaimsPrincipal principal, OutlookWinDb db, IMailbox mailbox, EvidenceLedger ledger,
        IOptions<ZombieClockOptions> zombie, TimeProvider clock, CancellationToken ct)
    {
        request ??= new ForwardRequestDto(null, null, null);
        var user = SignedInUser.Of(principal);
        var declaration = await DeclarationsApi.FindOwnedAsync(db, user, id, track: true, ct);
        if (declaration is null)
        {
            return DeclarationsApi.NotFound(id);
        }

        var plan = PlanMapping.FromDocument(declaration.PlanSnapshot);
        var to = request.To ?? [Recipient(plan.EconomicBuyer)];
        var cc = request.Cc ?? Cc(plan, user);
        var errors = new Dictionary<string, string[]>();
        Check(errors, "to", to, required: true);
        Check(errors, "cc", cc, required: false);
        if (request.Note is { Length: > MaxNote })
        {
            errors["note"] = [$"note must be at most {MaxNote} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The forward has invalid fields.");
        }

        var (reply, reason) = await ForwardableAsync(db, declaration, ct);
        if (reply is null)
        {
            return Conflict(id, "This reply is not a written confirmation yet.", reason!, null);
        }

        var earlier = await ForwardsAsync(db, id, ct);
        if (earlier.Count > 0 && !request.Again)
        {
            return Conflict(id, "Already forwarded.",
                $"You forwarded this confirmation on {earlier[^1].At:d MMMM yyyy} to {string.Join(", ", earlier[^1].To.Select(r => r.Email))}. Send it again?",
                earlier[^1].At);
        }

        string noteText, noteHtml;
        if (request.Note is { } edited)
        {
            noteText = edited.Trim();
            noteHtml = TextToHtml(noteText);
        }
        else
        {
            var note = Note(plan, declaration, reply, user, clock);
            (noteText, noteHtml) = (note.Text, note.Html);
        }

        var owner = DeclarationsApi.Owner(user);
        try
        {
            await mailbox.ForwardAsync(owner, reply.MessageId,
                new ForwardRequest([.. to.Select(r => new Recipient(r.Name, r.Email))], [.. cc.Select(r => new Recipient(r.Name, r.Email))], noteHtml), ct);
        }
        catch (MailboxException e)
        {
            return DeclarationsApi.MailboxProblem(e);
        }

        await ledger.AppendAsync(id, EvidenceEventKind.Forwarded, user.Email ?? user.ObjectId, new
        {
            replyId = reply.Id,
            replySha256 = reply.Sha256,
            reply.MessageId,
            to,
            cc,
            note = noteText,
            noteSha256 = EvidenceChain.Sha256(Encoding.UTF8.GetBytes(noteHtml)),
        }, ct);
        declaration.UpdatedAt = clock.GetUtcNow();
        declaration.Version++;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DeclarationsApi.ResponseAsync(db, declaration, clock, zombie.Value, includeBody: false, ct));
    }

    /// <summary>The reply to forward, or why there is none: only a confirmed or conditional declaration is evidence of a win.</summary>
    private static async Task<(ReplyRecord? Reply, string? Reason)> ForwardableAsync(OutlookWinDb db, DeclarationRecord declaration, CancellationToken ct)
    {
        if (declaration.State is not ("confirmed" or "conditional"))
        {
            return (null, declaration.State switch
            {
                "ambiguous" => "The reply is not a written confirmation (a thumbs-up or a non-answer). Ask for one, or override the verdict with a reason first.",
                "declined" => "The prospect declined or disputed a result. Override the verdict with a reason if that reading is wrong.",
                "auto_reply" => "Only an automatic reply so far.",
                "drafted" => "The declaration has not been sent yet.",
                _ => "No reply yet.",
            });
        }

        // Choose by verdict and time without reading every stored message, then load the one to forward.
        var candidates = (await db.Replies.AsNoTracking().Where(r => r.DeclarationId == declaration.Id)
                .Select(r => new { r.Id, r.Verdict, r.ReceivedAt }).ToListAsync(ct))
            .OrderBy(r => r.ReceivedAt).ToList();
        var chosen = DeclarationsApi.DecidingReply(candidates, r => r.Verdict, declaration.State, declaration.OverrideVerdict is not null);
        var reply = chosen is null ? null : await db.Replies.AsNoTracking().SingleAsync(r => r.Id == chosen.Id, ct);
        return reply is null ? (null, "There is no reply to forward.") : (reply, null);
    }

    private static CoverNote Note(SuccessPlan plan, DeclarationRecord declaration, ReplyRecord reply, SignedInUser user, TimeProvider clock)
    {
        var reading = JsonSerializer.Deserialize<ReplyReading>(reply.Reading, ReplyIntake.ReadingJson);
        var confirmed = reading?.Criteria.Where(c => c.Reading == CriterionReadingKind.Confirmed).Select(c => c.Index).ToList() ?? [];
        var facts = new ConfirmationFacts(
            declaration.State,
            new Person(reply.FromName ?? reply.FromEmail, reply.FromEmail),
            DateOnly.FromDateTime(reply.ReceivedAt.UtcDateTime),
            reading?.Conditions ?? [],
            confirmed);
        return CoverNoteWriter.Write(plan, facts, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), DeclarationPreviewApi.SignerName(user));
    }

    private static async Task<List<ForwardRecordDto>> ForwardsAsync(OutlookWinDb db, Guid id, CancellationToken ct)
    {
        var links = await db.Evidence.AsNoTracking()
            .Where(e => e.DeclarationId == id && e.Kind == EvidenceEventKind.Forwarded)
            .ToListAsync(ct);
        return links.OrderBy(l => l.Sequence).Select(l =>
        {
            var payload = JsonNode.Parse(l.Payload)!;
            return new ForwardRecordDto(l.At, l.Actor,
                payload["to"].Deserialize<List<RecipientDto>>(Json) ?? [],
                payload["cc"].Deserialize<List<RecipientDto>>(Json) ?? [],
                (string?)payload["note"] ?? string.Empty);
        }).ToList();
    }

    private static IReadOnlyList<RecipientDto> Cc(SuccessPlan plan, SignedInUser user) =>
        string.Equals(plan.AccountExecutive.Email, user.Email, StringComparison.OrdinalIgnoreCase) ? [] : [Recipient(plan.AccountExecutive)];

    private static RecipientDto Recipient(Person p) => new(p.Name, p.Email);

    private static void Check(Dictionary<string, string[]> errors, string field, IReadOnlyList<RecipientDto> recipients, bool required)
    {
        if (required && recipients.Count == 0)
        {
            errors[field] = ["At least one recipient is required."];
            return;
        }

        for (var i = 0; i < recipients.Count; i++)
        {
            var email = recipients[i]?.Email?.Trim();
            if (email is null || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
            {
                errors[$"{field}[{i}].email"] = ["email must be a plain email address."];
            }
        }
    }

    /// <summary>The SE's edited note, as safe HTML: paragraphs at blank lines, line breaks kept, everything escaped.</summary>
    internal static string TextToHtml(string text)
    {
        var html = new StringBuilder();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            html.Append("<p>")
                .Append(string.Join("<br>", paragraph.Split('\n').Select(WebUtility.HtmlEncode)))
                .Append("</p>\n");
        }

        return html.ToString();
    }

    private static Conflict<ProblemDetails> Conflict(Guid id, string title, string detail, DateTimeOffset? forwardedAt)
    {
        var problem = new ProblemDetails { Title = title, Detail = detail, Status = StatusCodes.Status409Conflict };
        problem.Extensions["declarationId"] = id;
        if (forwardedAt is not null)
        {
            problem.Extensions["forwardedAt"] = forwardedAt;
        }

        return TypedResults.Conflict(problem);
    }
}
