using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Declarations;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Plans;

namespace OutlookWin.Api.Features.Declarations;

/// <summary>The Formal Technical Win Declaration as it would be sent; nothing is stored or sent.</summary>
public sealed record DeclarationPreview(
    DeclarationVariant Variant,
    string Subject,
    string Html,
    string Text,
    IReadOnlyList<RecipientDto> To,
    IReadOnlyList<RecipientDto> Cc,
    IReadOnlyList<string> Warnings);

public static class DeclarationPreviewApi
{
    public static RouteGroupBuilder MapDeclarationPreview(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/plans/{id:guid}/declaration").WithTags("Declarations");
        group.MapPost("/preview", Preview).WithName("PreviewDeclaration")
            .WithSummary("Draft the Formal Technical Win Declaration (full or conditional) from the plan, without side effects. 422 says why no declaration applies.");
        return group;
    }

    public static async Task<Results<Ok<DeclarationPreview>, NotFound<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> Preview(
        Guid id, ClaimsPrincipal principal, OutlookWinDb db, EmailSigners signers, TimeProvider clock, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        if (await db.FindOwnedPlanAsync(user, id, ct) is not { } record)
        {
            return Problems.PlanNotFound(id);
        }

        var plan = PlanDocument.Read(record.Document);
        var drafter = new DeclarationDrafter(new DeclarationOptions { SignerName = await signers.NameAsync(plan, user, ct) });
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return drafter.Draft(plan, today) switch
        {
            DeclarationDraft draft => TypedResults.Ok(new DeclarationPreview(
                draft.Variant,
                draft.Subject,
                draft.Html,
                draft.Text,
                [.. draft.To.Select(ToDto)],
                [.. draft.Cc.Select(ToDto)],
                [.. draft.Warnings.Select(w => w.Message)])),
            DeclarationRefusal refusal => Problems.Refused(refusal),
            _ => throw new InvalidOperationException("The drafter returned an outcome this endpoint does not know."),
        };
    }

    private static RecipientDto ToDto(Person p) => new(p.Name, p.Email);
}
