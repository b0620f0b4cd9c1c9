namespace OutlookWin.Api.Mailbox;

/// <summary>
/// Why Entra ID would not give the API a Graph token for the user without the user: consent to the Graph scopes is
/// missing (AADSTS65001), or a policy demands more of the user's sign-in (a claims challenge). Carried as the inner
/// exception of a <see cref="OutlookWin.Domain.Mail.MailboxException"/> so the API can answer with a
/// <c>WWW-Authenticate</c> challenge the pane turns into one interactive request.
/// </summary>
public sealed class MailboxConsentRequiredException : Exception
{
    public MailboxConsentRequiredException(IReadOnlyList<string> scopes, string? claims, bool consentMissing, string authority, string adminConsentUrl, Exception? innerException)
        : base(consentMissing
            ? "The user (or an administrator) has not consented to OutlookWin reading and sending mail on the user's behalf."
            : "The user must sign in again to satisfy a sign-in policy before OutlookWin can use the mailbox.", innerException)
    {
        Scopes = scopes;
        Claims = claims;
        ConsentMissing = consentMissing;
        Authority = authority;
        AdminConsentUrl = adminConsentUrl;
    }

    /// <summary>The Graph scopes to ask for interactively.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The claims challenge to pass on to the interactive request, when Entra ID sent one.</summary>
    public string? Claims { get; }

    /// <summary>True for missing consent (AADSTS65001), false for a claims challenge or an expired sign-in.</summary>
    public bool ConsentMissing { get; }

    public string Authority { get; }

    public string AdminConsentUrl { get; }
}
