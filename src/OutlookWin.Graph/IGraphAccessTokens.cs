using OutlookWin.Domain.Mail;

namespace OutlookWin.Graph;

/// <summary>
/// Gives a delegated Microsoft Graph access token (scopes <c>Mail.ReadWrite</c> and <c>Mail.Send</c>) for a mailbox
/// owner. The API implements it: Entra long-running on-behalf-of in production (works from background workers, which
/// have no user request), the Sandbox's own tokens locally.
/// </summary>
/// <remarks>
/// When the owner has to sign in again (consent revoked, session expired), throw
/// <see cref="MailboxException"/> with <see cref="MailboxFailure.ReauthorizationRequired"/>; it reaches the caller
/// unchanged.
/// </remarks>
public interface IGraphAccessTokens
{
    Task<string> GetAccessTokenAsync(MailboxOwner owner, CancellationToken cancellationToken);
}
