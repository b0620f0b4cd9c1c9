using System.Security.Claims;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Api.Auth;

/// <summary>Claim types as Entra ID issues them in v2 access tokens (no inbound claim mapping).</summary>
public static class Claims
{
    public const string TenantId = "tid";
    public const string ObjectId = "oid";
    public const string PreferredUsername = "preferred_username";
    public const string Name = "name";
    public const string Scope = "scp";
    public const string Version = "ver";
    public const string MappedTenantId = "http://schemas.microsoft.com/identity/claims/tenantid";
    public const string MappedObjectId = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    public const string MappedScope = "http://schemas.microsoft.com/identity/claims/scope";
}

/// <summary>Who owns data: the signed-in user's tenant and object id. Everything stored is keyed by it.</summary>
public sealed record SignedInUser(string TenantId, string ObjectId, string? Email, string? DisplayName)
{
    /// <summary>Reads the owner from the principal; null when the token lacks tenant or object id.</summary>
    public static SignedInUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var tenant = principal.FindFirstValue(Claims.TenantId) ?? principal.FindFirstValue(Claims.MappedTenantId);
        var objectId = principal.FindFirstValue(Claims.ObjectId) ?? principal.FindFirstValue(Claims.MappedObjectId);
        if (string.IsNullOrWhiteSpace(tenant) || string.IsNullOrWhiteSpace(objectId))
        {
            return null;
        }

        var email = principal.FindFirstValue(Claims.PreferredUsername) ?? principal.FindFirstValue(ClaimTypes.Email)
            ?? principal.FindFirstValue(ClaimTypes.Upn);
        var name = principal.FindFirstValue(Claims.Name) ?? principal.Identity?.Name;
        return new SignedInUser(tenant, objectId, email, name);
    }

    /// <summary>The mailbox this user works in.</summary>
    public MailboxOwner Mailbox => new(TenantId, ObjectId, Email ?? string.Empty);

    /// <summary>Who the evidence chain says acted: the address, else the object id.</summary>
    public string Actor => Email ?? ObjectId;

    /// <summary>The display name signs the emails when the plan names no Sales Engineer (never an address).</summary>
    public string? SignerName =>
        string.IsNullOrWhiteSpace(DisplayName) || DisplayName.Contains('@', StringComparison.Ordinal) ? null : DisplayName;

    /// <summary>For handlers behind the owner policy, where the claims are guaranteed.</summary>
    public static SignedInUser Of(ClaimsPrincipal principal) =>
        From(principal) ?? throw new InvalidOperationException("The owner policy lets no user without tenant and object id through.");
}
