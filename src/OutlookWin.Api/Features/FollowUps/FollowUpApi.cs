using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
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

namespace OutlookWin.Api.Features.FollowUps;

/// <summary>A drafted follow-up.</summary>
public sealed record FollowUpDto(string Kind, string Subject, string Html, string Text, RecipientDto To, IReadOnlyList<RecipientDto> Cc,
    [property: System.ComponentModel.Description("For reconfirm: the criteria to confirm again (proven since the conditional win)")]
    IReadOnlyList<string>? Criteria = null);

/// <summary>Create the follow-up in the mailbox, and send it at once or leave it as a draft to edit.</summary>
public sealed record CreateFollowUpRequest(bool Send = false);

/// <summary>The follow-up once it is in the mailbox.</summary>
public sealed record FollowUpResult(string Kind, string DraftId, string? DraftWebLink, bool Sent);

/// <summary>Follow-ups that keep a deal out of the zombie phase: no answer, a non-answer, or a fix to reconfirm.</summary>
public static class FollowUpApi
{
    public static RouteGroupBuilder MapFollowUps(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/declarations/{id:guid}/follow-up")
            .WithTags("Follow-ups")
            .RequireAuthorization(AuthenticationSetup.OwnerPolicy)
            .RequireRateLimiting(RateLimitSetup.PerUser);
        group.MapGet("/", Preview).WithName("PreviewFollowUp")
            .WithSummary("The drafted follow-up the declaration needs now: stale (no answer in time), ambiguous (not a written confirmation) or reconfirm (the blocking criterion of a conditional win is now proven). 409 when none is needed.");
        group.MapPost("/", Create).WithName("CreateFollowUp")
            .WithSummary("Create the follow-up as a draft in your mailbox (send=true sends it at once); recorded in the evidence chain.");
        return group;
    }

    public static async Task<Results<Ok<FollowUpDto>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> Preview(
        Guid id, ClaimsPrincipal principal, OutlookWinDb db, IOptions<ZombieClockOptions> zombie, TimeProvider clock, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        var declaration = await DeclarationsApi.FindOwnedAsync(db, user, id, track: false, ct);
        if (declaration is null)
        {
            return DeclarationsApi.NotFound(id);
        }

        var drafted = await DraftAsync(db, declaration, user, zombie.Value, clock, ct);
        return drafted is { } d ? TypedResults.Ok(ToDto(d.Draft) with { Criteria = d.Criteria }) : NoneNeeded(id);
    }

    public static async Task<Results<Ok<FollowUpResult>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> Create(
        Guid id, CreateFollowUpRequest? request, ClaimsPrincipal principal, OutlookWinDb db, IMailbox mailbox, EvidenceLedger ledger,
        IOptions<ZombieClockOptions> zombie, TimeProvider clock, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        var declaration = await DeclarationsApi.FindOwnedAsync(db, user, id, track: true, ct);
        if (declaration is null)
        {
            return DeclarationsApi.NotFound(id);
        }

        if (await DraftAsync(db, declaration, user, zombie.Value, clock, ct) is not { Draft: var draft })
        {
            return NoneNeeded(id);
        }

        var owner = DeclarationsApi.Owner(user);
        DraftMail created;
        var send = request?.Send ?? false;
        try
        {
            // Marked with its own id: the declaration's mark stays unique to the declaration's sent copy.
            created = await mailbox.CreateDraftAsync(owner, new OutgoingMail(Guid.CreateVersion7(clock.GetUtcNow()), draft.Subject, draft.Html,
                [new Recipient(draft.To.Name, draft.To.Email)], [.. draft.Cc.Select(p => new Recipient(p.Name, p.Email))]), ct);
            if (send)
            {
                await mailbox.SendDraftAsync(owner, created.Id, ct);
            }
        }
        catch (MailboxException e)
        {
            return DeclarationsApi.MailboxProblem(e);
        }

        var kind = KindName(draft.Kind);
        await ledger.AppendAsync(id, EvidenceEventKind.FollowUpDrafted, user.Email ?? user.ObjectId, new
        {
            kind,
            draftId = created.Id,
            sent = send,
            draft.Subject,
            to = draft.To.Email,
            textSha256 = EvidenceChain.Sha256(Encoding.UTF8.GetBytes(draft.Text)),
        }, ct);
        declaration.UpdatedAt = clock.GetUtcNow();
        declaration.Version++;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new FollowUpResult(kind, created.Id, created.WebLink, send));
    }

    /// <summary>Criteria that were blocked when the declaration went out and are proven in the plan now.</summary>
    internal static async Task<IReadOnlyList<int>> ReconfirmableAsync(OutlookWinDb db, DeclarationRecord declaration, CancellationToken ct)
    {
        var current = await db.Plans.AsNoTracking().Where(p => p.Id == declaration.PlanId).Select(p => p.Document).FirstOrDefaultAsync(ct);
        if (current is null)
        {
            return [];
        }

        var then = PlanMapping.FromDocument(declaration.PlanSnapshot);
        var now = PlanMapping.FromDocument(current);
        var fixedOnes = new List<int>();
        for (var i = 0; i < then.Criteria.Count; i++)
        {
            var match = now.Criteria.Select((c, j) => (c, j)).FirstOrDefault(x => string.Equals(x.c.Title, then.Criteria[i].Title, StringComparison.OrdinalIgnoreCase));
            if (then.Criteria[i].Status == CriterionStatus.Blocked && match.c is { Status: CriterionStatus.Proven })
            {
                fixedOnes.Add(match.j);
            }
        }

        return fixedOnes;
    }

    /// <summary>The follow-up the declaration needs now, and for a reconfirmation the criteria it names.</summary>
    private static async Task<(FollowUpDraft Draft, IReadOnlyList<string>? Criteria)?> DraftAsync(
        OutlookWinDb db, DeclarationRecord declaration, SignedInUser user, ZombieClockOptions zombie, TimeProvider clock, CancellationToken ct)
    {
        var view = await DeclarationsApi.ResponseAsync(db, declaration, clock, zombie, includeBody: false, ct);
        var sentOn = DateOnly.FromDateTime((declaration.SentAt ?? declaration.CreatedAt).UtcDateTime);
        var signer = DeclarationPreviewApi.SignerName(user);
        switch (view.FollowUp)
        {
            case "stale":
                return (FollowUpWriter.Write(PlanMapping.FromDocument(declaration.PlanSnapshot), FollowUpKind.Stale, declaration.Subject, sentOn, null, signer), null);
            case "ambiguous":
                return (FollowUpWriter.Write(PlanMapping.FromDocument(declaration.PlanSnapshot), FollowUpKind.Ambiguous, declaration.Subject, sentOn, null, signer), null);
            case "reconfirm":
                var current = PlanMapping.FromDocument(await db.Plans.AsNoTracking().Where(p => p.Id == declaration.PlanId).Select(p => p.Document).FirstAsync(ct));
                var indexes = await ReconfirmableAsync(db, declaration, ct);
                return (FollowUpWriter.Write(current, FollowUpKind.Reconfirm, declaration.Subject, sentOn, indexes, signer),
                    [.. indexes.Select(i => current.Criteria[i].Title)]);
            default:
                return null;
        }
    }

    private static FollowUpDto ToDto(FollowUpDraft d) => new(
        KindName(d.Kind), d.Subject, d.Html, d.Text, new RecipientDto(d.To.Name, d.To.Email), [.. d.Cc.Select(p => new RecipientDto(p.Name, p.Email))]);

    private static string KindName(FollowUpKind kind) => kind switch
    {
        FollowUpKind.Stale => "stale",
        FollowUpKind.Ambiguous => "ambiguous",
        _ => "reconfirm",
    };

    private static Conflict<ProblemDetails> NoneNeeded(Guid id)
    {
        var problem = new ProblemDetails
        {
            Title = "No follow-up needed now.",
            Detail = "A follow-up is drafted when the answer is overdue, when the reply is not a written confirmation, or when a conditional win's blocking criterion is proven.",
            Status = StatusCodes.Status409Conflict,
        };
        problem.Extensions["declarationId"] = id;
        return TypedResults.Conflict(problem);
    }
}
