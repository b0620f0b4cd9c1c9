using Microsoft.AspNetCore.Http.HttpResults;
using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Hosting;

/// <summary>Every problem a feature answers with, built in one place so the same failure reads the same everywhere.</summary>
public static class Problems
{
    /// <summary>
    /// Endpoint filter: a typed 4xx result carrying a <see cref="ProblemDetails"/> (NotFound, Conflict, ...) is sent as
    /// <c>application/problem+json</c>, like every other problem, without changing the endpoint's declared results.
    /// </summary>
    public static async ValueTask<object?> AsProblemJson(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(context);
        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is IValueHttpResult { Value: ProblemDetails problem } and IStatusCodeHttpResult { StatusCode: { } status })
        {
            if (status == StatusCodes.Status401Unauthorized && Challenge(problem) is { } challenge)
            {
                context.HttpContext.Response.Headers.WWWAuthenticate = challenge;
            }

            return TypedResults.Problem(Stamped(problem, status));
        }

        return result;
    }

    /// <summary>
    /// The <c>WWW-Authenticate</c> challenge of a mailbox problem that needs the user's consent or a fresh sign-in
    /// (RFC 6750 <c>insufficient_scope</c> with the Graph scopes, or Entra ID's <c>insufficient_claims</c> with the
    /// claims to ask for), built from the problem's extensions so the header and the body always agree.
    /// </summary>
    private static string? Challenge(ProblemDetails problem)
    {
        if (!problem.Extensions.TryGetValue("scopes", out var scopesValue) || scopesValue is not IEnumerable<string> scopes)
        {
            return null;
        }

        var claims = problem.Extensions.TryGetValue("claims", out var c) ? c as string : null;
        var authority = problem.Extensions.TryGetValue("authority", out var a) ? a as string : null;
        var parts = new List<string> { "realm=\"\"" };
        if (authority is not null)
        {
            parts.Add($"authorization_uri=\"{authority}/oauth2/v2.0/authorize\"");
        }

        if (claims is not null)
        {
            parts.Add("error=\"insufficient_claims\"");
            parts.Add($"claims=\"{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(claims))}\"");
        }
        else
        {
            parts.Add("error=\"insufficient_scope\"");
        }

        parts.Add($"scope=\"{string.Join(' ', scopes)}\"");
        return "Bearer " + string.Join(", ", parts);
    }

    private static ProblemDetails Stamped(ProblemDetails problem, int status)
    {
        problem.Status ??= status;
        return problem;
    }

    public static NotFound<ProblemDetails> PlanNotFound(Guid id) => NotFound("Plan not found.", $"You have no plan with id {id}.");

    /// <summary>A signed link that does not hold: the same answer whatever is wrong with it, so it tells nothing.</summary>
    public static NotFound<ProblemDetails> LinkNotValid() =>
        NotFound("This link is not valid.", "The link has expired or is not valid. Download the evidence pack again from OutlookWin.");

    public static NotFound<ProblemDetails> DeclarationNotFound(Guid id) =>
        NotFound("Declaration not found.", $"You have no declaration with id {id}.");

    /// <summary>A 409 that names the declaration; <paramref name="extensions"/> add what the pane needs to offer a way out.</summary>
    public static Conflict<ProblemDetails> Conflict(Guid declarationId, string title, string? detail, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Title = title, Detail = detail, Status = StatusCodes.Status409Conflict };
        problem.Extensions["declarationId"] = declarationId;
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Conflict(problem);
    }

    /// <summary>The declaration's rules do not allow this now.</summary>
    public static Conflict<ProblemDetails> NotNow(Guid declarationId, DeclarationRuleException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Conflict(declarationId, e.Title, e.Message);
    }

    /// <summary>No one would sign the email: which field to fill in (<c>errors</c>, as a validation problem names it).</summary>
    public static ProblemDetails Unsigned(string detail, string field)
    {
        var problem = new ProblemDetails
        {
            Title = "Who signs this email? Fill in the Sales Engineer's name.",
            Detail = detail,
            Status = StatusCodes.Status422UnprocessableEntity,
        };
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail] };
        problem.Extensions["reasons"] = new[] { detail };
        return problem;
    }

    /// <summary>No declaration applies to the plan yet, and why.</summary>
    public static UnprocessableEntity<ProblemDetails> Refused(DeclarationRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (refusal.Field is { } field)
        {
            return TypedResults.UnprocessableEntity(Unsigned(refusal.Reasons[0], field));
        }

        var problem = new ProblemDetails
        {
            Title = "No declaration applies to this plan yet.",
            Detail = refusal.Reasons.Count > 0 ? refusal.Reasons[0] : null,
            Status = StatusCodes.Status422UnprocessableEntity,
        };
        problem.Extensions["reasons"] = refusal.Reasons;
        return TypedResults.UnprocessableEntity(problem);
    }

    /// <summary>The mailbox (Graph or the Sandbox) failed: what the user can do about it, with Retry-After when known.</summary>
    public static ProblemHttpResult Mailbox(MailboxException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var (status, title) = e.Failure switch
        {
            MailboxFailure.Throttled => (StatusCodes.Status429TooManyRequests, "The mailbox is busy; try again shortly."),
            MailboxFailure.Unavailable when e.NotSent => (StatusCodes.Status503ServiceUnavailable, "The mailbox service is unavailable; nothing was sent. Try again shortly."),
            MailboxFailure.Unavailable => (StatusCodes.Status503ServiceUnavailable, "The mailbox service is unavailable; try again shortly."),
            MailboxFailure.ReauthorizationRequired => (StatusCodes.Status401Unauthorized, "Sign in again so OutlookWin can use your mailbox."),
            MailboxFailure.NotFound => (StatusCodes.Status404NotFound, "The message is no longer in your mailbox."),
            _ => (StatusCodes.Status502BadGateway, "The mailbox refused the request."),
        };
        var extensions = new Dictionary<string, object?> { ["failure"] = e.Failure.ToString() };
        if (e.InnerException is Mailbox.MailboxConsentRequiredException challenge)
        {
            // What the pane needs to ask once, from the user's click: the Graph scopes (and claims) to request
            // interactively, and, for tenants where users may not consent, where an administrator grants it for all.
            title = challenge.ConsentMissing
                ? "OutlookWin needs your consent to read and send mail as you."
                : "Sign in again so OutlookWin can use your mailbox.";
            extensions["consentRequired"] = challenge.ConsentMissing;
            extensions["scopes"] = challenge.Scopes;
            extensions["claims"] = challenge.Claims;
            extensions["authority"] = challenge.Authority;
            extensions["adminConsentUrl"] = challenge.AdminConsentUrl;
        }

        if (e.RetryAfter is { } retry)
        {
            extensions["retryAfterSeconds"] = (int)Math.Ceiling(retry.TotalSeconds);
        }

        return TypedResults.Problem(title: title, detail: e.Message, statusCode: status, extensions: extensions);
    }

    private static NotFound<ProblemDetails> NotFound(string title, string detail) =>
        TypedResults.NotFound(new ProblemDetails { Title = title, Detail = detail, Status = StatusCodes.Status404NotFound });
}
