using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Declarations;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tracking;
using OutlookWin.Domain;
using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Features.Declarations;

/// <summary>How the declaration goes out, and whether it replaces the plan's live one.</summary>
public sealed record CreateDeclarationRequest(
    [property: Description("mailbox (default): drafted in your mailbox, sent by the service. outlook: you send it from Outlook's compose window; the pane marks the message.")]
    string? Delivery = null,
    [property: Description("true to supersede the plan's live declaration (with a reason); without it a plan with a live declaration is a 409 naming it")]
    bool? Supersede = null,
    [property: Description("Why the live declaration is superseded (required with supersede; recorded in its evidence chain)")]
    string? Reason = null);

/// <summary>Declarations: create from a plan, send, and track where each stands.</summary>
public static class DeclarationsApi
{
    /// <summary>Longest reason for superseding a declaration.</summary>
    private const int MaxReasonLength = 1000;

    public static RouteGroupBuilder MapDeclarations(this RouteGroupBuilder api)
    {
        api.MapPost("/plans/{planId:guid}/declarations", Create)
            .WithTags("Declarations")
            .WithName("CreateDeclaration")
            .WithSummary("Create the declaration from the plan: drafted in your mailbox (delivery mailbox), or handed to Outlook's compose window (delivery outlook).");

        var group = api.MapGroup("/declarations").WithTags("Declarations");
        group.MapGet("/", List).WithName("ListDeclarations")
            .WithSummary("Your declarations with their state (drafted, sent, auto_reply, confirmed, conditional, declined, ambiguous), newest first.");
        group.MapGet("/{id:guid}", Get).WithName("GetDeclaration")
            .WithSummary("One declaration with its replies: extracted text, verdict evidence, conditions and objections.");
        group.MapPost("/{id:guid}/send", Send).WithName("SendDeclaration")
            .WithSummary("Send a drafted declaration from your mailbox and start watching for the reply.");
        group.MapPost("/{id:guid}/sent-from-outlook", SentFromOutlook).WithName("DeclarationSentFromOutlook")
            .WithSummary("Tell the service you sent the declaration from Outlook's compose window; it finds the sent copy by the mark the pane put on it.");
        group.MapPut("/{id:guid}/compose-item", RecordComposeItem).WithName("RecordComposeItem")
            .WithSummary("Record the id of the Outlook message the declaration was inserted into (saved by the pane): the sent copy is found by it as well as by the add-in's custom property.");
        return group;
    }

    public static async Task<Results<Created<DeclarationResponse>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>, ValidationProblem, ProblemHttpResult>> Create(
        Guid planId, CreateDeclarationRequest? request, ClaimsPrincipal principal, OutlookWinDb db, IMailbox mailbox,
        DeclarationStore declarations, DeclarationReadModel views, WatchEnrollment watching, EmailSigners signers, TimeProvider clock, CancellationToken ct)
    {
        var delivery = DeliveryChannel.Mailbox;
        if (request?.Delivery?.Trim() is { } named && !SnakeCaseEnum.TryParse<DeliveryChannel>(named, out delivery))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["delivery"] = [$"delivery must be {string.Join(" or ", SnakeCaseEnum.All<DeliveryChannel>())}."],
            });
        }

        var supersede = request?.Supersede ?? false;
        var reason = request?.Reason?.Trim();
        if (supersede && string.IsNullOrEmpty(reason))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["Say why the live declaration is superseded."] });
        }

        if (reason is { Length: > MaxReasonLength })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [$"The reason must be at most {MaxReasonLength} characters."] });
        }

        var user = SignedInUser.Of(principal);
        if (await db.FindOwnedPlanAsync(user, planId, ct) is not { } plan)
        {
            return Problems.PlanNotFound(planId);
        }

        // One live declaration per plan: a second one replaces the first only when the SE says so, and why.
        var live = await declarations.LiveForPlanAsync(user, planId, ct);
        if (live.Count > 0 && !supersede)
        {
            var current = live[0];
            var when = current.SentAt is { } sent ? $"sent on {sent:d MMMM yyyy}" : $"drafted on {current.CreatedAt:d MMMM yyyy}, not sent yet";
            return Problems.Conflict(current.Id, "This plan already has a live declaration.",
                $"\u201c{current.Subject}\u201d ({when}) is still live. Supersede it, with a reason, to create a new one.",
                new Dictionary<string, object?> { ["liveDeclarationId"] = current.Id, ["field"] = "supersede" });
        }

        var now = clock.GetUtcNow();
        var successPlan = PlanDocument.Read(plan.Document);
        var drafted = new DeclarationDrafter(new DeclarationOptions { SignerName = await signers.NameAsync(successPlan, user, ct) }).Draft(successPlan, DateOnly.FromDateTime(now.UtcDateTime));
        if (drafted is not DeclarationDraft draft)
        {
            return Problems.Refused((DeclarationRefusal)drafted);
        }

        if (user.Email is null)
        {
            return TypedResults.Problem("Your sign-in carries no email address, so there is no mailbox to send from.", statusCode: StatusCodes.Status400BadRequest);
        }

        var id = Guid.CreateVersion7(now);
        DraftMail? mailboxDraft = null;
        if (delivery == DeliveryChannel.Mailbox)
        {
            // The draft exists in the mailbox before the record does: a failure here leaves nothing half-written.
            try
            {
                mailboxDraft = await mailbox.CreateDraftAsync(user.Mailbox, new OutgoingMail(id, draft.Subject, draft.Html,
                    [.. draft.To.Select(p => new Recipient(p.Name, p.Email))], [.. draft.Cc.Select(p => new Recipient(p.Name, p.Email))]), ct);
            }
            catch (MailboxException e)
            {
                return Problems.Mailbox(e);
            }
        }

        var declaration = Declaration.Draft(id, plan.Id, plan.Document, user.Mailbox, delivery, draft, successPlan.LeadEngineer.Email, mailboxDraft, now);
        foreach (var old in live)
        {
            old.Supersede(id, reason!, user.Actor, now);
        }

        declarations.Add(declaration);
        await declarations.SaveAsync([declaration, .. live], ct);
        // However it goes out — the service's send, Outlook's compose window, or the SE opening the mailbox draft and
        // sending it from Outlook — the watcher looks for the marked sent copy from now on.
        await watching.EnrollAsync(user.Mailbox, ct);

        return TypedResults.Created($"/api/declarations/{id}", await views.ViewAsync(declaration, includeBody: true, ct));
    }

    public static async Task<Ok<DeclarationResponse[]>> List(Guid? planId, ClaimsPrincipal principal, DeclarationReadModel views, CancellationToken ct) =>
        TypedResults.Ok(await views.ListAsync(SignedInUser.Of(principal), planId, ct));

    public static async Task<Results<Ok<DeclarationResponse>, NotFound<ProblemDetails>>> Get(
        Guid id, ClaimsPrincipal principal, DeclarationStore declarations, DeclarationReadModel views, CancellationToken ct) =>
        await declarations.FindOwnedAsync(SignedInUser.Of(principal), id, ct) is { } declaration
            ? TypedResults.Ok(await views.ViewAsync(declaration, includeBody: true, ct))
            : Problems.DeclarationNotFound(id);

    public static async Task<Results<Ok<DeclarationResponse>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ValidationProblem, ProblemHttpResult>> Send(
        Guid id, [FromHeader(Name = OutboundMail.KeyHeader)] string? idempotencyKey, ClaimsPrincipal principal, IMailbox mailbox, DeclarationStore declarations, DeclarationReadModel views,
        SentCopyLookup sentCopies, WatchEnrollment watching, OutboundMail outbound, TimeProvider clock, CancellationToken ct)
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

        switch (await outbound.EarlierAsync(user, id, OutboundKind.Send, key, ct))
        {
            case OutboundClaim.AlreadySent:
                return TypedResults.Ok(await views.ViewAsync(declaration, includeBody: true, ct));
            case OutboundClaim.Refused refused:
                return refused.Problem;
        }

        string draftId;
        try
        {
            draftId = declaration.DraftToSend();
        }
        catch (DeclarationRuleException e)
        {
            return Problems.NotNow(id, e);
        }

        switch (await outbound.ClaimAsync(user, declaration, OutboundKind.Send, key, ct))
        {
            case OutboundClaim.Refused refused:
                return refused.Problem;
            case OutboundClaim.AlreadySent:
                return TypedResults.Ok(await views.ViewAsync(declaration, includeBody: true, ct));
            case OutboundClaim.Claimed { Record: var intent }:
                try
                {
                    await mailbox.SendDraftAsync(user.Mailbox, draftId, CancellationToken.None);
                }
                catch (MailboxException e)
                {
                    await outbound.FailedAsync(intent, e);
                    return Problems.Mailbox(e);
                }

                // The watcher may find the sent copy first (it looks for drafts sent from Outlook too): then it is recorded as sent already.
                declaration = await declarations.RecordAsync(declaration, d =>
                {
                    if (d.SentAt is null)
                    {
                        d.MarkSent(user.Actor, clock.GetUtcNow());
                    }
                }, () => outbound.Sent(intent, draftId));
                return await SentAsync(declaration, user, declarations, views, sentCopies, watching, ct);
            default:
                throw new InvalidOperationException("Unknown claim.");
        }
    }

    public static async Task<Results<Ok<DeclarationResponse>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> SentFromOutlook(
        Guid id, ClaimsPrincipal principal, DeclarationStore declarations, DeclarationReadModel views, SentCopyLookup sentCopies,
        WatchEnrollment watching, TimeProvider clock, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        if (await declarations.FindOwnedAsync(user, id, ct) is not { } declaration)
        {
            return Problems.DeclarationNotFound(id);
        }

        try
        {
            // The message is out: the watcher may record its sent copy while this request runs (the sent copy's
            // notification wakes it), so a version conflict reloads and says it again instead of answering 409.
            declaration = await declarations.RecordAsync(declaration, d => d.MarkSentFromOutlook(user.Actor, clock.GetUtcNow()));
        }
        catch (DeclarationRuleException e)
        {
            return Problems.NotNow(id, e);
        }

        return await SentAsync(declaration, user, declarations, views, sentCopies, watching, ct);
    }

    public static async Task<Results<Ok<DeclarationResponse>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ValidationProblem>> RecordComposeItem(
        Guid id, ComposeItemRequest request, ClaimsPrincipal principal, DeclarationStore declarations, DeclarationReadModel views, IMailbox mailbox,
        TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        var itemId = request.ItemId?.Trim();
        if (string.IsNullOrEmpty(itemId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["itemId"] = ["itemId is required: the saved message's id."] });
        }

        // REST ids are URL-safe base64; an EWS id ('/', '+') must be converted first (convertToRestId).
        if (itemId.Length > 512 || !itemId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '='))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["itemId"] = ["itemId must be the REST form of the item id (Office's convertToRestId), at most 512 characters."],
            });
        }

        var user = SignedInUser.Of(principal);
        if (await declarations.FindOwnedAsync(user, id, ct) is not { } declaration)
        {
            return Problems.DeclarationNotFound(id);
        }

        // Outlook's id changes when the sent item moves to Sent Items; its immutable id does not. Where Graph cannot
        // translate it yet (Outlook in cached mode syncs the saved item a little later), the id is kept as given.
        try
        {
            itemId = await mailbox.ToImmutableIdAsync(user.Mailbox, itemId, ct);
        }
        catch (MailboxException e)
        {
            logs.CreateLogger(typeof(DeclarationsApi)).LogWarning("The compose item of declaration {DeclarationId} kept its REST id: {Failure}", id, e.Failure);
        }

        try
        {
            declaration.RecordComposeItem(itemId, clock.GetUtcNow());
        }
        catch (DeclarationRuleException e)
        {
            return Problems.NotNow(id, e);
        }

        await declarations.SaveAsync(declaration, ct);
        return TypedResults.Ok(await views.ViewAsync(declaration, includeBody: false, ct));
    }

    /// <summary>
    /// After either way of sending: save, look once for the sent copy (it usually appears at once; when it does not,
    /// the watcher keeps looking), and make sure the mailbox is watched for the reply.
    /// </summary>
    private static async Task<Ok<DeclarationResponse>> SentAsync(
        Declaration declaration, SignedInUser user, DeclarationStore declarations, DeclarationReadModel views, SentCopyLookup sentCopies,
        WatchEnrollment watching, CancellationToken ct)
    {
        await declarations.SaveAsync(declaration, ct);
        if (declaration.AwaitsSentCopy)
        {
            try
            {
                if (await sentCopies.TryRecordAsync(declaration, ct))
                {
                    await declarations.SaveAsync(declaration, ct);
                }
            }
            catch (MailboxException)
            {
                // Not fatal: the declaration is sent; the watcher retries the lookup.
            }
            catch (DbUpdateException)
            {
                // The watcher (of this instance or another) found the sent copy first — its save moved the version or
                // took the chain's next link: answer with the declaration as it is now.
                declaration = await declarations.ReloadAsync(declaration.Id, ct);
            }
        }

        await watching.EnrollAsync(user.Mailbox, ct);
        return TypedResults.Ok(await views.ViewAsync(declaration, includeBody: true, ct));
    }
}
