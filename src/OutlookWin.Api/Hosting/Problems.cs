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
        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        return inner is IValueHttpResult { Value: ProblemDetails problem } and IStatusCodeHttpResult { StatusCode: { } status }
            ? TypedResults.Problem(Stamped(problem, status))
            : result;
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

    /// <summary>No declaration applies to the plan yet, and why.</summary>
    public static UnprocessableEntity<ProblemDetails> Refused(DeclarationRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
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
        if (e.RetryAfter is { } retry)
        {
            extensions["retryAfterSeconds"] = (int)Math.Ceiling(retry.TotalSeconds);
        }

        return TypedResults.Problem(title: title, detail: e.Message, statusCode: status, extensions: extensions);
    }

    private static NotFound<ProblemDetails> NotFound(string title, string detail) =>
        TypedResults.NotFound(new ProblemDetails { Title = title, Detail = detail, Status = StatusCodes.Status404NotFound });
}
