using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tracking;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Features.Plans;

/// <summary>Mutual Success Plans of the signed-in user: <c>/api/plans</c>.</summary>
public static class PlansApi
{
    public static RouteGroupBuilder MapPlans(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/plans").WithTags("Mutual Success Plans");

        group.MapGet("/", List).WithName("ListPlans")
            .WithSummary("List your Mutual Success Plans, most recently changed first.");
        group.MapGet("/{id:guid}", Get).WithName("GetPlan")
            .WithSummary("Read one plan with its assessment (which declaration applies) and warnings.");
        group.MapPost("/", Create).WithName("CreatePlan")
            .WithSummary("Create a plan. Invalid fields are named in a 400 ProblemDetails.");
        group.MapPut("/{id:guid}", Update).WithName("UpdatePlan")
            .WithSummary("Replace a plan, e.g. with the readout results. Send the version you read: a stale one gets 409.");
        group.MapDelete("/{id:guid}", Delete).WithName("DeletePlan")
            .WithSummary("Delete a plan that has no declarations yet (409 otherwise: evidence refers to it).");
        return group;
    }

    public static async Task<Ok<PlanResponse[]>> List(
        ClaimsPrincipal principal, OutlookWinDb db, IOptions<ZombieClockOptions> zombie, TimeProvider clock, ILoggerFactory loggers, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        var records = await db.Plans.AsNoTracking()
            .Where(p => p.OwnerTenantId == user.TenantId && p.OwnerObjectId == user.ObjectId)
            .OrderByDescending(p => p.UpdatedAt)
            .ToListAsync(ct);
        var ids = records.Select(r => r.Id).ToList();
        var declared = (await db.Declarations.AsNoTracking()
            .Where(d => ids.Contains(d.PlanId) && d.SentAt != null)
            .Select(d => d.PlanId)
            .ToListAsync(ct)).ToHashSet();
        var responses = new List<PlanResponse>(records.Count);
        foreach (var record in records)
        {
            try
            {
                responses.Add(PlanMapping.ToResponse(record, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Due(record, declared.Contains(record.Id), zombie.Value, clock)));
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or OverflowException or System.Text.Json.JsonException)
            {
                // One stored plan that no longer reads (written before today's limits) must not take the list down.
                loggers.CreateLogger("OutlookWin.Plans").LogWarning(e, "Plan {PlanId} could not be read and is left out of the list", record.Id);
            }
        }

        return TypedResults.Ok(responses.ToArray());
    }

    public static async Task<Results<Ok<PlanResponse>, NotFound<ProblemDetails>>> Get(
        Guid id, ClaimsPrincipal principal, OutlookWinDb db, IOptions<ZombieClockOptions> zombie, TimeProvider clock, CancellationToken ct)
    {
        var record = await db.FindOwnedPlanAsync(SignedInUser.Of(principal), id, ct);
        if (record is null)
        {
            return Problems.PlanNotFound(id);
        }

        var declared = await db.Declarations.AnyAsync(d => d.PlanId == id && d.SentAt != null, ct);
        return TypedResults.Ok(PlanMapping.ToResponse(record, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Due(record, declared, zombie.Value, clock)));
    }

    /// <summary>The zombie flag: the readout is past, and no declaration went out within the agreed business days.</summary>
    internal static DeclarationDueDto? Due(PlanRecord record, bool declared, ZombieClockOptions zombie, TimeProvider clock)
    {
        if (declared)
        {
            return null;
        }

        var plan = PlanDocument.Read(record.Document);
        var due = ZombieClock.DeclarationDue(plan.ReadoutDate ?? plan.PovEnd, zombie.DeclarationDueBusinessDays);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (today <= due)
        {
            return null;
        }

        var late = ZombieClock.BusinessDaysBetween(due, today);
        return new DeclarationDueDto(due, late,
            $"The POV ended {ZombieClock.BusinessDaysBetween(plan.ReadoutDate ?? plan.PovEnd, today)} business days ago and no declaration has been sent: testing is over, and nobody has declared the win in writing yet.");
    }

    public static async Task<Results<Created<PlanResponse>, ValidationProblem>> Create(
        PlanRequest request, ClaimsPrincipal principal, OutlookWinDb db, IOptions<ZombieClockOptions> zombie, TimeProvider clock, CancellationToken ct)
    {
        if (!PlanReader.TryRead(request, out var plan, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "The plan has invalid fields.");
        }

        var user = SignedInUser.Of(principal);
        var now = clock.GetUtcNow();
        var record = new PlanRecord
        {
            Id = Guid.CreateVersion7(now),
            OwnerTenantId = user.TenantId,
            OwnerObjectId = user.ObjectId,
            Prospect = plan!.Prospect,
            DealName = plan.DealName,
            Document = PlanDocument.Write(plan),
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Plans.Add(record);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/plans/{record.Id}", PlanMapping.ToResponse(record, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Due(record, declared: false, zombie.Value, clock)));
    }

    public static async Task<Results<Ok<PlanResponse>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> Update(
        Guid id, PlanRequest request, ClaimsPrincipal principal, OutlookWinDb db, IOptions<ZombieClockOptions> zombie, TimeProvider clock, CancellationToken ct)
    {
        if (!PlanReader.TryRead(request, out var plan, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "The plan has invalid fields.");
        }

        var record = await db.FindOwnedPlanAsync(SignedInUser.Of(principal), id, ct, track: true);
        if (record is null)
        {
            return Problems.PlanNotFound(id);
        }

        if (request.Version is { } expected && expected != record.Version)
        {
            return Stale(id, record.Version);
        }

        record.Prospect = plan!.Prospect;
        record.DealName = plan.DealName;
        record.Document = PlanDocument.Write(plan);
        record.Version++;
        record.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: theirs stands, this caller re-reads.
            return Stale(id, null);
        }

        var declared = await db.Declarations.AnyAsync(d => d.PlanId == id && d.SentAt != null, ct);
        return TypedResults.Ok(PlanMapping.ToResponse(record, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Due(record, declared, zombie.Value, clock)));
    }

    public static async Task<Results<NoContent, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> Delete(
        Guid id, ClaimsPrincipal principal, OutlookWinDb db, CancellationToken ct)
    {
        var record = await db.FindOwnedPlanAsync(SignedInUser.Of(principal), id, ct, track: true);
        if (record is null)
        {
            return Problems.PlanNotFound(id);
        }

        if (await db.Declarations.AnyAsync(d => d.PlanId == id, ct))
        {
            // Declarations and their replies are evidence; the plan they were read against stays with them.
            return TypedResults.Conflict(new ProblemDetails
            {
                Title = "The plan has declarations.",
                Detail = "A plan with declarations is kept, because their evidence refers to it.",
                Status = StatusCodes.Status409Conflict,
            });
        }

        db.Plans.Remove(record);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static Conflict<ProblemDetails> Stale(Guid id, int? current)
    {
        var problem = new ProblemDetails
        {
            Title = "The plan was changed by someone else.",
            Detail = "Reload the plan and apply your change again; nothing was overwritten.",
            Status = StatusCodes.Status409Conflict,
        };
        problem.Extensions["planId"] = id;
        if (current is not null)
        {
            problem.Extensions["currentVersion"] = current;
        }

        return TypedResults.Conflict(problem);
    }
}
