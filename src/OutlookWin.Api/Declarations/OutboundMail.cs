using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Declarations;

/// <summary>What asking to send found.</summary>
public abstract record OutboundClaim
{
    private OutboundClaim()
    {
    }

    /// <summary>Recorded as intended: send it now, then <see cref="OutboundMail.Sent"/> or <see cref="OutboundMail.FailedAsync"/>.</summary>
    public sealed record Claimed(OutboundMailRecord Record) : OutboundClaim;

    /// <summary>This key's message already went out: answer as the first request did, send nothing.</summary>
    public sealed record AlreadySent(OutboundMailRecord Record) : OutboundClaim;

    /// <summary>Not sent: another request is sending this kind of message for the declaration, or its outcome is unknown.</summary>
    public sealed record Refused(Conflict<ProblemDetails> Problem) : OutboundClaim;
}

/// <summary>
/// Once-only sending. Every message the service sends for a user (the declaration, a forward, a follow-up) is recorded
/// as intended, in the same save that claims the declaration, before the mailbox is asked to send it. A retry with the
/// same <c>Idempotency-Key</c> finds the record and sends nothing; a second click while the first is sending is refused;
/// a send whose outcome is unknown is never silently repeated.
/// </summary>
public sealed class OutboundMail(OutlookWinDb db, TimeProvider clock)
{
    /// <summary>The request header that names one action; the pane sends one per click and repeats it on retries.</summary>
    public const string KeyHeader = "Idempotency-Key";

    /// <summary>After this long an intended send that never finished (the service stopped) counts as unknown.</summary>
    public static readonly TimeSpan InFlightLimit = TimeSpan.FromMinutes(2);

    private const int MaxKey = 128;

    /// <summary>The request's key, checked: printable ASCII, at most 128 characters. Null when none was sent.</summary>
    public static bool TryReadKey(string? header, out string? key, out ValidationProblem? problem)
    {
        problem = null;
        key = header?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            key = null;
            return true;
        }

        if (key.Length > MaxKey || key.Any(c => c is < '!' or > '~'))
        {
            problem = TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [KeyHeader] = [$"{KeyHeader} must be 1 to {MaxKey} printable ASCII characters, such as a UUID."] },
                title: "The request has an invalid header.");
            key = null;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Records the intent to send <paramref name="kind"/> for the declaration, or says why not. Two requests racing
    /// here cannot both win: the claim moves the declaration's version, and the key is unique per user.
    /// </summary>
    public async Task<OutboundClaim> ClaimAsync(SignedInUser user, Declaration declaration, OutboundKind kind, string? key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(declaration);
        var now = clock.GetUtcNow();
        var (record, earlier) = await EarlierAsync(user, declaration.Id, kind, key, now, ct);
        if (earlier is not null)
        {
            return earlier;
        }

        var pending = await db.OutboundMail
            .Where(o => o.DeclarationId == declaration.Id && o.Kind == kind && o.State == OutboundState.Intended && o.Id != (record == null ? Guid.Empty : record.Id))
            .ToListAsync(ct);
        foreach (var other in pending)
        {
            if (Settle(other, now) == OutboundState.Intended)
            {
                return new OutboundClaim.Refused(InProgress(declaration.Id, other));
            }
        }

        if (record is null)
        {
            record = new OutboundMailRecord
            {
                Id = Guid.CreateVersion7(now),
                DeclarationId = declaration.Id,
                OwnerTenantId = user.TenantId,
                OwnerObjectId = user.ObjectId,
                Kind = kind,
                IdempotencyKey = key ?? Guid.NewGuid().ToString("N"),
            };
            db.OutboundMail.Add(record);
        }

        record.State = OutboundState.Intended;
        record.RequestedAt = now;
        record.CompletedAt = null;
        record.Error = null;
        declaration.ClaimForSending(now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request claimed the declaration (its version moved) or used the same key first.
            db.ChangeTracker.Clear();
            return new OutboundClaim.Refused(Problems.Conflict(declaration.Id, "Already being sent.",
                $"Another request is sending this {Noun(kind)} right now. Refresh in a moment to see it."));
        }

        return new OutboundClaim.Claimed(record);
    }

    /// <summary>
    /// What this key did before, checked before anything else (the declaration may have moved on since, so its own
    /// rules would answer differently): <see cref="OutboundClaim.AlreadySent"/> for a retry of a sent action,
    /// <see cref="OutboundClaim.Refused"/> when the key is in use or names another action; null for a new key.
    /// </summary>
    public async Task<OutboundClaim?> EarlierAsync(SignedInUser user, Guid declarationId, OutboundKind kind, string? key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (await EarlierAsync(user, declarationId, kind, key, clock.GetUtcNow(), ct)).Claim;
    }

    private async Task<(OutboundMailRecord? Record, OutboundClaim? Claim)> EarlierAsync(
        SignedInUser user, Guid declarationId, OutboundKind kind, string? key, DateTimeOffset now, CancellationToken ct)
    {
        if (key is null || await db.OutboundMail.FirstOrDefaultAsync(
                o => o.OwnerTenantId == user.TenantId && o.OwnerObjectId == user.ObjectId && o.IdempotencyKey == key, ct) is not { } record)
        {
            return (null, null);
        }

        if (record.DeclarationId != declarationId || record.Kind != kind)
        {
            return (record, new OutboundClaim.Refused(Problems.Conflict(declarationId, "This Idempotency-Key was used for another action.",
                $"Each action needs its own {KeyHeader}; this one was used for the {Noun(record.Kind)} of {record.RequestedAt:d MMMM yyyy HH:mm} UTC.")));
        }

        switch (Settle(record, now))
        {
            case OutboundState.Sent:
                return (record, new OutboundClaim.AlreadySent(record));
            case OutboundState.Intended:
                return (record, new OutboundClaim.Refused(InProgress(declarationId, record)));
            case OutboundState.Unknown:
                await db.SaveChangesAsync(ct);
                return (record, new OutboundClaim.Refused(MayHaveGone(declarationId, record)));
            default:
                // Failed: the mailbox refused it and nothing went out, so the same key may try again.
                return (record, null);
        }
    }

    /// <summary>The mailbox accepted it; saved with the declaration's own change (call again if that save is retried).</summary>
    public void Sent(OutboundMailRecord record, string? mailId = null, string? webLink = null, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (db.Entry(record).State == EntityState.Detached)
        {
            db.OutboundMail.Update(record);
        }

        record.State = OutboundState.Sent;
        record.CompletedAt = clock.GetUtcNow();
        record.MailId = mailId;
        record.MailWebLink = webLink;
        record.Detail = detail;
    }

    /// <summary>
    /// The mailbox failed. A refusal (throttled, rejected, not found, sign-in needed) sent nothing and may be retried;
    /// an outage or timeout may have sent it, so it is kept as unknown and never repeated on its own — unless the
    /// mailbox knows it failed before sending (<see cref="MailboxException.NotSent"/>: a draft step of a forward).
    /// </summary>
    public async Task FailedAsync(OutboundMailRecord record, MailboxException error)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(error);
        db.ChangeTracker.Clear();
        db.OutboundMail.Update(record);
        record.State = error.Failure == MailboxFailure.Unavailable && !error.NotSent ? OutboundState.Unknown : OutboundState.Failed;
        record.CompletedAt = clock.GetUtcNow();
        record.Error = Cut($"{error.Failure}: {error.Message}", 400);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Sends of this kind for the declaration that may have gone out (unknown, or stuck as intended).</summary>
    public async Task<IReadOnlyList<OutboundMailRecord>> UncertainAsync(Guid declarationId, OutboundKind kind, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await db.OutboundMail.AsNoTracking()
            .Where(o => o.DeclarationId == declarationId && o.Kind == kind && (o.State == OutboundState.Unknown || o.State == OutboundState.Intended))
            .ToListAsync(ct);
        return [.. rows.Where(o => o.State == OutboundState.Unknown || now - o.RequestedAt > InFlightLimit).OrderBy(o => o.RequestedAt)];
    }

    /// <summary>An intended send older than <see cref="InFlightLimit"/> never finished: its outcome is unknown.</summary>
    private static OutboundState Settle(OutboundMailRecord record, DateTimeOffset now)
    {
        if (record.State == OutboundState.Intended && now - record.RequestedAt > InFlightLimit)
        {
            record.State = OutboundState.Unknown;
            record.Error = "The service stopped before the mailbox answered.";
        }

        return record.State;
    }

    private static Conflict<ProblemDetails> InProgress(Guid id, OutboundMailRecord record) => Problems.Conflict(id, "Already being sent.",
        $"This {Noun(record.Kind)} is being sent (since {record.RequestedAt:HH:mm:ss} UTC). Refresh in a moment to see it.");

    private static Conflict<ProblemDetails> MayHaveGone(Guid id, OutboundMailRecord record) => Problems.Conflict(id, "It may already have gone out.",
        $"The mailbox did not answer when this {Noun(record.Kind)} was sent at {record.RequestedAt:d MMMM yyyy HH:mm} UTC, so it may have gone out. "
        + "Check your Sent Items before sending it again.",
        new Dictionary<string, object?> { ["outcome"] = "unknown", ["requestedAt"] = record.RequestedAt });

    private static string Noun(OutboundKind kind) => kind switch
    {
        OutboundKind.Send => "declaration",
        OutboundKind.Forward => "forward",
        _ => "follow-up",
    };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
