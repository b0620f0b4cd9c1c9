using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Graph;

/// <summary>Names the mailbox owner a Graph request acts for; read by <see cref="OwnerAuthenticationProvider"/>.</summary>
internal sealed class MailboxOwnerOption(MailboxOwner owner) : IRequestOption
{
    public MailboxOwner Owner { get; } = owner;
}

/// <summary>
/// Adds the owner's bearer token to each request. The owner travels with the request (as a request option), so one
/// client serves every mailbox with no shared mutable state. Tokens only go to the configured Graph host.
/// </summary>
internal sealed class OwnerAuthenticationProvider(IGraphAccessTokens tokens, Uri baseUrl) : IAuthenticationProvider
{
    private const string AuthorizationHeader = "Authorization";

    public async Task AuthenticateRequestAsync(
        RequestInformation request,
        Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var owner = request.GetRequestOption<MailboxOwnerOption>()?.Owner
            ?? throw new InvalidOperationException("Every Graph request must name the mailbox owner it acts for.");

        var target = request.URI;
        if (!string.Equals(target.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase) || target.Port != baseUrl.Port || target.Scheme != baseUrl.Scheme)
        {
            // A nextLink/deltaLink pointing anywhere else must not receive the user's token.
            throw new InvalidOperationException($"Refusing to send a Graph token to {target.Scheme}://{target.Authority}; only {baseUrl.Scheme}://{baseUrl.Authority} is trusted.");
        }

        var token = await tokens.GetAccessTokenAsync(owner, cancellationToken).ConfigureAwait(false);
        request.Headers.Remove(AuthorizationHeader);
        request.Headers.Add(AuthorizationHeader, $"Bearer {token}");
    }
}
