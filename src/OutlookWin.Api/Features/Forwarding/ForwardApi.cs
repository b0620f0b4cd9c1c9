using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Declarations;
using OutlookWin.Api.Features.Evidence;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Evidence;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;
using OutlookWin.Domain.Tracking;

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
    private const int MaxRecipients = 20;
    private const string NoReply = "There is no reply to forward.";

    /// <summary>The stored original attached to the forward: its bytes are the ones the evidence's SHA-256 is of.</summary>
    public const string OriginalAttachmentName = "original-reply.eml";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapForwarding(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/declarations/{id:guid}/forward").WithTags("Forward to the economic buyer");
        group.MapGet("/", Preview).WithName("PreviewForward")
            .WithSummary("The forward to the economic buyer (cc the AE) with its generated cover note, or why it cannot go yet; and the forwards already made.");
        group.MapPost("/", Forward).WithName("ForwardConfirmation")
            .WithSummary("Forward the original reply with the cover note, the stored original attached as original-reply.eml (headers and body untouched; its SHA-256 is the evidence's). Only a confirmed or conditional declaration; a second forward needs again=true.");
        return group;
    }

    public static async Task<Results<Ok<ForwardPreview>, NotFound<ProblemDetails>>> Preview(
        Guid id, ClaimsPrincipal principal, OutlookWinDb db, DeclarationStore declarations, EvidenceVerifier evidence, EmailSigners signers, TimeProvider clock, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        if (await declarations.FindOwnedAsync(user, id, ct) is not { } declaration)
        {
            return Problems.DeclarationNotFound(id);
        }

        var forwards = await ForwardsAsync(db, id, ct);
        var plan = PlanDocument.Read(declaration.PlanSnapshot);
        var reason = declaration.WhyNotForwardable();
        if (reason is null && await evidence.VerifyAsync(declaration, ct) is { Valid: false } broken)
        {
            reason = $"The evidence does not verify ({broken.Problems[0].Where}: {broken.Problems[0].Problem})";
        }

        var reply = reason is null ? await declarations.DecidingReplyAsync(declaration, ct) : null;
        if (reply is null)
        {
            return TypedResults.Ok(new ForwardPreview(false, reason ?? NoReply, null, [Recipient(plan.EconomicBuyer)], [Recipient(plan.AccountExecutive)], null, null, forwards));
        }

        var note = Note(plan, declaration, reply, await signers.NameAsync(plan, user, ct), clock);
        return TypedResults.Ok(new ForwardPreview(true, null, reply.Id, [Recipient(plan.EconomicBuyer)], Cc(plan, user), note.Text, note.Html, forwards));
    }

    public static async Task<Results<Ok<DeclarationResponse>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> Forward(
        Guid id, ForwardRequestDto? request, [FromHeader(Name = OutboundMail.KeyHeader)] string? idempotencyKey, ClaimsPrincipal principal, OutlookWinDb db, IMailbox mailbox, DeclarationStore declarations,
        DeclarationReadModel views, OutboundMail outbound, EvidenceVerifier evidence, EmailSigners signers, TimeProvider clock, CancellationToken ct)
    {
        request ??= new ForwardRequestDto(null, null, null);
        if (!OutboundMail.TryReadKey(idempotencyKey, out var key, out var keyProblem))
        {
            return keyProblem!;
        }

        var user = SignedInUser.Of(principal);
        if (await declarations.FindOwnedAsync(user, id, ct) is not { } declaration)
        {
            return Problems.DeclarationNotFound(id);
        }

        switch (await outbound.EarlierAsync(user, id, OutboundKind.Forward, key, ct))
        {
            case OutboundClaim.AlreadySent:
                // A retry of a forward that went out: answer as the first request did, send nothing.
                return TypedResults.Ok(await views.ViewAsync(declaration, includeBody: false, ct));
            case OutboundClaim.Refused refused:
                return refused.Problem;
        }

        var plan = PlanDocument.Read(declaration.PlanSnapshot);
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

        var reason = declaration.WhyNotForwardable();
        var reply = reason is null ? await declarations.DecidingReplyAsync(declaration, ct) : null;
        if (reply is null)
        {
            return Problems.Conflict(id, "This reply is not a written confirmation yet.", reason ?? NoReply);
        }

        // The economic buyer gets only what the evidence still proves.
        if (await evidence.VerifyAsync(declaration, ct) is { Valid: false } broken)
        {
            return Problems.Conflict(id, "The evidence does not verify.",
                $"{broken.Problems[0].Where}: {broken.Problems[0].Problem} Nothing was forwarded; see the declaration's evidence.",
                new Dictionary<string, object?> { ["problems"] = broken.Problems });
        }

        var earlier = await ForwardsAsync(db, id, ct);
        if (earlier.Count > 0 && !request.Again)
        {
            return Problems.Conflict(id, "Already forwarded.",
                $"You forwarded this confirmation on {earlier[^1].At:d MMMM yyyy} to {string.Join(", ", earlier[^1].To.Select(r => r.Email))}. Send it again?",
                new Dictionary<string, object?> { ["forwardedAt"] = earlier[^1].At });
        }

        if (await outbound.UncertainAsync(id, OutboundKind.Forward, ct) is [.., var uncertain] && !request.Again)
        {
            return Problems.Conflict(id, "This forward may already have gone out.",
                $"The mailbox did not answer when you forwarded this confirmation on {uncertain.RequestedAt:d MMMM yyyy HH:mm} UTC. Check your Sent Items; send it again?",
                new Dictionary<string, object?> { ["outcome"] = "unknown", ["forwardedAt"] = uncertain.RequestedAt });
        }

        var note = request.Note is { } edited
            ? new CoverNote(TextToHtml(edited.Trim()), edited.Trim())
            : Note(plan, declaration, reply, await signers.NameAsync(plan, user, ct), clock);
        var recipients = (To: to.Select(r => new Recipient(r.Name, r.Email)).ToList(), Cc: cc.Select(r => new Recipient(r.Name, r.Email)).ToList());
        switch (await outbound.ClaimAsync(user, declaration, OutboundKind.Forward, key, ct))
        {
            case OutboundClaim.Refused refused:
                return refused.Problem;
            case OutboundClaim.AlreadySent:
                return TypedResults.Ok(await views.ViewAsync(declaration, includeBody: false, ct));
            case OutboundClaim.Claimed { Record: var intent }:
                try
                {
                    // Once claimed, the send and its record are finished even if the caller goes away.
                    // The reply inline under the note, as Outlook forwards, and the stored original attached: the
                    // economic buyer gets the untouched headers, and the evidence's SHA-256 is that attachment's.
                    // (A reply too large to download was never kept: the forward carries it inline only.)
                    await mailbox.ForwardAsync(user.Mailbox, reply.MessageId, new ForwardRequest(recipients.To, recipients.Cc, note.Html,
                        reply.Mime.Length == 0 ? [] : [new MailAttachment(OriginalAttachmentName, "message/rfc822", reply.Mime)]), CancellationToken.None);
                }
                catch (MailboxException e)
                {
                    await outbound.FailedAsync(intent, e);
                    return Problems.Mailbox(e);
                }

                var forwarded = new ForwardedReply(reply.Id, reply.Sha256, reply.MessageId, recipients.To, recipients.Cc, note.Text, note.Html);
                declaration = await declarations.RecordAsync(declaration, d => d.RecordForward(user.Actor, forwarded, clock.GetUtcNow()),
                    () => outbound.Sent(intent));
                return TypedResults.Ok(await views.ViewAsync(declaration, includeBody: false, ct));
            default:
                throw new InvalidOperationException("Unknown claim.");
        }
    }

    private static CoverNote Note(SuccessPlan plan, Declaration declaration, ReplyRecord reply, string? signer, TimeProvider clock)
    {
        var facts = new ConfirmationFacts(
            declaration.State == DeclarationState.Conditional ? ReplyVerdict.Conditional : ReplyVerdict.Confirmed,
            new Person(reply.FromName ?? reply.FromEmail, reply.FromEmail),
            DateOnly.FromDateTime(reply.ReceivedAt.UtcDateTime),
            reply.Reading.Conditions,
            [.. reply.Reading.Criteria.Where(c => c.Reading == CriterionReadingKind.Confirmed).Select(c => c.Index)]);
        return CoverNoteWriter.Write(plan, facts, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), signer);
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

        if (recipients.Count > MaxRecipients)
        {
            errors[field] = [$"At most {MaxRecipients} recipients."];
            return;
        }

        for (var i = 0; i < recipients.Count; i++)
        {
            var email = recipients[i]?.Email?.Trim();
            if (!PlanReader.IsPlainAddress(email))
            {
                errors[$"{field}[{i}].email"] = ["email must be a plain email address such as priya@contoso.example."];
            }

            // A name goes into a header: no line breaks or control characters that could add one.
            if (recipients[i]?.Name is { } name && (name.Length > 200 || name.Any(char.IsControl)))
            {
                errors[$"{field}[{i}].name"] = ["name must be at most 200 characters on one line."];
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
}
