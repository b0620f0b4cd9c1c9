using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Features.Plans;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Plans;

namespace OutlookWin.Api.Features.Declarations;

/// <summary>A recipient of the declaration.</summary>
public sealed record RecipientDto(string Name, string Email);

/// <summary>The Formal Technical Win Declaration as it would be sent; nothing is stored or sent.</summary>
public sealed record DeclarationPreview(
    string Variant,
    string Subject,
    string Html,
    string Text,
    IReadOnlyList<RecipientDto> To,
    IReadOnlyList<RecipientDto> Cc,
    IReadOnlyList<string> Warnings);

public static class DeclarationPreviewApi
{
    public static RouteGroupBuilder MapDeclarationPreview(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/plans/{id:guid}/declaration")
            .WithTags("Declarations")
            .RequireAuthorization(AuthenticationSetup.OwnerPolicy)
            .RequireRateLimiting(RateLimitSetup.PerUser);
        group.MapPost("/preview", Preview).WithName("PreviewDeclaration")
            .WithSummary("Draft the Formal Technical Win Declaration (full or conditional) from the plan, without side effects. 422 says why no declaration applies.");
        return group;
    }

    public static async Task<Results<Ok<DeclarationPreview>, NotFound<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> Preview(
        Guid id, ClaimsPrincipal principal, OutlookWinDb db, TimeProvider clock, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        var record = await PlansApi.FindOwnedAsync(db, user, id, ct);
        if (record is null)
        {
            return PlansApi.NotFound(id);
        }

        var plan = PlanMapping.FromDocument(record.Document);
        var drafter = new DeclarationDrafter(new DeclarationOptions { SignerName = SignerName(user) });
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return drafter.Draft(plan, today) switch
        {
            DeclarationDraft draft => TypedResults.Ok(new DeclarationPreview(
                PlanMapping.VariantName(draft.Variant)!,
                draft.Subject,
                draft.Html,
                draft.Text,
                [.. draft.To.Select(ToDto)],
                [.. draft.Cc.Select(ToDto)],
                [.. draft.Warnings.Select(w => w.Message)])),
            DeclarationRefusal refusal => TypedResults.UnprocessableEntity(Refused(refusal)),
            _ => throw new InvalidOperationException("The drafter returned an outcome this endpoint does not know."),
        };
    }

    internal static ProblemDetails Refused(DeclarationRefusal refusal)
    {
        var problem = new ProblemDetails
        {
            Title = "No declaration applies to this plan yet.",
            Detail = refusal.Reasons.Count > 0 ? refusal.Reasons[0] : null,
            Status = StatusCodes.Status422UnprocessableEntity,
        };
        problem.Extensions["reasons"] = refusal.Reasons;
        return problem;
    }

    /// <summary>The signed-in user's display name signs the email when the plan names no Sales Engineer.</summary>
    internal static string? SignerName(SignedInUser user) =>
        string.IsNullOrWhiteSpace(user.DisplayName) || user.DisplayName.Contains('@', StringComparison.Ordinal)
            ? null
            : user.DisplayName;

    private static RecipientDto ToDto(Person p) => new(p.Name, p.Email);
}
