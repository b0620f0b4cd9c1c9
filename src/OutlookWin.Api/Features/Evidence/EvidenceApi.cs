using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Declarations;
using OutlookWin.Api.Hosting;
using OutlookWin.Domain;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Features.Evidence;

/// <summary>One link of the evidence chain, as shown.</summary>
public sealed record EvidenceLinkDto(int Sequence, string Kind, DateTimeOffset At, string Actor, JsonNode? Payload, string PreviousHash, string Hash);

/// <summary>Something that no longer holds.</summary>
public sealed record EvidenceProblemDto(string Where, string Problem);

/// <summary>Whether the chain and every stored message still hold.</summary>
public sealed record EvidenceVerification(
    bool Valid,
    DateTimeOffset CheckedAt,
    int Links,
    int Messages,
    IReadOnlyList<EvidenceProblemDto> Problems,
    [property: System.ComponentModel.Description("The SHA-256 of the chain's last link, as the declaration (sealed) records it: note it, or compare it with a pack's, to know nothing was cut from the end since")]
    string? Head = null);

/// <summary>The SE's verdict and why.</summary>
public sealed record OverrideRequest(string? Verdict, string? Reason);

/// <summary>The SE accepts that the person who confirmed may confirm for the prospect; the note says why (optional).</summary>
public sealed record AcknowledgeSenderRequest(string? Note = null);

/// <summary>The evidence behind a declaration: the chain, its verification, the pack, overrides.</summary>
public static class EvidenceApi
{
    public static RouteGroupBuilder MapEvidence(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/declarations/{id:guid}").WithTags("Evidence");
        group.MapGet("/evidence", Chain).WithName("GetEvidenceChain")
            .WithSummary("The declaration's audit log: every event (drafted, sent, reply received, verdict, override, forward, follow-up), each chained to the one before by SHA-256.");
        group.MapGet("/evidence/verify", Verify).WithName("VerifyEvidence")
            .WithSummary("Checks that the chain is unbroken and every stored message still has the SHA-256 recorded when it arrived.");
        group.MapGet("/evidence-pack", Pack).WithName("DownloadEvidencePack")
            .WithSummary("A zip with the original replies as .eml (byte-identical to what the mailbox returned), the sent declaration as .eml, and a JSON manifest.");
        group.MapPost("/evidence-pack/link", PackLink).WithName("CreateEvidencePackLink")
            .WithSummary("A signed link to the evidence pack that works for five minutes without signing in: for Outlook on Windows, whose pane may not download, and the user's browser, which has no token.");
        // Anonymous on purpose: the token in the link is the grant (see EvidencePackLinks), as the browser it opens in
        // carries no sign-in.
        group.MapGet("/evidence-pack/signed", SignedPack).WithName("DownloadSignedEvidencePack").AllowAnonymous()
            .WithSummary("The evidence pack through a signed link (token from POST …/evidence-pack/link): the same zip as the signed-in download, while the link lasts.");
        group.MapPost("/override", Override).WithName("OverrideVerdict")
            .WithSummary("Set the declaration's verdict by hand, with a required reason. The replies' reading stays in the ledger and beside it.");
        group.MapPost("/acknowledge-sender", AcknowledgeSender).WithName("AcknowledgeSender")
            .WithSummary("Accept that the person who confirmed — not the plan's lead engineer — may confirm for the prospect, so the confirmation can be forwarded. Recorded in the evidence chain.");
        return group;
    }

    public static async Task<Results<Ok<EvidenceLinkDto[]>, NotFound<ProblemDetails>>> Chain(
        Guid id, ClaimsPrincipal principal, DeclarationStore declarations, EvidenceVerifier evidence, CancellationToken ct)
    {
        if (await declarations.FindOwnedAsync(SignedInUser.Of(principal), id, ct) is null)
        {
            return Problems.DeclarationNotFound(id);
        }

        return TypedResults.Ok((await evidence.LinksAsync(id, ct)).Select(EvidenceVerifier.ToDto).ToArray());
    }

    public static async Task<Results<Ok<EvidenceVerification>, NotFound<ProblemDetails>>> Verify(
        Guid id, ClaimsPrincipal principal, DeclarationStore declarations, EvidenceVerifier evidence, CancellationToken ct) =>
        await declarations.FindOwnedAsync(SignedInUser.Of(principal), id, ct) is { } declaration
            ? TypedResults.Ok(await evidence.VerifyAsync(declaration, ct))
            : Problems.DeclarationNotFound(id);

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> Pack(
        Guid id, ClaimsPrincipal principal, DeclarationStore declarations, EvidencePack pack, TimeProvider clock, CancellationToken ct)
    {
        if (await declarations.FindOwnedAsync(SignedInUser.Of(principal), id, ct) is not { } declaration)
        {
            return Problems.DeclarationNotFound(id);
        }

        var zip = await pack.BuildAsync(declaration, ct);
        var prospect = PlanDocument.Read(declaration.PlanSnapshot).Prospect;
        return TypedResults.File(zip, "application/zip", $"evidence-{EvidencePack.Slug(prospect)}-{clock.GetUtcNow():yyyy-MM-dd}.zip");
    }

    public static async Task<Results<Ok<EvidencePackLink>, NotFound<ProblemDetails>>> PackLink(
        Guid id, HttpRequest request, ClaimsPrincipal principal, DeclarationStore declarations, EvidencePackLinks links, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        if (await declarations.FindOwnedAsync(user, id, ct) is null)
        {
            return Problems.DeclarationNotFound(id);
        }

        var (token, expiresAt) = links.Issue(user, id);
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}/api/declarations/{id}/evidence-pack/signed?token={Uri.EscapeDataString(token)}";
        return TypedResults.Ok(new EvidencePackLink(url, expiresAt));
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> SignedPack(
        Guid id, string? token, HttpResponse response, DeclarationStore declarations, EvidencePackLinks links, EvidencePack pack, TimeProvider clock,
        CancellationToken ct)
    {
        // One answer for every refusal (expired, edited, another declaration's, another user's): a link tells nothing.
        if (links.Redeem(token, id) is not { } owner || await declarations.FindOwnedAsync(owner, id, ct) is null)
        {
            return Problems.LinkNotValid();
        }

        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        return await Pack(id, Principal(owner), declarations, pack, clock, ct);
    }

    /// <summary>The link's owner as a principal, so the signed download is the owner's download, byte for byte.</summary>
    private static ClaimsPrincipal Principal(SignedInUser owner) =>
        new(new ClaimsIdentity([new Claim(Claims.TenantId, owner.TenantId), new Claim(Claims.ObjectId, owner.ObjectId)], "EvidencePackLink"));

    public static async Task<Results<Ok<DeclarationResponse>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>>> Override(
        Guid id, OverrideRequest request, ClaimsPrincipal principal, DeclarationStore declarations, DeclarationReadModel views, TimeProvider clock,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!SnakeCaseEnum.TryParse<ReplyVerdict>(request.Verdict?.Trim(), out var verdict))
        {
            errors["verdict"] = [$"verdict must be one of: {string.Join(", ", SnakeCaseEnum.All<ReplyVerdict>())}."];
        }

        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            errors["reason"] = ["Say why: the reason is kept with the override as evidence."];
        }
        else if (reason.Length > 1000)
        {
            errors["reason"] = ["reason must be at most 1000 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The override is incomplete.");
        }

        var user = SignedInUser.Of(principal);
        if (await declarations.FindOwnedAsync(user, id, ct) is not { } declaration)
        {
            return Problems.DeclarationNotFound(id);
        }

        try
        {
            declaration.Override(verdict, reason!, user.Actor, await declarations.VerdictsAsync(id, ct), clock.GetUtcNow());
        }
        catch (DeclarationRuleException e)
        {
            return Problems.NotNow(id, e);
        }

        await declarations.SaveAsync(declaration, ct);
        return TypedResults.Ok(await views.ViewAsync(declaration, includeBody: true, ct));
    }

    public static async Task<Results<Ok<DeclarationResponse>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>>> AcknowledgeSender(
        Guid id, AcknowledgeSenderRequest? request, ClaimsPrincipal principal, DeclarationStore declarations, DeclarationReadModel views, TimeProvider clock,
        CancellationToken ct)
    {
        if (request?.Note is { Length: > 1000 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["note"] = ["note must be at most 1000 characters."] });
        }

        var user = SignedInUser.Of(principal);
        if (await declarations.FindOwnedAsync(user, id, ct) is not { } declaration)
        {
            return Problems.DeclarationNotFound(id);
        }

        try
        {
            declaration.AcknowledgeSender(user.Actor, request?.Note, clock.GetUtcNow());
        }
        catch (DeclarationRuleException e)
        {
            return Problems.NotNow(id, e);
        }

        await declarations.SaveAsync(declaration, ct);
        return TypedResults.Ok(await views.ViewAsync(declaration, includeBody: true, ct));
    }
}
