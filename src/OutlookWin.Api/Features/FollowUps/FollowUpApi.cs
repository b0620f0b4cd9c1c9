using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Declarations;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Storage;
using OutlookWin.Domain;
using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Features.FollowUps;

/// <summary>A drafted follow-up.</summary>
public sealed record FollowUpDto(FollowUpKind Kind, string Subject, string Html, string Text, RecipientDto To, IReadOnlyList<RecipientDto> Cc,
    [property: System.ComponentModel.Description("For reconfirm: the criteria to confirm again (proven since the conditional win)")]
    IReadOnlyList<string>? Criteria = null);

/// <summary>Create the follow-up in the mailbox, and send it at once or leave it as a draft to edit.</summary>
public sealed record CreateFollowUpRequest(bool Send = false);

/// <summary>The follow-up once it is in the mailbox.</summary>
public sealed record FollowUpResult(FollowUpKind Kind, string DraftId, string? DraftWebLink, bool Sent);

/// <summary>Follow-ups that keep a deal out of the zombie phase: no answer, a non-answer, or a fix to reconfirm.</summary>
public static class FollowUpApi
{
    public static RouteGroupBuilder MapFollowUps(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/declarations/{id:guid}/follow-up").WithTags("Follow-ups");
        group.MapGet("/", Preview).WithName("PreviewFollowUp")
            .WithSummary("The drafted follow-up the declaration needs now: stale (no answer in time), ambiguous (not a written confirmation) or reconfirm (the blocking criterion of a conditional win is now proven). 409 when none is needed.");
        group.MapPost("/", Create).WithName("CreateFollowUp")
            .WithSummary("Create the follow-up as a draft in your mailbox, as a reply in the declaration's conversation (send=true sends it at once); recorded in the evidence chain.");
        return group;
    }

    public static async Task<Results<Ok<FollowUpDto>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> Preview(
        Guid id, ClaimsPrincipal principal, DeclarationStore declarations, DeclarationReadModel views, EmailSigners signers, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        if (await declarations.FindOwnedAsync(user, id, ct) is not { } declaration)
        {
            return Problems.DeclarationNotFound(id);
        }

        return await DraftAsync(declaration, user, views, signers, ct) is { } d ? TypedResults.Ok(ToDto(d.Draft) with { Criteria = d.Criteria }) : NoneNeeded(id);
    }

    public static async Task<Results<Ok<FollowUpResult>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ValidationProblem, ProblemHttpResult>> Create(
        Guid id, CreateFollowUpRequest? request, [FromHeader(Name = OutboundMail.KeyHeader)] string? idempotencyKey, ClaimsPrincipal principal, IMailbox mailbox, DeclarationStore declarations,
        DeclarationReadModel views, OutboundMail outbound, EmailSigners signers, TimeProvider clock, CancellationToken ct)
    {
        if (!OutboundMail.TryReadKey(idempotencyKey, out var key, out var keyProblem))
        {
            return keyProblem!;
        }

        var user = SignedInUser.Of(principal);
        if (await declarations.FindOwnedAsync(user, id, ct) is not { } declaration)
        {
            return Problems.DeclarationNotFound(id);
        }

        switch (await outbound.EarlierAsync(user, id, OutboundKind.FollowUp, key, ct))
        {
            case OutboundClaim.AlreadySent { Record: var done }:
                return TypedResults.Ok(Replay(done));
            case OutboundClaim.Refused refused:
                return refused.Problem;
        }

        if (await DraftAsync(declaration, user, views, signers, ct) is not { Draft: var draft })
        {
            return NoneNeeded(id);
        }

        var send = request?.Send ?? false;
        switch (await outbound.ClaimAsync(user, declaration, OutboundKind.FollowUp, key, ct))
        {
            case OutboundClaim.Refused refused:
                return refused.Problem;
            case OutboundClaim.AlreadySent { Record: var record }:
                return TypedResults.Ok(Replay(record));
            case OutboundClaim.Claimed { Record: var intent }:
                DraftMail created;
                try
                {
                    // Marked with its own id: the declaration's mark stays unique to the declaration's sent copy.
                    var mail = new OutgoingMail(Guid.CreateVersion7(clock.GetUtcNow()), draft.Subject, draft.Html,
                        [new Recipient(draft.To.Name, draft.To.Email)], [.. draft.Cc.Select(p => new Recipient(p.Name, p.Email))]);
                    created = await DraftInThreadAsync(mailbox, user.Mailbox, declaration, mail);
                    if (send)
                    {
                        await mailbox.SendDraftAsync(user.Mailbox, created.Id, CancellationToken.None);
                    }
                }
                catch (MailboxException e)
                {
                    await outbound.FailedAsync(intent, e);
                    return Problems.Mailbox(e);
                }

                var detail = $"{SnakeCaseEnum.Name(draft.Kind)}{(send ? ":sent" : ":draft")}";
                await declarations.RecordAsync(declaration, d => d.RecordFollowUp(user.Actor, draft, created.Id, send, clock.GetUtcNow()),
                    () => outbound.Sent(intent, created.Id, created.WebLink, detail));
                return TypedResults.Ok(new FollowUpResult(draft.Kind, created.Id, created.WebLink, send));
            default:
                throw new InvalidOperationException("Unknown claim.");
        }
    }

    /// <summary>
    /// The follow-up as a reply to the declaration's sent copy, so it lands in the declaration's conversation (and the
    /// answer to it threads with the declaration). With no sent copy recorded yet (sent from Outlook and not found so
    /// far), or one the SE has since deleted, it is a new message as before; the reply matcher still finds the answer
    /// by its sender and subject.
    /// </summary>
    private static async Task<DraftMail> DraftInThreadAsync(IMailbox mailbox, MailboxOwner owner, Declaration declaration, OutgoingMail mail)
    {
        if (declaration.SentMessageId is { } sentCopy)
        {
            try
            {
                return await mailbox.CreateReplyDraftAsync(owner, sentCopy, mail, CancellationToken.None);
            }
            catch (MailboxException e) when (e.Failure == MailboxFailure.NotFound)
            {
                // The sent copy is gone from the mailbox: nothing to reply to.
            }
        }

        return await mailbox.CreateDraftAsync(owner, mail, CancellationToken.None);
    }

    /// <summary>The answer the first request with this key got.</summary>
    private static FollowUpResult Replay(OutboundMailRecord record)
    {
        var parts = (record.Detail ?? string.Empty).Split(':');
        var kind = SnakeCaseEnum.TryParse<FollowUpKind>(parts[0], out var k) ? k : FollowUpKind.Stale;
        return new FollowUpResult(kind, record.MailId ?? string.Empty, record.MailWebLink, parts is [_, "sent"]);
    }

    /// <summary>The follow-up the declaration needs now, and for a reconfirmation the criteria it names.</summary>
    private static async Task<(FollowUpDraft Draft, IReadOnlyList<string>? Criteria)?> DraftAsync(
        Declaration declaration, SignedInUser user, DeclarationReadModel views, EmailSigners signers, CancellationToken ct)
    {
        var (standing, current, reconfirm) = await views.StandingAsync(declaration, ct);
        var declared = PlanDocument.Read(declaration.PlanSnapshot);
        // Unsigned, the writer refuses: a 422 that names salesEngineer.
        var signer = await signers.NameAsync(current ?? declared, user, ct);
        var sentOn = DateOnly.FromDateTime((declaration.SentAt ?? declaration.CreatedAt).UtcDateTime);
        return standing.FollowUp switch
        {
            FollowUpKind.Reconfirm when current is not null =>
                (FollowUpWriter.Write(current, FollowUpKind.Reconfirm, declaration.Subject, sentOn, reconfirm, signer),
                    [.. reconfirm.Select(i => current.Criteria[i].Title)]),
            FollowUpKind.Stale or FollowUpKind.Ambiguous =>
                (FollowUpWriter.Write(declared, standing.FollowUp.Value, declaration.Subject, sentOn, null, signer), null),
            _ => null,
        };
    }

    private static FollowUpDto ToDto(FollowUpDraft d) => new(
        d.Kind, d.Subject, d.Html, d.Text, new RecipientDto(d.To.Name, d.To.Email), [.. d.Cc.Select(p => new RecipientDto(p.Name, p.Email))]);

    private static Conflict<ProblemDetails> NoneNeeded(Guid id) => Problems.Conflict(id, "No follow-up needed now.",
        "A follow-up is drafted when the answer is overdue, when the reply is not a written confirmation, or when a conditional win's blocking criterion is proven.");
}
