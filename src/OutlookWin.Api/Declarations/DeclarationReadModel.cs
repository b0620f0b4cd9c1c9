using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tracking;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Declarations;

/// <summary>
/// What a declaration's view needs, without its bodies or stored MIME. Positional, so a field added to the view
/// must be added to <see cref="DeclarationReadModel.Summary"/> too, or it does not compile.
/// </summary>
public sealed record DeclarationSummary(
    Guid Id, Guid PlanId, DeclarationState State, DeclarationVariant Variant, DeliveryChannel Delivery, string Subject,
    DeclarationRecipients Recipients, string PlanSnapshot, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateOnly? ReturnDate,
    string? DraftWebLink, string? InternetMessageId, string? ConversationId, ReplyVerdict? OverrideVerdict, string? OverrideReason,
    string? OverrideBy, DateTimeOffset? OverrideAt, DateTimeOffset UpdatedAt, int Version, string? SenderToAcknowledge, string? DraftMessageId,
    Guid? SupersededBy, DateTimeOffset? SupersededAt, string? SupersedeReason)
{
    public DeclarationPosition Position => new(State, SentAt, ReturnDate, OverrideVerdict is not null, SupersededBy is not null);
}

/// <summary>A stored reply without its MIME: what a declaration's view needs.</summary>
public sealed record ReplyRow(
    Guid Id, Guid DeclarationId, ReplyVerdict Verdict, double Confidence, string ReplyText, ReplyReading Reading, DateOnly? ReturnDate,
    DateTimeOffset ReceivedAt, string FromEmail, string? FromName, string Subject, string Sha256, MatchSignal MatchedBy,
    SenderRole SenderRole, SenderAuthentication Authentication, string AuthenticationResults);

/// <summary>
/// The declarations as the pane shows them: one mapping to <see cref="DeclarationResponse"/> for the list and for a
/// single declaration, with its standing (<see cref="DeclarationStanding"/>) worked out the same way for both. Lists
/// are read in batched queries (summaries, then all their replies, then the current plans) because the pane polls.
/// </summary>
public sealed class DeclarationReadModel(OutlookWinDb db, IOptions<ZombieClockOptions> zombie, IOptions<TrackingOptions> tracking, TimeProvider clock)
{
    /// <summary>The summary columns of a declaration: the projection lists use, and the one single views use.</summary>
    public static readonly Expression<Func<Declaration, DeclarationSummary>> Summary = d => new DeclarationSummary(
        d.Id, d.PlanId, d.State, d.Variant, d.Delivery, d.Subject, d.Recipients, d.PlanSnapshot, d.CreatedAt, d.SentAt, d.ReturnDate,
        d.DraftWebLink, d.InternetMessageId, d.ConversationId, d.OverrideVerdict, d.OverrideReason, d.OverrideBy, d.OverrideAt,
        d.UpdatedAt, d.Version, d.SenderToAcknowledge, d.DraftMessageId, d.SupersededBy, d.SupersededAt, d.SupersedeReason);

    private static readonly Func<Declaration, DeclarationSummary> Summarize = Summary.Compile();

    /// <summary>The user's declarations (of one plan, when given), newest first.</summary>
    public async Task<DeclarationResponse[]> ListAsync(SignedInUser user, Guid? planId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var query = db.Declarations.AsNoTracking().Where(d => d.OwnerTenantId == user.TenantId && d.OwnerObjectId == user.ObjectId);
        if (planId is { } p)
        {
            query = query.Where(d => d.PlanId == p);
        }

        var summaries = (await query.Select(Summary).ToListAsync(ct)).OrderByDescending(d => d.CreatedAt).ToList();
        var replies = await RepliesAsync([.. summaries.Select(s => s.Id)], ct);
        var plans = await CurrentPlansAsync([.. summaries.Where(s => s.State == DeclarationState.Conditional).Select(s => s.PlanId)], ct);
        return [.. summaries.Select(s => Map(s, [.. replies[s.Id]], plans.GetValueOrDefault(s.PlanId), html: null, text: null))];
    }

    /// <summary>One declaration, with its bodies when <paramref name="includeBody"/>.</summary>
    public async Task<DeclarationResponse> ViewAsync(Declaration declaration, bool includeBody, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var summary = Summarize(declaration);
        var replies = await RepliesAsync([declaration.Id], ct);
        var plans = await CurrentPlansAsync(declaration.State == DeclarationState.Conditional ? [declaration.PlanId] : [], ct);
        return Map(summary, [.. replies[declaration.Id]], plans.GetValueOrDefault(declaration.PlanId),
            includeBody ? declaration.Html : null, includeBody ? declaration.Text : null);
    }

    /// <summary>How the declaration stands now, and for a reconfirmation the criteria (indexes in the current plan) to confirm.</summary>
    public async Task<(DeclarationStanding Standing, SuccessPlan? CurrentPlan, IReadOnlyList<int> Reconfirm)> StandingAsync(
        Declaration declaration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var replies = await RepliesAsync([declaration.Id], ct);
        var current = (await CurrentPlansAsync([declaration.PlanId], ct)).GetValueOrDefault(declaration.PlanId);
        var reconfirm = Reconfirmable(declaration.PlanSnapshot, current);
        var standing = DeclarationStanding.Of(declaration.Position, [.. replies[declaration.Id].Select(r => r.Verdict)], clock.GetUtcNow(),
            zombie.Value.ReplyDueBusinessDays, reconfirm.Count);
        return (standing, current, reconfirm);
    }

    private DeclarationResponse Map(DeclarationSummary d, IReadOnlyList<ReplyRow> rows, SuccessPlan? currentPlan, string? html, string? text)
    {
        var reconfirm = d.State == DeclarationState.Conditional ? Reconfirmable(d.PlanSnapshot, currentPlan).Count : 0;
        var standing = DeclarationStanding.Of(d.Position, [.. rows.Select(r => r.Verdict)], clock.GetUtcNow(), zombie.Value.ReplyDueBusinessDays, reconfirm);
        var replies = rows.Select(ToDto).ToList();
        var plan = PlanDocument.Read(d.PlanSnapshot);
        return new DeclarationResponse(
            d.Id, d.PlanId, standing.Status, d.Variant, d.Delivery, d.Subject,
            plan.Prospect, plan.DealName, [.. d.Recipients.To.Select(ToDto)], [.. d.Recipients.Cc.Select(ToDto)], d.CreatedAt, d.SentAt,
            standing.AwaitingHours, d.DraftWebLink, d.InternetMessageId, d.ConversationId,
            standing.DecidingReply is { } i ? replies[i] : null, replies, html, text, d.Version,
            d.OverrideVerdict is { } verdict ? new OverrideDto(verdict, d.OverrideReason ?? string.Empty, d.OverrideBy ?? string.Empty, d.OverrideAt ?? d.UpdatedAt) : null,
            standing.ReplyDue, standing.FollowUp, d.SenderToAcknowledge,
            d.InternetMessageId is null && d.SupersededBy is null && clock.GetUtcNow() - d.CreatedAt > tracking.Value.SentCopyWindow,
            d.DraftMessageId,
            d.SupersededBy is { } by ? new SupersededDto(by, d.SupersededAt ?? d.UpdatedAt, d.SupersedeReason ?? string.Empty) : null);
    }

    private static IReadOnlyList<int> Reconfirmable(string planSnapshot, SuccessPlan? current) =>
        current is null ? [] : DeclarationStanding.Reconfirmable(PlanDocument.Read(planSnapshot), current);

    private static ReplyDto ToDto(ReplyRow r) => new(
        r.Id, r.Verdict, r.Confidence, r.ReplyText,
        [.. r.Reading.Evidence.Select(e => new EvidenceDto(e.Text, e.Signal))],
        r.Reading.Conditions, r.Reading.Objections, r.ReturnDate,
        [.. r.Reading.Criteria.Select(c => new CriterionReadingDto(c.Index, c.Title, c.Reading, c.Evidence))],
        r.ReceivedAt, r.FromEmail, r.FromName, r.Subject, r.Sha256, r.MatchedBy,
        string.IsNullOrWhiteSpace(r.Reading.Explanation) ? null : r.Reading.Explanation,
        r.Reading.ReadError,
        r.SenderRole,
        r.Authentication,
        string.IsNullOrEmpty(r.AuthenticationResults) ? null : r.AuthenticationResults,
        r.Reading.Automatic);

    private static RecipientDto ToDto(Domain.Mail.Recipient r) => new(r.Name, r.Email);

    /// <summary>The replies of the given declarations, oldest first, without their MIME (one query for a whole list).</summary>
    private async Task<ILookup<Guid, ReplyRow>> RepliesAsync(IReadOnlyCollection<Guid> declarationIds, CancellationToken ct) =>
        (await db.Replies.AsNoTracking()
            .Where(r => declarationIds.Contains(r.DeclarationId))
            .Select(r => new ReplyRow(r.Id, r.DeclarationId, r.Verdict, r.Confidence, r.ReplyText, r.Reading, r.ReturnDate, r.ReceivedAt,
                r.FromEmail, r.FromName, r.Subject, r.Sha256, r.MatchedBy, r.SenderRole, r.Authentication, r.AuthenticationResults))
            .ToListAsync(ct))
        .OrderBy(r => r.ReceivedAt)
        .ToLookup(r => r.DeclarationId);

    /// <summary>The plans as they are now (a conditional win's blocker may have been proven since), in one query.</summary>
    private async Task<Dictionary<Guid, SuccessPlan>> CurrentPlansAsync(IReadOnlyCollection<Guid> planIds, CancellationToken ct)
    {
        if (planIds.Count == 0)
        {
            return [];
        }

        var distinct = planIds.Distinct().ToList();
        return (await db.Plans.AsNoTracking().Where(p => distinct.Contains(p.Id)).Select(p => new { p.Id, p.Document }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => PlanDocument.Read(p.Document));
    }
}
