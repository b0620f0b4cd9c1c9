using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Declarations;

/// <summary>
/// Loads and saves the <see cref="Declaration"/> aggregate. Saving appends the events the aggregate raised to its
/// evidence chain in the same unit of work, so a change is stored with its evidence or not at all.
/// </summary>
public sealed class DeclarationStore(OutlookWinDb db, EvidenceLedger ledger, EvidenceSeals seals, DeclarationChanges changes, DeclarationChangeRelay relay, TimeProvider clock)
{
    /// <summary>
    /// The only way a user's declaration is looked up: by id AND owner, so another user's declaration is
    /// indistinguishable from a missing one (404, never 403).
    /// </summary>
    public Task<Declaration?> FindOwnedAsync(SignedInUser user, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        return db.Declarations.FirstOrDefaultAsync(
            d => d.Id == id && d.OwnerTenantId == user.TenantId && d.OwnerObjectId == user.ObjectId, ct);
    }

    /// <summary>A declaration by id, for the service's own work (the owner is known from the mailbox).</summary>
    public Task<Declaration> GetAsync(Guid id, CancellationToken ct) => db.Declarations.SingleAsync(d => d.Id == id, ct);

    /// <summary>
    /// The owner's declarations still waiting for their sent copy (however they were sent: see
    /// <see cref="Declaration.AwaitsSentCopy"/>), drafted since <paramref name="since"/>.
    /// </summary>
    public Task<List<Declaration>> AwaitingSentCopyAsync(MailboxOwner owner, DateTimeOffset since, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        // Not while the service itself is sending one: that send records it (and its order in the chain) first.
        return db.Declarations
            .Where(d => d.OwnerTenantId == owner.TenantId && d.OwnerObjectId == owner.ObjectId && d.InternetMessageId == null && d.CreatedAt >= since
                && d.SupersededBy == null
                && !db.OutboundMail.Any(o => o.DeclarationId == d.Id && o.Kind == OutboundKind.Send && o.State == OutboundState.Intended))
            .ToListAsync(ct);
    }

    /// <summary>The owner's sent declarations, as reply matching sees them.</summary>
    public Task<List<SentDeclaration>> SentAsync(MailboxOwner owner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return db.Declarations.AsNoTracking()
            .Where(d => d.OwnerTenantId == owner.TenantId && d.OwnerObjectId == owner.ObjectId && d.SentAt != null)
            .Select(d => new SentDeclaration(d.Id, d.InternetMessageId, d.ConversationId, d.Subject, d.LeadEngineerEmail, d.SentAt,
                d.SupersededBy == null && (d.State == DeclarationState.Sent || d.State == DeclarationState.AutoReply || d.State == DeclarationState.Ambiguous)))
            .ToListAsync(ct);
    }

    /// <summary>When the owner's oldest declaration still waiting for its sent copy or for an answer was drafted; null when none is.</summary>
    public async Task<DateTimeOffset?> OldestOpenAsync(MailboxOwner owner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var open = await db.Declarations.AsNoTracking()
            .Where(d => d.OwnerTenantId == owner.TenantId && d.OwnerObjectId == owner.ObjectId && d.SupersededBy == null
                && (d.InternetMessageId == null || d.State == DeclarationState.Sent || d.State == DeclarationState.AutoReply || d.State == DeclarationState.Ambiguous))
            .Select(d => d.CreatedAt)
            .ToListAsync(ct);
        // Ordered here: SQLite cannot order by a DateTimeOffset column.
        return open.Count == 0 ? null : open.Min();
    }

    /// <summary>The verdicts of a declaration's stored replies, oldest first.</summary>
    public async Task<IReadOnlyList<ReplyVerdictAt>> VerdictsAsync(Guid declarationId, CancellationToken ct) =>
        (await db.Replies.AsNoTracking()
            .Where(r => r.DeclarationId == declarationId)
            .Select(r => new ReplyVerdictAt(r.ReceivedAt, r.Verdict, r.ReturnDate))
            .ToListAsync(ct))
        .OrderBy(r => r.ReceivedAt)
        .ToList();

    /// <summary>The reply that decides the declaration (shown as deciding and forwarded), with its MIME; null without replies.</summary>
    public async Task<ReplyRecord?> DecidingReplyAsync(Declaration declaration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(declaration);

        // Choose by verdict and time without reading every stored message, then load the one chosen.
        var candidates = (await db.Replies.AsNoTracking().Where(r => r.DeclarationId == declaration.Id)
                .Select(r => new { r.Id, r.Verdict, r.ReceivedAt }).ToListAsync(ct))
            .OrderBy(r => r.ReceivedAt).ToList();
        var index = DeclarationStanding.Deciding([.. candidates.Select(c => c.Verdict)], declaration.State, declaration.OverrideVerdict is not null);
        return index is { } i ? await db.Replies.AsNoTracking().SingleAsync(r => r.Id == candidates[i].Id, ct) : null;
    }

    /// <summary>The declaration as stored now, forgetting this unit of work's unsaved changes (after a lost race).</summary>
    public async Task<Declaration> ReloadAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await GetAsync(id, ct);
    }

    public void Add(Declaration declaration) => db.Declarations.Add(declaration);

    /// <summary>The user's live declarations (not superseded) of one plan, newest first.</summary>
    public async Task<List<Declaration>> LiveForPlanAsync(SignedInUser user, Guid planId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var live = await db.Declarations
            .Where(d => d.OwnerTenantId == user.TenantId && d.OwnerObjectId == user.ObjectId && d.PlanId == planId && d.SupersededBy == null)
            .ToListAsync(ct);
        return [.. live.OrderByDescending(d => d.CreatedAt)];
    }

    /// <summary>Stores a reply as evidence, in the same unit of work as the declaration it moved.</summary>
    public void AddReply(ReplyRecord reply) => db.Replies.Add(reply);

    /// <summary>
    /// Saves the declaration's changes and the evidence events it raised, together, then tells the owner's open event
    /// streams (every change to a declaration is saved here).
    /// </summary>
    public Task SaveAsync(Declaration declaration, CancellationToken ct) => SaveAsync([declaration], ct);

    /// <summary>
    /// Saves several declarations' changes and events in one unit of work (a new declaration and the one it
    /// supersedes): both are saved, or neither.
    /// </summary>
    public async Task SaveAsync(IReadOnlyList<Declaration> changed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var now = clock.GetUtcNow();
        foreach (var declaration in changed)
        {
            EvidenceRecord? last = null;
            foreach (var e in declaration.TakeEvents())
            {
                last = await ledger.AppendAsync(declaration.Id, e, now, ct);
            }

            if (last is not null)
            {
                // The new end of the chain, saved and sealed with the change: a later cut at the end shows.
                declaration.AnchorEvidence(last.Sequence, last.Hash, seals.Seal(declaration.Id, last.Sequence, last.Hash));
            }
        }

        // Told only once committed (no transaction spans this save), so a pane that reads on the event sees the change.
        if (await db.SaveChangesAsync(ct) > 0)
        {
            foreach (var declaration in changed)
            {
                changes.Publish(declaration);
            }

            // And the other instances' streams, through the database they share.
            await relay.SendAsync(db, changed, ct);
        }
    }

    /// <summary>
    /// Records what already happened outside (a message the mailbox sent): applies <paramref name="change"/> and saves;
    /// when someone else moved the declaration meanwhile (a reply arrived), reloads it and applies the change again, so
    /// the fact is never lost to a version conflict. <paramref name="alongside"/> re-marks other rows saved with it.
    /// </summary>
    public async Task<Declaration> RecordAsync(Declaration declaration, Action<Declaration> change, Action? alongside = null)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            change(declaration);
            alongside?.Invoke();
            try
            {
                // Not cancellable: the message is out, its record must be written even if the caller went away.
                await SaveAsync(declaration, CancellationToken.None);
                return declaration;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
                declaration = await GetAsync(declaration.Id, CancellationToken.None);
            }
        }
    }
}
