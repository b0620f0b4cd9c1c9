using System.ComponentModel.DataAnnotations;

namespace OutlookWin.Api.Auth;

/// <summary>
/// The Entra ID (Azure AD) app registration of the API. Bound from the <c>AzureAd</c> section, which
/// Microsoft.Identity.Web reads as well; validated at start so a production deployment that misses a setting
/// fails at once with the key's name instead of rejecting every token later.
/// </summary>
public sealed class EntraIdOptions
{
    public const string Section = "AzureAd";

    [Required(ErrorMessage = "AzureAd:Instance is required (e.g. https://login.microsoftonline.com/).")]
    public string? Instance { get; set; }

    [Required(ErrorMessage = "AzureAd:TenantId is required (your tenant id, or 'organizations' for multi-tenant).")]
    public string? TenantId { get; set; }

    [Required(ErrorMessage = "AzureAd:ClientId is required (the API's application (client) id).")]
    public string? ClientId { get; set; }

    /// <summary>The app's secret, for calling Graph on behalf of users (or use <see cref="ClientCredentials"/>).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Microsoft.Identity.Web credential descriptions (certificates, managed identity...), as an alternative to a secret.</summary>
    public IList<Dictionary<string, string>>? ClientCredentials { get; set; }

    /// <summary>The delegated scope the add-in's token must carry.</summary>
    [Required(ErrorMessage = "AzureAd:Scopes is required (the API scope the add-in requests, e.g. access_as_user).")]
    public string? Scopes { get; set; } = "access_as_user";

    /// <summary>The API's Application ID URI (<c>api://&lt;client-id&gt;</c> unless set).</summary>
    public string? Audience { get; set; }

    /// <summary>The tenant's authority, e.g. <c>https://login.microsoftonline.com/&lt;tenant&gt;</c> (no <c>/v2.0</c>).</summary>
    public string Authority => $"{Instance?.TrimEnd('/')}/{TenantId}";

    /// <summary>The full scope the pane asks for: <c>api://&lt;client-id&gt;/access_as_user</c>.</summary>
    public string ApiScope
    {
        get
        {
            var scope = (Scopes ?? "access_as_user").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "access_as_user";
            return scope.Contains("://", StringComparison.Ordinal) ? scope : $"{(Audience is { } uri && uri.Contains("://", StringComparison.Ordinal) ? uri.TrimEnd('/') : "api://" + ClientId)}/{scope}";
        }
    }

    /// <summary>
    /// Where a tenant administrator grants the app's permissions (Graph's Mail.ReadWrite and Mail.Send included) for
    /// everyone in the tenant at once: the admin-consent endpoint of the app's tenant (for a multi-tenant app, the
    /// administrator's own tenant is chosen at sign-in).
    /// </summary>
    public string AdminConsentUrl => $"{Authority}/adminconsent?client_id={Uri.EscapeDataString(ClientId ?? string.Empty)}";
}
