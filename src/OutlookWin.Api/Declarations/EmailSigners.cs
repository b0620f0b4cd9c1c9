using System.Collections.Concurrent;
using OutlookWin.Api.Auth;
using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Plans;

namespace OutlookWin.Api.Declarations;

/// <summary>
/// Display names read from the directory (Graph <c>/me</c>), kept per user for the life of the process: a name changes
/// rarely, and every draft, follow-up and cover note would otherwise ask again.
/// </summary>
public sealed class KnownDisplayNames
{
    private readonly ConcurrentDictionary<string, string> names = new(StringComparer.Ordinal);

    public bool TryGet(SignedInUser user, out string name) => names.TryGetValue(Key(user), out name!);

    public void Keep(SignedInUser user, string name) => names[Key(user)] = name;

    private static string Key(SignedInUser user) => user.TenantId + "/" + user.ObjectId;
}

/// <summary>
/// Who signs an email: the plan's Sales Engineer, else the signed-in user's display name — from the sign-in (the
/// token's <c>name</c>, <c>X-Dev-Name</c> in Development) or, when the sign-in carries none, from the directory.
/// </summary>
public sealed class EmailSigners(IMailbox mailbox, KnownDisplayNames known, ILogger<EmailSigners> log)
{
    /// <summary>The name that signs for <paramref name="user"/> on <paramref name="plan"/>; null when no one would.</summary>
    public async Task<string?> NameAsync(SuccessPlan plan, SignedInUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(user);
        return EmailSignature.NameFor(plan, user.SignerName) ?? EmailSignature.NameFor(plan, await DirectoryNameAsync(user, ct));
    }

    private async Task<string?> DirectoryNameAsync(SignedInUser user, CancellationToken ct)
    {
        if (known.TryGet(user, out var kept))
        {
            return kept;
        }

        try
        {
            var name = await mailbox.GetDisplayNameAsync(user.Mailbox, ct);
            if (!string.IsNullOrWhiteSpace(name) && !name.Contains('@', StringComparison.Ordinal))
            {
                known.Keep(user, name.Trim());
            }

            return name;
        }
        catch (MailboxException e)
        {
            // No name is no signature: the caller refuses the email and says which field to fill in.
            log.LogWarning("The display name of {Owner} could not be read: {Failure}", user.ObjectId, e.Failure);
            return null;
        }
    }
}

/// <summary>An email no one would sign: 422 naming <c>salesEngineer</c>, the field that fixes it.</summary>
internal sealed class UnsignedEmailHandler(IProblemDetailsService problems) : Microsoft.AspNetCore.Diagnostics.IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not UnsignedEmailException unsigned)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = Hosting.Problems.Unsigned(unsigned.Message, unsigned.Field),
            Exception = exception,
        });
    }
}
