using Microsoft.Extensions.Options;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Evidence;
using OutlookWin.Api.Features.FollowUps;
using OutlookWin.Api.Features.Plans;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tracking;
using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Evidence;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Replies;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Features.Declarations;

/// <summary>Declarations: create from a plan, send, and track where each stands.</summary>
public static class DeclarationsApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapDeclarations(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/plans/{planId:guid}/declarations", Create)
            .WithTags("Declarations")
            .RequireAuthorization(AuthenticationSetup.OwnerPolicy)
            .RequireRateLimiting(RateLimitSetup.PerUser)
            .WithName("CreateDeclaration")
            .WithSummary("Create the declaration from the plan: drafted in your mailbox (delivery mailbox), or handed to Outlook's compose window (delivery outlook).");

        var group = routes.MapGroup("/api/declarations")
            .WithTags("Declarations")
            .RequireAuthorization(AuthenticationSetup.OwnerPolicy)
            .RequireRateLimiting(RateLimitSetup.PerUser);
        group.MapGet("/", List).WithName("ListDeclarations")
            .WithSummary("Your declarations with their state (drafted, sent, auto_reply, confirmed, conditional, declined, ambiguous), newest first.");
        group.MapGet("/{id:guid}", Get).WithName("GetDeclaration")
            .WithSummary("One declaration with its replies: extracted text, verdict evidence, conditions and objections.");
        group.MapPost("/{id:guid}/send", Send).WithName("SendDeclaration")
            .WithSummary("Send a drafted declaration from your mailbox and start watching for the reply.");
        group.MapPost("/{id:guid}/sent-from-outlook", SentFromOutlook).WithName("DeclarationSentFromOutlook")
            .WithSummary("Tell the service you sent the declaration from Outlook's compose window; it finds the sent copy by the mark the pane put on it.");
        return group;
    }

    public static async Task<Results<Created<DeclarationResponse>, NotFound<ProblemDetails>, UnprocessableEntity<ProblemDetails>, ValidationProblem, ProblemHttpResult>> Create(
        Guid planId, CreateDeclarationRequest? request, ClaimsPrincipal principal, OutlookWinDb db, IMailbox mailbox,
        MailboxWatches watches, EvidenceLedger ledger, IOptions<ZombieClockOptions> zombie, TimeProvider clock, CancellationToken ct)
    {
        var delivery = request?.Delivery?.Trim() ?? "mailbox";
        if (delivery is not ("mailbox" or "outlook"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["delivery"] = ["delivery must be mailbox or outlook."] });
        }

        var user = SignedInUser.Of(principal);
        var plan = await PlansApi.FindOwnedAsync(db, user, planId, ct);
        if (plan is null)
        {
            return PlansApi.NotFound(planId);
        }

        var now = clock.GetUtcNow();
        var successPlan = PlanMapping.FromDocument(plan.Document);
        var drafter = new DeclarationDrafter(new DeclarationOptions { SignerName = DeclarationPreviewApi.SignerName(user) });
        var outcome = drafter.Draft(successPlan, DateOnly.FromDateTime(now.UtcDateTime));
        if (outcome is DeclarationRefusal refusal)
        {
            return TypedResults.UnprocessableEntity(DeclarationPreviewApi.Refused(refusal));
        }

        var draft = (DeclarationDraft)outcome;

        if (user.Email is null)
        {
            return TypedResults.Problem("Your sign-in carries no email address, so there is no mailbox to send from.", statusCode: StatusCodes.Status400BadRequest);
        }

        var id = Guid.CreateVersion7(now);
        var to = draft.To.Select(p => new RecipientDto(p.Name, p.Email)).ToList();
        var cc = draft.Cc.Select(p => new RecipientDto(p.Name, p.Email)).ToList();
        var record = new DeclarationRecord
        {
            Id = id,
            PlanId = plan.Id,
            OwnerTenantId = user.TenantId,
            OwnerObjectId = user.ObjectId,
            OwnerEmail = user.Email,
            State = "drafted",
            Delivery = delivery,
            Variant = PlanMapping.VariantName(draft.Variant)!,
            Subject = draft.Subject,
            Html = draft.Html,
            Text = draft.Text,
            Recipients = JsonSerializer.Serialize(new StoredRecipients(to, cc), Json),
            PlanSnapshot = plan.Document,
            LeadEngineerEmail = successPlan.LeadEngineer.Email,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };

        if (delivery == "mailbox")
        {
            // The draft exists in the mailbox before the record does: a failure here leaves nothing half-written.
            var mail = new OutgoingMail(id, draft.Subject, draft.Html,
                [.. draft.To.Select(p => new Recipient(p.Name, p.Email))], [.. draft.Cc.Select(p => new Recipient(p.Name, p.Email))]);
            try
            {
                var created = await mailbox.CreateDraftAsync(Owner(user), mail, ct);
                record.DraftMessageId = created.Id;
                record.DraftWebLink = created.WebLink;
            }
            catch (MailboxException e)
            {
                return MailboxProblem(e);
            }
        }

        db.Declarations.Add(record);
        await ledger.AppendAsync(id, EvidenceEventKind.Drafted, user.Email, new
        {
            planId = plan.Id,
            planSha256 = EvidenceChain.Sha256(System.Text.Encoding.UTF8.GetBytes(plan.Document)),
            record.Variant,
            record.Delivery,
            record.Subject,
            to,
            cc,
            textSha256 = EvidenceChain.Sha256(System.Text.Encoding.UTF8.GetBytes(record.Text)),
            htmlSha256 = EvidenceChain.Sha256(System.Text.Encoding.UTF8.GetBytes(record.Html)),
            record.DraftMessageId,
        }, ct);
        await db.SaveChangesAsync(ct);
        if (delivery == "outlook")
        {
            // Sent from Outlook's own compose window: the watcher looks for the marked sent copy from now on.
            await watches.WatchAsync(Owner(user), ct);
        }

        return TypedResults.Created($"/api/declarations/{id}", await ResponseAsync(db, record, clock, zombie.Value, includeBody: true, ct));
    }

    public static async Task<Ok<DeclarationResponse[]>> List(
        Guid? planId, ClaimsPrincipal principal, OutlookWinDb db, IOptions<ZombieClockOptions> zombie, TimeProvider clock, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        var query = db.Declarations.AsNoTracking()
            .Where(d => d.OwnerTenantId == user.TenantId && d.OwnerObjectId == user.ObjectId);
        if (planId is { } p)
        {
            query = query.Where(d => d.PlanId == p);
        }

        // The pane polls this every few seconds: leave out the stored sent copy and the bodies, and read every
        // declaration's replies in one query.
        var records = (await query.Select(d => new DeclarationRecord
            {
                Id = d.Id, PlanId = d.PlanId, OwnerTenantId = d.OwnerTenantId, OwnerObjectId = d.OwnerObjectId, OwnerEmail = d.OwnerEmail,
                State = d.State, Delivery = d.Delivery, Variant = d.Variant, Subject = d.Subject, Html = string.Empty, Text = string.Empty,
                Recipients = d.Recipients, PlanSnapshot = d.PlanSnapshot, LeadEngineerEmail = d.LeadEngineerEmail,
                DraftMessageId = d.DraftMessageId, DraftWebLink = d.DraftWebLink, SentMessageId = d.SentMessageId,
                InternetMessageId = d.InternetMessageId, ConversationId = d.ConversationId, CreatedAt = d.CreatedAt, SentAt = d.SentAt,
                UpdatedAt = d.UpdatedAt, ReturnDate = d.ReturnDate, OverrideVerdict = d.OverrideVerdict, OverrideReason = d.OverrideReason,
                OverrideBy = d.OverrideBy, OverrideAt = d.OverrideAt, Version = d.Version,
            }).ToListAsync(ct))
            .OrderByDescending(d => d.CreatedAt)
            .ToList();
        var rows = await ReplyRowsAsync(db, [.. records.Select(r => r.Id)], ct);
        var responses = new List<DeclarationResponse>(records.Count);
        foreach (var record in records)
        {
            responses.Add(await ResponseAsync(db, record, clock, zombie.Value, includeBody: false, ct, rows[record.Id]));
        }

        return TypedResults.Ok(responses.ToArray());
    }

    public static async Task<Results<Ok<DeclarationResponse>, NotFound<ProblemDetails>>> Get(
        Guid id, ClaimsPrincipal principal, OutlookWinDb db, IOptions<ZombieClockOptions> zombie, TimeProvider clock, CancellationToken ct)
    {
        var record = await FindOwnedAsync(db, SignedInUser.Of(principal), id, track: false, ct);
        return record is null ? NotFound(id) : TypedResults.Ok(await ResponseAsync(db, record, clock, zombie.Value, includeBody: true, ct));
    }

    public static async Task<Results<Ok<DeclarationResponse>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> Send(
        Guid id, ClaimsPrincipal principal, OutlookWinDb db, IMailbox mailbox, MailboxWatches watches, EvidenceLedger ledger, SentCopies copies,
        IOptions<ZombieClockOptions> zombie, TimeProvider clock, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        var record = await FindOwnedAsync(db, user, id, track: true, ct);
        if (record is null)
        {
            return NotFound(id);
        }

        if (record.Delivery != "mailbox" || record.DraftMessageId is null)
        {
            return Conflict(id, "This declaration goes out from Outlook's compose window; send it there.");
        }

        if (record.SentAt is not null)
        {
            return Conflict(id, "This declaration was already sent.");
        }

        var owner = Owner(user);
        try
        {
            await mailbox.SendDraftAsync(owner, record.DraftMessageId, ct);
        }
        catch (MailboxException e)
        {
            return MailboxProblem(e);
        }

        var now = clock.GetUtcNow();
        record.State = "sent";
        record.SentAt = now;
        record.UpdatedAt = now;
        record.Version++;
        await ledger.AppendAsync(record.Id, EvidenceEventKind.Sent, user.Email ?? EvidenceLedger.Service, new { sentAt = now, via = "mailbox" }, ct);
        await db.SaveChangesAsync(ct);
        await FindSentCopyOnceAsync(db, mailbox, copies, owner, record, ct);
        await watches.WatchAsync(owner, ct);
        return TypedResults.Ok(await ResponseAsync(db, record, clock, zombie.Value, includeBody: true, ct));
    }

    public static async Task<Results<Ok<DeclarationResponse>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> SentFromOutlook(
        Guid id, ClaimsPrincipal principal, OutlookWinDb db, IMailbox mailbox, MailboxWatches watches, EvidenceLedger ledger, SentCopies copies,
        IOptions<ZombieClockOptions> zombie, TimeProvider clock, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        var record = await FindOwnedAsync(db, user, id, track: true, ct);
        if (record is null)
        {
            return NotFound(id);
        }

        if (record.Delivery != "outlook")
        {
            return Conflict(id, "This declaration is sent by the service; use /send.");
        }

        var owner = Owner(user);
        if (record.SentAt is null)
        {
            var now = clock.GetUtcNow();
            record.State = "sent";
            record.SentAt = now;
            record.UpdatedAt = now;
            record.Version++;
            await ledger.AppendAsync(record.Id, EvidenceEventKind.Sent, user.Email ?? EvidenceLedger.Service, new { sentAt = now, via = "outlook" }, ct);
            await db.SaveChangesAsync(ct);
        }

        await FindSentCopyOnceAsync(db, mailbox, copies, owner, record, ct);
        await watches.WatchAsync(owner, ct);
        return TypedResults.Ok(await ResponseAsync(db, record, clock, zombie.Value, includeBody: true, ct));
    }

    /// <summary>The sent copy usually appears at once; when it does not, the watcher keeps looking.</summary>
    private static async Task FindSentCopyOnceAsync(OutlookWinDb db, IMailbox mailbox, SentCopies copies, MailboxOwner owner, DeclarationRecord record, CancellationToken ct)
    {
        if (record.InternetMessageId is not null)
        {
            return;
        }

        try
        {
            if (await mailbox.FindSentAsync(owner, record.Id, ct) is { } sent)
            {
                await copies.RecordAsync(record, sent, owner, ct);
                await db.SaveChangesAsync(ct);
            }
        }
        catch (MailboxException)
        {
            // Not fatal: the declaration is sent; the watcher retries the lookup.
        }
    }

    internal static async Task<DeclarationRecord?> FindOwnedAsync(OutlookWinDb db, SignedInUser user, Guid id, bool track, CancellationToken ct)
    {
        var query = track ? db.Declarations : db.Declarations.AsNoTracking();
        return await query.FirstOrDefaultAsync(
            d => d.Id == id && d.OwnerTenantId == user.TenantId && d.OwnerObjectId == user.ObjectId, ct);
    }

    /// <summary>A stored reply without its MIME: what a declaration's view needs.</summary>
    internal sealed record ReplyRow(
        Guid Id, Guid DeclarationId, string Verdict, double Confidence, string ReplyText, string Reading, DateOnly? ReturnDate,
        DateTimeOffset ReceivedAt, string FromEmail, string? FromName, string Subject, string Sha256, string MatchedBy);

    /// <summary>The replies of the given declarations, oldest first, without their MIME (one query for a whole list).</summary>
    internal static async Task<ILookup<Guid, ReplyRow>> ReplyRowsAsync(OutlookWinDb db, IReadOnlyCollection<Guid> declarationIds, CancellationToken ct) =>
        (await db.Replies.AsNoTracking()
            .Where(r => declarationIds.Contains(r.DeclarationId))
            .Select(r => new ReplyRow(r.Id, r.DeclarationId, r.Verdict, r.Confidence, r.ReplyText, r.Reading, r.ReturnDate, r.ReceivedAt,
                r.FromEmail, r.FromName, r.Subject, r.Sha256, r.MatchedBy))
            .ToListAsync(ct))
        .OrderBy(r => r.ReceivedAt)
        .ToLookup(r => r.DeclarationId);

    /// <summary>
    /// The reply that decided the state: the latest whose verdict is the state; under an override, the latest a person
    /// wrote (the one the SE overrode); else the latest. Shown as <c>reply</c> and forwarded to the economic buyer.
    /// </summary>
    internal static T? DecidingReply<T>(IReadOnlyList<T> repliesOldestFirst, Func<T, string> verdict, string state, bool overridden)
        where T : class =>
        (overridden
            ? repliesOldestFirst.LastOrDefault(r => verdict(r) != "auto_reply")
            : repliesOldestFirst.LastOrDefault(r => verdict(r) == state))
        ?? (repliesOldestFirst.Count > 0 ? repliesOldestFirst[^1] : null);

    internal static async Task<DeclarationResponse> ResponseAsync(
        OutlookWinDb db, DeclarationRecord record, TimeProvider clock, ZombieClockOptions zombie, bool includeBody, CancellationToken ct,
        IEnumerable<ReplyRow>? rows = null)
    {
        rows ??= (await ReplyRowsAsync(db, [record.Id], ct))[record.Id];
        var replies = rows
            .Select(r =>
            {
                var reading = JsonSerializer.Deserialize<ReplyReading>(r.Reading, ReplyIntake.ReadingJson)!;
                return new ReplyDto(r.Id, r.Verdict, r.Confidence, r.ReplyText,
                    [.. reading.Evidence.Select(e => new EvidenceDto(e.Text, JsonSerializer.Serialize(e.Signal).Trim('"')))],
                    reading.Conditions, reading.Objections, r.ReturnDate,
                    [.. reading.Criteria.Select(c => new CriterionReadingDto(c.Index, c.Title, JsonSerializer.Serialize(c.Reading).Trim('"'), c.Evidence))],
                    r.ReceivedAt, r.FromEmail, r.FromName, r.Subject, r.Sha256, r.MatchedBy,
                    string.IsNullOrWhiteSpace(reading.Explanation) ? null : reading.Explanation);
            })
            .ToList();

        var recipients = JsonSerializer.Deserialize<StoredRecipients>(record.Recipients, Json)!;
        var plan = PlanMapping.FromDocument(record.PlanSnapshot);
        var decisive = DecidingReply(replies, r => r.Verdict, record.State, record.OverrideVerdict is not null);
        var now = clock.GetUtcNow();
        double? awaiting = record.SentAt is { } sentAt && record.State is "sent" or "auto_reply"
            ? Math.Round((now - sentAt).TotalHours, 1)
            : null;

        // The zombie clock: no written answer within the business days agreed turns "sent" into "stale".
        DateOnly? replyDue = record.SentAt is { } sent && record.State is "sent" or "auto_reply"
            ? ZombieClock.ReplyDue(DateOnly.FromDateTime(sent.UtcDateTime), zombie.ReplyDueBusinessDays, record.State == "auto_reply" ? record.ReturnDate : null)
            : null;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var state = replyDue is { } due && today > due ? "stale" : record.State;
        var followUp = state switch
        {
            "stale" => "stale",
            "ambiguous" => "ambiguous",
            "conditional" when await FollowUpApi.ReconfirmableAsync(db, record, ct) is { Count: > 0 } => "reconfirm",
            _ => null,
        };

        return new DeclarationResponse(
            record.Id, record.PlanId, state, record.Variant, record.Delivery, record.Subject,
            plan.Prospect, plan.DealName, recipients.To, recipients.Cc, record.CreatedAt, record.SentAt, awaiting,
            record.DraftWebLink, record.InternetMessageId, record.ConversationId, decisive, replies,
            includeBody ? record.Html : null, includeBody ? record.Text : null, record.Version,
            record.OverrideVerdict is null ? null : new OverrideDto(record.OverrideVerdict, record.OverrideReason ?? string.Empty, record.OverrideBy ?? string.Empty, record.OverrideAt ?? record.UpdatedAt),
            replyDue, followUp);
    }

    internal static MailboxOwner Owner(SignedInUser user) => new(user.TenantId, user.ObjectId, user.Email ?? string.Empty);

    internal static NotFound<ProblemDetails> NotFound(Guid id) => TypedResults.NotFound(new ProblemDetails
    {
        Title = "Declaration not found.",
        Detail = $"You have no declaration with id {id}.",
        Status = StatusCodes.Status404NotFound,
    });

    private static Conflict<ProblemDetails> Conflict(Guid id, string detail)
    {
        var problem = new ProblemDetails { Title = "Not possible in the declaration's current state.", Detail = detail, Status = StatusCodes.Status409Conflict };
        problem.Extensions["declarationId"] = id;
        return TypedResults.Conflict(problem);
    }

    internal static ProblemHttpResult MailboxProblem(MailboxException e)
    {
        var (status, title) = e.Failure switch
        {
            MailboxFailure.Throttled => (StatusCodes.Status429TooManyRequests, "The mailbox is busy; try again shortly."),
            MailboxFailure.Unavailable => (StatusCodes.Status503ServiceUnavailable, "The mailbox service is unavailable; try again shortly."),
            MailboxFailure.ReauthorizationRequired => (StatusCodes.Status401Unauthorized, "Sign in again so OutlookWin can use your mailbox."),
            MailboxFailure.NotFound => (StatusCodes.Status404NotFound, "The message is no longer in your mailbox."),
            _ => (StatusCodes.Status502BadGateway, "The mailbox refused the request."),
        };
        var extensions = new Dictionary<string, object?> { ["failure"] = e.Failure.ToString() };
        if (e.RetryAfter is { } retry)
        {
            extensions["retryAfterSeconds"] = (int)Math.Ceiling(retry.TotalSeconds);
        }

        return TypedResults.Problem(title: title, detail: e.Message, statusCode: status, extensions: extensions);
    }

    private sealed record StoredRecipients(IReadOnlyList<RecipientDto> To, IReadOnlyList<RecipientDto> Cc);
}
