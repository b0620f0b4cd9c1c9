using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using OutlookWin.Api.Auth;

namespace OutlookWin.Api.Features.Evidence;

/// <summary>A link to one declaration's evidence pack that works without the pane's sign-in, for a few minutes.</summary>
public sealed record EvidencePackLink(string Url, DateTimeOffset ExpiresAt);

/// <summary>
/// Short-lived, signed download links for the evidence pack. Outlook on Windows hosts the pane in a web view that may
/// ignore a download the pane starts (a blob behind an object URL), and the user's own browser, where
/// <c>openBrowserWindow</c> sends a link, carries no bearer token. So the signed-in pane asks for a link whose token
/// is the grant itself:
/// <list type="bullet">
/// <item>sealed with the service's Data Protection keys (authenticated encryption: it cannot be read, forged or
/// edited without them) under a purpose used for nothing else, so no other protected value is accepted as one;</item>
/// <item>bound to the user (tenant and object id) and to the one declaration: it opens only that pack, and only while
/// that user still owns it;</item>
/// <item>expiring <see cref="Lifetime"/> after it was issued (checked against the service's clock);</item>
/// <item>read-only: it downloads the pack and does nothing else.</item>
/// </list>
/// Whoever holds the link within those minutes gets the pack — as whoever holds the downloaded file does — so it is
/// handed only to the signed-in owner and never logged by the service.
/// </summary>
public sealed class EvidencePackLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>How long a link works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private const string Purpose = "OutlookWin.EvidencePackLink.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    /// <summary>A token granting <paramref name="user"/> the pack of <paramref name="declarationId"/> until it expires.</summary>
    public (string Token, DateTimeOffset ExpiresAt) Issue(SignedInUser user, Guid declarationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var expires = clock.GetUtcNow() + Lifetime;
        var grant = new Grant(user.TenantId, user.ObjectId, declarationId, expires.ToUnixTimeMilliseconds());
        return (_protector.Protect(JsonSerializer.Serialize(grant)), expires);
    }

    /// <summary>
    /// The user the token grants <paramref name="declarationId"/>'s pack to; null when the token is malformed, sealed
    /// with another key or purpose, edited, made for another declaration, or expired.
    /// </summary>
    public SignedInUser? Redeem(string? token, Guid declarationId)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return null;
        }

        Grant? grant;
        try
        {
            grant = JsonSerializer.Deserialize<Grant>(_protector.Unprotect(token));
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return null;
        }

        if (grant is null || grant.Declaration != declarationId || string.IsNullOrEmpty(grant.Tenant) || string.IsNullOrEmpty(grant.Owner)
            || clock.GetUtcNow() >= DateTimeOffset.FromUnixTimeMilliseconds(grant.Expires))
        {
            return null;
        }

        return new SignedInUser(grant.Tenant, grant.Owner, null, null);
    }

    private sealed record Grant(string Tenant, string Owner, Guid Declaration, long Expires);
}
